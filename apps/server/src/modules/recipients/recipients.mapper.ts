import type { Language } from '@saimnieks/contracts/language';
import type { LinkedService, NeedImportance, RecipientGroup, RecipientNeed } from '@saimnieks/contracts/recipients';
import type { LifeEventCode } from '@saimnieks/contracts/reference/life-events';
import type { Audience } from '@saimnieks/contracts/services';
import type { GroupView, NeedRow, ServicePlace } from './recipients.repository.ts';

const inLanguage = (language: Language, lv: string, en: string | null) => (language === 'en' && en ? en : lv);

export const toLinkedService = (place: ServicePlace, language: Language): LinkedService => ({
  id: place.id,
  identifier: place.identifier,
  title: inLanguage(language, place.title_lv ?? place.identifier, place.title_en),
});

export function toRecipientNeed(
  row: NeedRow,
  { services, hiddenServices, language }: { services: LinkedService[]; hiddenServices: number; language: Language },
): RecipientNeed {
  return {
    id: row.id,
    groupId: row.group_id,
    texts: { lv: row.text_lv, en: row.text_en },
    text: inLanguage(language, row.text_lv, row.text_en),
    importance: row.importance as NeedImportance,
    lifeEvents: row.life_events as LifeEventCode[],
    services,
    hiddenServices,
    version: row.version,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

export function toRecipientGroup(
  view: GroupView,
  { needs, mayChange, language }: { needs: RecipientNeed[]; mayChange: boolean; language: Language },
): RecipientGroup {
  return {
    id: view.id,
    organisation: {
      id: view.organisation_id,
      name: inLanguage(language, view.organisation_name_lv, view.organisation_name_en),
    },
    names: { lv: view.name_lv, en: view.name_en },
    name: inLanguage(language, view.name_lv, view.name_en),
    descriptions: view.description_lv === null ? null : { lv: view.description_lv, en: view.description_en },
    description: view.description_lv === null ? null : inLanguage(language, view.description_lv, view.description_en),
    audience: view.audience as Audience,
    sizeEstimate: view.size_estimate,
    archived: view.archived,
    mayChange,
    needs,
    version: view.version,
    createdAt: view.created_at.toISOString(),
    updatedAt: view.updated_at.toISOString(),
  };
}

/** The audited view of a group: the fields a person can change, without bookkeeping. */
export const auditedGroupFields = (row: GroupView) => ({
  organisationId: row.organisation_id,
  nameLv: row.name_lv,
  nameEn: row.name_en,
  descriptionLv: row.description_lv,
  descriptionEn: row.description_en,
  audience: row.audience,
  sizeEstimate: row.size_estimate,
  archived: row.archived,
});

/** The audited view of a need, with the services it links (sorted, so a reordering is no change). */
export const auditedNeedFields = (row: NeedRow, serviceIds: readonly string[]) => ({
  groupId: row.group_id,
  textLv: row.text_lv,
  textEn: row.text_en,
  importance: row.importance,
  lifeEvents: row.life_events,
  serviceIds: [...serviceIds].sort(),
});
