import type {
  NeedImportance,
  RecipientGroup,
  RecipientGroupCreate,
  RecipientGroupUpdate,
  RecipientNeed,
  RecipientNeedCreate,
  RecipientNeedUpdate,
} from '@saimnieks/contracts/recipients';
import type { LifeEventCode } from '@saimnieks/contracts/reference/life-events';
import type { Audience } from '@saimnieks/contracts/services';
import type { z } from 'zod';

/** The group body's fields, as the contract names them, so the server's errors land next to the right input. */
export const GROUP_FIELDS = [
  'organisationId',
  'names.lv',
  'names.en',
  'descriptions.lv',
  'descriptions.en',
  'audience',
  'sizeEstimate',
] as const;
export type GroupField = (typeof GROUP_FIELDS)[number];
/** What the group form's inputs hold: text, empty for "not given". */
export type GroupValues = Record<GroupField, string>;

export const NEED_FIELDS = ['texts.lv', 'texts.en', 'importance', 'lifeEvents', 'serviceIds'] as const;
export interface NeedValues {
  textLv: string;
  textEn: string;
  importance: NeedImportance;
  lifeEvents: LifeEventCode[];
  serviceIds: string[];
}

/** An empty input is "not given", which the API calls null. */
const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

export const emptyGroupValues = (organisationId = ''): GroupValues => ({
  organisationId,
  'names.lv': '',
  'names.en': '',
  'descriptions.lv': '',
  'descriptions.en': '',
  audience: 'natural_person',
  sizeEstimate: '',
});

export const groupValuesOf = (group: RecipientGroup): GroupValues => ({
  organisationId: group.organisation.id,
  'names.lv': group.names.lv,
  'names.en': group.names.en ?? '',
  'descriptions.lv': group.descriptions?.lv ?? '',
  'descriptions.en': group.descriptions?.en ?? '',
  audience: group.audience,
  sizeEstimate: group.sizeEstimate === null ? '' : String(group.sizeEstimate),
});

/**
 * The size as typed: people write "13 000" or "13 000" with a thin space, as Latvian numbers are printed. Undefined
 * when it is no whole number of 0 or more.
 */
export function parseSizeEstimate(text: string): number | null | undefined {
  const digits = text.replace(/[\s\u00a0\u202f]/g, '');
  if (digits === '') return null;
  if (!/^\d+$/.test(digits)) return undefined;
  return Number(digits);
}

/** What the form can tell before sending: the fields left empty that must be given, and a size that is no number. */
export function groupProblems(
  values: GroupValues,
  texts: { required: string; wholeNumber: string },
): Partial<Record<GroupField, string>> {
  const problems: Partial<Record<GroupField, string>> = {};
  if (values.organisationId === '') problems.organisationId = texts.required;
  if (values['names.lv'].trim() === '') problems['names.lv'] = texts.required;
  if (values['descriptions.lv'].trim() === '' && values['descriptions.en'].trim() !== '') {
    problems['descriptions.lv'] = texts.required;
  }
  if (parseSizeEstimate(values.sizeEstimate) === undefined) problems.sizeEstimate = texts.wholeNumber;
  return problems;
}

/** No Latvian description is no description (groupProblems asks for it when there is an English one). */
const descriptionsOf = (values: GroupValues) => {
  const lv = orNull(values['descriptions.lv']);
  return lv === null ? null : { lv, en: orNull(values['descriptions.en']) };
};

export const groupCreateOf = (values: GroupValues): z.input<typeof RecipientGroupCreate> => ({
  organisationId: values.organisationId,
  names: { lv: values['names.lv'].trim(), en: orNull(values['names.en']) },
  descriptions: descriptionsOf(values),
  audience: values.audience as Audience,
  sizeEstimate: parseSizeEstimate(values.sizeEstimate) ?? null,
});

/**
 * A change of only what this user changed, on the version the form shows, so that saving never puts back what
 * someone else changed meanwhile in another field.
 */
export function groupUpdateOf(
  values: GroupValues,
  startedFrom: GroupValues,
  version: number,
): z.input<typeof RecipientGroupUpdate> {
  const changed = (...fields: GroupField[]) =>
    fields.some((field) => values[field].trim() !== startedFrom[field].trim());
  const all = groupCreateOf(values);
  return {
    version,
    ...(changed('names.lv', 'names.en') ? { names: all.names } : {}),
    ...(changed('descriptions.lv', 'descriptions.en') ? { descriptions: all.descriptions } : {}),
    ...(changed('audience') ? { audience: all.audience } : {}),
    ...(changed('sizeEstimate') ? { sizeEstimate: all.sizeEstimate } : {}),
  };
}

export const emptyNeedValues = (): NeedValues => ({
  textLv: '',
  textEn: '',
  importance: 'medium',
  lifeEvents: [],
  serviceIds: [],
});

export const needValuesOf = (need: RecipientNeed): NeedValues => ({
  textLv: need.texts.lv,
  textEn: need.texts.en ?? '',
  importance: need.importance,
  lifeEvents: need.lifeEvents,
  serviceIds: need.services.map((service) => service.id),
});

export const needCreateOf = (values: NeedValues): z.input<typeof RecipientNeedCreate> => ({
  texts: { lv: values.textLv.trim(), en: orNull(values.textEn) },
  importance: values.importance,
  lifeEvents: values.lifeEvents,
  serviceIds: values.serviceIds,
});

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((item) => b.includes(item));
const same = (a: unknown, b: unknown) =>
  Array.isArray(a) && Array.isArray(b)
    ? sameSet(a, b)
    : typeof a === 'string' && typeof b === 'string'
      ? a.trim() === b.trim()
      : a === b;

/**
 * The form after someone else saved a newer version (a 409 reloads it): the fields this user has not touched take
 * the newer values, the ones they changed keep their change.
 */
export function rebase<Values extends object>(values: Values, startedFrom: Values, newer: Values): Values {
  return Object.fromEntries(
    Object.entries(values).map(([field, value]) => [
      field,
      same(value, startedFrom[field as keyof Values]) ? newer[field as keyof Values] : value,
    ]),
  ) as Values;
}

/** Like groupUpdateOf, for a need: only what changed, on the need's version. */
export function needUpdateOf(
  values: NeedValues,
  startedFrom: NeedValues,
  version: number,
): z.input<typeof RecipientNeedUpdate> {
  const all = needCreateOf(values);
  const textsChanged =
    values.textLv.trim() !== startedFrom.textLv.trim() || values.textEn.trim() !== startedFrom.textEn.trim();
  return {
    version,
    ...(textsChanged ? { texts: all.texts } : {}),
    ...(values.importance !== startedFrom.importance ? { importance: values.importance } : {}),
    ...(sameSet(values.lifeEvents, startedFrom.lifeEvents) ? {} : { lifeEvents: values.lifeEvents }),
    ...(sameSet(values.serviceIds, startedFrom.serviceIds) ? {} : { serviceIds: values.serviceIds }),
  };
}
