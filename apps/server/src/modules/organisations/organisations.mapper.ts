import type { Language } from '@saimnieks/contracts/language';
import type { Organisation, OrganisationKind } from '@saimnieks/contracts/organisations';
import type { OrganisationRow } from './organisations.repository.ts';

export function toOrganisation(row: OrganisationRow, language: Language): Organisation {
  return {
    id: row.id,
    kind: row.kind as OrganisationKind,
    parentId: row.parent_id,
    names: { lv: row.name_lv, en: row.name_en },
    name: language === 'en' && row.name_en ? row.name_en : row.name_lv,
    shortName: row.short_name,
    registrationNumber: row.registration_number,
    atuCode: row.atu_code,
    contact: { email: row.email, phone: row.phone, address: row.address, website: row.website },
    status: row.status as Organisation['status'],
    version: row.version,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

/** The audited view of a row: the fields a person can change, without bookkeeping. */
export const auditedFields = (row: OrganisationRow) => ({
  kind: row.kind,
  parentId: row.parent_id,
  nameLv: row.name_lv,
  nameEn: row.name_en,
  shortName: row.short_name,
  registrationNumber: row.registration_number,
  atuCode: row.atu_code,
  email: row.email,
  phone: row.phone,
  address: row.address,
  website: row.website,
  status: row.status,
});
