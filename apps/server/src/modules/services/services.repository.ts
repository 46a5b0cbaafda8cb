import type { ServiceKind, Stage } from '@saimnieks/contracts/services';
import { type Insertable, type Kysely, type Selectable, sql, type Updateable } from 'kysely';
import type { DB } from '../../platform/db/database.ts';
import type { Service, ServiceDescription } from '../../platform/db/schema.ts';
import { foldText } from '../../platform/search/latvian-text.ts';

export type ServiceRow = Selectable<Service>;
export type DescriptionRow = Selectable<ServiceDescription>;

/** A service with what every answer about it needs: where its holder sits and the titles to show. */
export type ServiceView = ServiceRow & {
  holder_name_lv: string;
  holder_name_en: string | null;
  holder_path: string[];
  title_lv: string;
  title_en: string | null;
  working_number: number | null;
  working_status: string | null;
};

export interface ServiceFilter {
  q?: string | undefined;
  /** Services held inside this organisation's subtree. */
  holderWithin?: string | undefined;
  stage?: Stage | undefined;
  kind?: ServiceKind | undefined;
  priority?: string | undefined;
  ownerId?: string | undefined;
  reviewOverdueOn?: string | undefined;
  reviewCurrentOn?: string | undefined;
  /** What the caller may see: holders inside these subtrees or these services; undefined: all. */
  visible?: { organisations: string[]; services: string[] } | undefined;
}

/** The next number for an identifier prefix; the row lock makes concurrent creations queue. */
export async function nextIdentifierNumber(db: Kysely<DB>, prefix: string): Promise<number> {
  const row = await db
    .insertInto('service_identifier_sequence')
    .values({ prefix, last_number: 1 })
    .onConflict((oc) =>
      oc.column('prefix').doUpdateSet({ last_number: sql`service_identifier_sequence.last_number + 1` }),
    )
    .returning('last_number')
    .executeTakeFirstOrThrow();
  return row.last_number;
}

/** Keeps a sequence ahead of an identifier given from outside (an import), so numbers never repeat. */
export const reserveIdentifierNumber = (db: Kysely<DB>, prefix: string, number: number) =>
  db
    .insertInto('service_identifier_sequence')
    .values({ prefix, last_number: number })
    .onConflict((oc) =>
      oc
        .column('prefix')
        .doUpdateSet({ last_number: sql`greatest(service_identifier_sequence.last_number, ${number})` }),
    )
    .execute();

export const insertService = (db: Kysely<DB>, row: Insertable<Service>) =>
  db.insertInto('service').values(row).returningAll().executeTakeFirstOrThrow();

export const updateService = (db: Kysely<DB>, id: string, changes: Partial<ServiceRow>) =>
  db
    .updateTable('service')
    .set({ ...changes, version: sql`version + 1` })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();

export const findServiceForUpdate = (db: Kysely<DB>, id: string) =>
  db.selectFrom('service').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();

export const findServiceByIdentifier = (db: Kysely<DB>, identifier: string) =>
  db.selectFrom('service').selectAll().where('identifier', '=', identifier).executeTakeFirst();

function serviceViews(db: Kysely<DB>) {
  return db
    .selectFrom('service')
    .innerJoin('organisation as holder', 'holder.id', 'service.holder_id')
    .leftJoin('service_description as working', (join) =>
      join
        .onRef('working.service_id', '=', 'service.id')
        .on('working.status', 'in', ['draft', 'in_review', 'approved']),
    )
    .leftJoin('service_description as published', (join) =>
      join.onRef('published.service_id', '=', 'service.id').onRef('published.number', '=', 'service.published_number'),
    )
    .selectAll('service')
    .select((eb) => [
      'holder.name_lv as holder_name_lv',
      'holder.name_en as holder_name_en',
      'holder.ancestor_ids as holder_path',
      eb.fn.coalesce('published.title_lv', 'working.title_lv').$castTo<string>().as('title_lv'),
      eb.fn.coalesce('published.title_en', 'working.title_en').as('title_en'),
      'working.number as working_number',
      'working.status as working_status',
    ]);
}

export const findServiceView = (db: Kysely<DB>, id: string): Promise<ServiceView | undefined> =>
  serviceViews(db).where('service.id', '=', id).executeTakeFirst();

export const findServiceViews = async (db: Kysely<DB>, ids: string[]): Promise<ServiceView[]> =>
  ids.length === 0 ? [] : serviceViews(db).where('service.id', 'in', ids).execute();

export async function listServiceViews(
  db: Kysely<DB>,
  filter: ServiceFilter,
  page: { limit: number; offset: number },
): Promise<{ rows: ServiceView[]; total: number }> {
  let query = serviceViews(db);
  const { visible } = filter;
  if (visible) {
    query = query.where((eb) =>
      eb.or([
        sql<boolean>`holder.ancestor_ids && ${sql.val(visible.organisations)}::uuid[]`,
        eb('service.id', 'in', visible.services.length > 0 ? visible.services : [null as unknown as string]),
      ]),
    );
  }
  if (filter.holderWithin)
    query = query.where(sql<boolean>`holder.ancestor_ids @> array[${filter.holderWithin}]::uuid[]`);
  if (filter.stage) query = query.where('service.stage', '=', filter.stage);
  if (filter.kind) query = query.where('service.kind', '=', filter.kind);
  if (filter.priority) query = query.where('service.priority', '=', filter.priority);
  if (filter.reviewOverdueOn) {
    // A liquidated service is not reviewed any more.
    query = query.where('service.review_by', '<', filter.reviewOverdueOn).where('service.stage', '<>', 'liquidation');
  }
  if (filter.reviewCurrentOn) {
    const day = filter.reviewCurrentOn;
    query = query.where((eb) => eb.or([eb('service.review_by', 'is', null), eb('service.review_by', '>=', day)]));
  }
  if (filter.ownerId) {
    const ownerId = filter.ownerId;
    query = query.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('role_assignment')
          .select('role_assignment.id')
          .where('role_assignment.role_code', '=', 'R05')
          .where('role_assignment.scope_kind', '=', 'service')
          .whereRef('role_assignment.scope_id', '=', 'service.id')
          .where('role_assignment.person_id', '=', ownerId)
          .where('role_assignment.revoked_at', 'is', null),
      ),
    );
  }
  if (filter.q) {
    const pattern = `%${foldText(filter.q).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) =>
      eb.or([
        eb('service.identifier', 'ilike', pattern),
        eb(folded(sql`coalesce(published.title_lv, working.title_lv)`), 'like', pattern),
        eb(folded(sql`coalesce(published.title_en, working.title_en, '')`), 'like', pattern),
      ]),
    );
  }
  const [rows, count] = await Promise.all([
    query.orderBy('service.identifier').limit(page.limit).offset(page.offset).execute(),
    query
      .clearSelect()
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/** People holding a role at a scope today: R05 at services, R04 at their holders. */
export async function holdersOf(
  db: Kysely<DB>,
  roleCode: 'R04' | 'R05',
  scopeIds: string[],
  today: string,
): Promise<{ scope_id: string; id: string; name: string }[]> {
  if (scopeIds.length === 0) return [];
  return db
    .selectFrom('role_assignment')
    .innerJoin('person', 'person.id', 'role_assignment.person_id')
    .select(['role_assignment.scope_id', 'person.id', 'person.name'])
    .where('role_assignment.role_code', '=', roleCode)
    .where('role_assignment.scope_kind', '=', roleCode === 'R05' ? 'service' : 'organisation')
    .where('role_assignment.scope_id', 'in', scopeIds)
    .where('role_assignment.revoked_at', 'is', null)
    .where('role_assignment.valid_from', '<=', today)
    .where((eb) =>
      eb.or([eb('role_assignment.valid_until', 'is', null), eb('role_assignment.valid_until', '>=', today)]),
    )
    .where('person.active', '=', true)
    .orderBy('person.name')
    .execute();
}

export const findPeopleNames = async (db: Kysely<DB>, ids: (string | null)[]) => {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map<string, string>();
  const rows = await db.selectFrom('person').select(['id', 'name']).where('id', 'in', wanted).execute();
  return new Map(rows.map((row) => [row.id, row.name]));
};

const LATVIAN_LETTERS = 'āčēģīķļņšūž';
const PLAIN_LETTERS = 'acegiklnsuz';
/** `foldText` in SQL for the Latvian letters, so "dzive" finds "Dzīve" in a title. */
const folded = (expression: ReturnType<typeof sql>) =>
  sql<string>`translate(lower(${expression}), ${LATVIAN_LETTERS}, ${PLAIN_LETTERS})`;

// Descriptions

export const insertDescription = (db: Kysely<DB>, row: Insertable<ServiceDescription>) =>
  db.insertInto('service_description').values(row).returningAll().executeTakeFirstOrThrow();

export const updateDescription = (
  db: Kysely<DB>,
  serviceId: string,
  number: number,
  changes: Updateable<ServiceDescription>,
) =>
  db
    .updateTable('service_description')
    .set({ ...changes, version: sql`version + 1` })
    .where('service_id', '=', serviceId)
    .where('number', '=', number)
    .returningAll()
    .executeTakeFirstOrThrow();

export const findDescription = (db: Kysely<DB>, serviceId: string, number: number) =>
  db
    .selectFrom('service_description')
    .selectAll()
    .where('service_id', '=', serviceId)
    .where('number', '=', number)
    .executeTakeFirst();

export const findWorkingDescription = (db: Kysely<DB>, serviceId: string) =>
  db
    .selectFrom('service_description')
    .selectAll()
    .where('service_id', '=', serviceId)
    .where('status', 'in', ['draft', 'in_review', 'approved'])
    .executeTakeFirst();

export const listDescriptions = (db: Kysely<DB>, serviceId: string) =>
  db
    .selectFrom('service_description')
    .selectAll()
    .where('service_id', '=', serviceId)
    .orderBy('number', 'desc')
    .execute();

export const lastDescriptionNumber = async (db: Kysely<DB>, serviceId: string) =>
  (
    await db
      .selectFrom('service_description')
      .select((eb) => eb.fn.max('number').as('n'))
      .where('service_id', '=', serviceId)
      .executeTakeFirstOrThrow()
  ).n ?? 0;

/** Descriptions waiting for review with their services, for the review queue. */
export const listDescriptionsInReview = (db: Kysely<DB>) =>
  db.selectFrom('service_description').selectAll().where('status', '=', 'in_review').orderBy('submitted_at').execute();

// Lifecycle

export const insertTransition = (
  db: Kysely<DB>,
  row: {
    id: string;
    service_id: string;
    from_stage: string | null;
    to_stage: string;
    reason: string;
    person_id: string | null;
    at: Date;
  },
) => db.insertInto('service_transition').values(row).execute();

export const listTransitions = (db: Kysely<DB>, serviceId: string) =>
  db
    .selectFrom('service_transition')
    .leftJoin('person', 'person.id', 'service_transition.person_id')
    .select([
      'service_transition.from_stage',
      'service_transition.to_stage',
      'service_transition.reason',
      'service_transition.at',
      'person.id as person_id',
      'person.name as person_name',
    ])
    .where('service_transition.service_id', '=', serviceId)
    .orderBy('service_transition.at')
    .orderBy('service_transition.id')
    .execute();

// Settings

export const findSettings = (db: Kysely<DB>) =>
  db.selectFrom('catalogue_settings').selectAll().executeTakeFirstOrThrow();

export const findSettingsForUpdate = (db: Kysely<DB>) =>
  db.selectFrom('catalogue_settings').selectAll().forUpdate().executeTakeFirstOrThrow();

export const updateSettings = (db: Kysely<DB>, changes: Updateable<DB['catalogue_settings']>) =>
  db
    .updateTable('catalogue_settings')
    .set({ ...changes, version: sql`version + 1` })
    .returningAll()
    .executeTakeFirstOrThrow();

export const countServicesWithDegree = async (db: Kysely<DB>, codes: string[]) =>
  codes.length === 0
    ? 0
    : Number(
        (
          await db
            .selectFrom('service')
            .select((eb) => eb.fn.countAll().as('n'))
            .where('management_degree', 'in', codes)
            .executeTakeFirstOrThrow()
        ).n,
      );
