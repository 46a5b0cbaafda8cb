import type { Language } from '@saimnieks/contracts/language';
import {
  cpsvStatusOf,
  type DescriptionStatus,
  type DescriptionVersion,
  type DescriptionVersionSummary,
  type Priority,
  type Service,
  type ServiceDescriptionContent,
  type ServiceKind,
  type ServiceSummary,
  type Stage,
  type Transition,
} from '@saimnieks/contracts/services';
import { allowedTransitions } from './lifecycle.rules.ts';
import type { DescriptionRow, ServiceRow, ServiceView } from './services.repository.ts';

type PersonRef = { id: string; name: string };
const inLanguage = (lv: string, en: string | null, language: Language) => (language === 'en' && en ? en : lv);

export function toServiceSummary(
  row: ServiceView,
  {
    language,
    today,
    owners,
    mayChangePortfolio,
  }: { language: Language; today: string; owners: PersonRef[]; mayChangePortfolio: boolean },
): ServiceSummary {
  return {
    id: row.id,
    identifier: row.identifier,
    title: inLanguage(row.title_lv, row.title_en, language),
    titles: { lv: row.title_lv, en: row.title_en },
    kind: row.kind as ServiceKind,
    stage: row.stage as Stage,
    cpsvStatus: cpsvStatusOf(row.stage as Stage),
    priority: row.priority as Priority,
    managementDegree: row.management_degree,
    holder: { id: row.holder_id, name: inLanguage(row.holder_name_lv, row.holder_name_en, language) },
    owners,
    publishedVersion: row.published_number,
    workingVersion:
      row.working_number === null
        ? null
        : { number: row.working_number, status: row.working_status as DescriptionStatus },
    mayChangePortfolio,
    reviewBy: row.review_by,
    reviewOverdue:
      row.stage !== 'liquidation' && row.published_number !== null && row.review_by !== null && row.review_by < today,
    version: row.version,
    updatedAt: row.updated_at.toISOString(),
  };
}

export function toService(
  row: ServiceView,
  view: {
    language: Language;
    today: string;
    owners: PersonRef[];
    mayChangePortfolio: boolean;
    portfolioOwners: PersonRef[];
    assuredBy: PersonRef | null;
    may: Service['may'];
  },
): Service {
  return {
    ...toServiceSummary(row, view),
    may: view.may,
    portfolioOwners: view.portfolioOwners,
    assuredBy: view.assuredBy,
    assuredAt: row.assured_at?.toISOString() ?? null,
    allowedTransitions: allowedTransitions(row.stage as Stage),
    createdAt: row.created_at.toISOString(),
  };
}

export function toDescriptionSummary(row: DescriptionRow, names: Map<string, string>): DescriptionVersionSummary {
  const ref = (id: string | null) => (id === null ? null : { id, name: names.get(id) ?? '' });
  return {
    number: row.number,
    status: row.status as DescriptionStatus,
    createdBy: ref(row.created_by),
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    submittedBy: ref(row.submitted_by),
    submittedAt: row.submitted_at?.toISOString() ?? null,
    reviewedBy: ref(row.reviewed_by),
    reviewedAt: row.reviewed_at?.toISOString() ?? null,
    reviewNote: row.review_note,
    publishedBy: ref(row.published_by),
    publishedAt: row.published_at?.toISOString() ?? null,
    version: row.version,
  };
}

export const toDescription = (row: DescriptionRow, names: Map<string, string>): DescriptionVersion => ({
  ...toDescriptionSummary(row, names),
  serviceId: row.service_id,
  content: row.content as ServiceDescriptionContent,
});

/** The people a description row names, for one lookup of their names. */
export const peopleOf = (row: DescriptionRow) => [row.created_by, row.submitted_by, row.reviewed_by, row.published_by];

/** The fields of a service the audit trail records. */
export const auditedServiceFields = (row: ServiceRow) => ({
  identifier: row.identifier,
  holderId: row.holder_id,
  kind: row.kind,
  stage: row.stage,
  priority: row.priority,
  managementDegree: row.management_degree,
  publishedNumber: row.published_number,
  reviewBy: row.review_by,
  assuredBy: row.assured_by,
  assuredAt: row.assured_at,
});

export const toTransition = (row: {
  from_stage: string | null;
  to_stage: string;
  reason: string;
  at: Date;
  person_id: string | null;
  person_name: string | null;
}): Transition => ({
  from: row.from_stage as Stage | null,
  to: row.to_stage as Stage,
  reason: row.reason,
  by: row.person_id ? { id: row.person_id, name: row.person_name ?? '' } : null,
  at: row.at.toISOString(),
});
