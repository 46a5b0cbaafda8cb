import type { Organisation, OrganisationUpdate } from '@saimnieks/contracts/organisations';
import type { z } from 'zod';

/** The body's fields, as the contract names them, so the server's errors land next to the right input. */
export const ORGANISATION_FIELDS = [
  'kind',
  'parentId',
  'names.lv',
  'names.en',
  'shortName',
  'registrationNumber',
  'atuCode',
  'contact.email',
  'contact.phone',
  'contact.address',
  'contact.website',
] as const;
export type OrganisationField = (typeof ORGANISATION_FIELDS)[number];
/** What the form's inputs hold: text, empty for "not given". */
export type OrganisationValues = Record<OrganisationField, string>;

export const emptyOrganisationValues = (): OrganisationValues =>
  Object.fromEntries(ORGANISATION_FIELDS.map((field) => [field, ''])) as OrganisationValues;

export const valuesOf = (organisation: Organisation): OrganisationValues => ({
  kind: organisation.kind,
  parentId: organisation.parentId ?? '',
  'names.lv': organisation.names.lv,
  'names.en': organisation.names.en ?? '',
  shortName: organisation.shortName ?? '',
  registrationNumber: organisation.registrationNumber ?? '',
  atuCode: organisation.atuCode ?? '',
  'contact.email': organisation.contact.email ?? '',
  'contact.phone': organisation.contact.phone ?? '',
  'contact.address': organisation.contact.address ?? '',
  'contact.website': organisation.contact.website ?? '',
});

/** An empty input is "not given", which the API calls null. */
export const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

/**
 * The form after someone else saved a newer version: the fields this user has not touched take the newer values,
 * the ones they changed keep their change.
 */
export function rebase(
  values: OrganisationValues,
  startedFrom: OrganisationValues,
  newer: OrganisationValues,
): OrganisationValues {
  return Object.fromEntries(
    ORGANISATION_FIELDS.map((field) => [field, values[field] === startedFrom[field] ? newer[field] : values[field]]),
  ) as OrganisationValues;
}

/**
 * A change of only what this user changed, on the version the form shows, so that saving never puts back what
 * someone else changed meanwhile in another field.
 */
export function updateOf(
  values: OrganisationValues,
  startedFrom: OrganisationValues,
  version: number,
): z.input<typeof OrganisationUpdate> {
  const changed = (field: OrganisationField) => values[field].trim() !== startedFrom[field].trim();
  const contactFields = ['email', 'phone', 'address', 'website'] as const;
  const contact = Object.fromEntries(
    contactFields.filter((name) => changed(`contact.${name}`)).map((name) => [name, orNull(values[`contact.${name}`])]),
  );
  return {
    version,
    ...(changed('parentId') && values.parentId !== '' ? { parentId: values.parentId } : {}),
    ...(changed('names.lv') || changed('names.en')
      ? { names: { lv: values['names.lv'].trim(), en: orNull(values['names.en']) } }
      : {}),
    ...(changed('shortName') ? { shortName: orNull(values.shortName) } : {}),
    ...(changed('registrationNumber') ? { registrationNumber: orNull(values.registrationNumber) } : {}),
    ...(changed('atuCode') ? { atuCode: orNull(values.atuCode) } : {}),
    ...(Object.keys(contact).length > 0 ? { contact } : {}),
  };
}
