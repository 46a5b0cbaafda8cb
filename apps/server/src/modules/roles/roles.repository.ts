import type { RoleCode } from '@saimnieks/contracts/auth';
import { type Insertable, type Kysely, type Selectable, sql } from 'kysely';
import type { DB } from '../../platform/db/database.ts';
import type { RoleAssignment, RoleAssignmentJustification } from '../../platform/db/schema.ts';

export type AssignmentRow = Selectable<RoleAssignment>;
export type JustificationRow = Selectable<RoleAssignmentJustification>;

/**
 * An assignment with the names a reader needs: the person's, and the scope's (an organisation's
 * name, or a service's title with its identifier).
 */
export type AssignmentView = AssignmentRow & {
  person_name: string;
  scope_identifier: string | null;
  scope_name_lv: string | null;
  scope_name_en: string | null;
};

export interface AssignmentFilter {
  personId?: string | undefined;
  roleCode?: RoleCode | undefined;
  scopeId?: string | undefined;
  /** Only assignments held on this day. */
  activeOn?: string | undefined;
  /**
   * Only assignments whose scope organisation (for a service, its holder) is inside one of these
   * subtrees, or the person's own; undefined: all.
   */
  visibleTo?: { scopes: string[]; personId: string } | undefined;
}

/**
 * The person an assignment is for, locked until the transaction ends: assignments to one person
 * queue up, so two at once cannot both pass the compatibility check against each other.
 */
export const lockPerson = (db: Kysely<DB>, id: string) =>
  db
    .selectFrom('person as p')
    .innerJoin('organisation as o', 'o.id', 'p.organisation_id')
    .select(['p.id', 'p.name', 'p.active', 'p.organisation_id', 'o.ancestor_ids'])
    .where('p.id', '=', id)
    .forNoKeyUpdate('p')
    .executeTakeFirst();

export const findPerson = (db: Kysely<DB>, id: string) =>
  db
    .selectFrom('person as p')
    .innerJoin('organisation as o', 'o.id', 'p.organisation_id')
    .select(['p.id', 'p.name', 'p.active', 'p.organisation_id', 'o.ancestor_ids'])
    .where('p.id', '=', id)
    .executeTakeFirst();

const WORKING_STATUSES = ['draft', 'in_review', 'approved'];

/**
 * Assignments with their scopes. A service scope is read straight from the services' tables
 * rather than through the services module: the list is filtered by where its scopes sit and
 * paged in SQL, which a call per row could not do. Its title is the one the services module
 * shows: the published description's, else the one being worked on.
 */
const viewQuery = (db: Kysely<DB>) =>
  db
    .selectFrom('role_assignment as ra')
    .innerJoin('person as p', 'p.id', 'ra.person_id')
    .leftJoin('organisation as o', (join) =>
      join.onRef('o.id', '=', 'ra.scope_id').on('ra.scope_kind', '=', 'organisation'),
    )
    .leftJoin('service as s', (join) => join.onRef('s.id', '=', 'ra.scope_id').on('ra.scope_kind', '=', 'service'))
    .leftJoin('organisation as holder', 'holder.id', 's.holder_id')
    .leftJoin('service_description as published', (join) =>
      join.onRef('published.service_id', '=', 's.id').onRef('published.number', '=', 's.published_number'),
    )
    .leftJoin('service_description as working', (join) =>
      join.onRef('working.service_id', '=', 's.id').on('working.status', 'in', WORKING_STATUSES),
    );

const VIEW_COLUMNS = [
  'ra.id',
  'ra.person_id',
  'ra.role_code',
  'ra.scope_kind',
  'ra.scope_id',
  'ra.valid_from',
  'ra.valid_until',
  'ra.justification',
  'ra.revoked_at',
  'ra.version',
  'ra.created_at',
  'p.name as person_name',
  's.identifier as scope_identifier',
  sql<string | null>`coalesce(o.name_lv, published.title_lv, working.title_lv)`.as('scope_name_lv'),
  sql<string | null>`coalesce(o.name_en, published.title_en, working.title_en)`.as('scope_name_en'),
] as const;

export const findAssignmentView = (db: Kysely<DB>, id: string): Promise<AssignmentView | undefined> =>
  viewQuery(db).select(VIEW_COLUMNS).where('ra.id', '=', id).executeTakeFirst();

export const findAssignment = (db: Kysely<DB>, id: string) =>
  db.selectFrom('role_assignment').selectAll().where('id', '=', id).executeTakeFirst();

export const findAssignmentForUpdate = (db: Kysely<DB>, id: string) =>
  db.selectFrom('role_assignment').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();

export const insertAssignment = (db: Kysely<DB>, row: Insertable<RoleAssignment>) =>
  db.insertInto('role_assignment').values(row).returningAll().executeTakeFirstOrThrow();

export const updateAssignment = (db: Kysely<DB>, id: string, changes: Partial<AssignmentRow>) =>
  db
    .updateTable('role_assignment')
    .set({ ...changes, version: sql`version + 1` })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();

/** The person's assignments, not revoked, whose validity overlaps [from, until] (until null: open-ended). */
export function findOverlappingAssignments(
  db: Kysely<DB>,
  personId: string,
  period: { from: string; until: string | null },
  exceptId?: string,
) {
  let query = db
    .selectFrom('role_assignment')
    .selectAll()
    .where('person_id', '=', personId)
    .where('revoked_at', 'is', null)
    .where((eb) => eb.or([eb('valid_until', 'is', null), eb('valid_until', '>=', period.from)]));
  if (period.until !== null) query = query.where('valid_from', '<=', period.until);
  if (exceptId) query = query.where('id', '<>', exceptId);
  return query.orderBy('valid_from').orderBy('id').execute();
}

export async function listAssignments(
  db: Kysely<DB>,
  filter: AssignmentFilter,
  page: { limit: number; offset: number },
) {
  let query = viewQuery(db);
  if (filter.personId) query = query.where('ra.person_id', '=', filter.personId);
  if (filter.roleCode) query = query.where('ra.role_code', '=', filter.roleCode);
  if (filter.scopeId) query = query.where('ra.scope_id', '=', filter.scopeId);
  if (filter.activeOn) {
    const day = filter.activeOn;
    query = query
      .where('ra.revoked_at', 'is', null)
      .where('ra.valid_from', '<=', day)
      .where((eb) => eb.or([eb('ra.valid_until', 'is', null), eb('ra.valid_until', '>=', day)]));
  }
  const visibleTo = filter.visibleTo;
  if (visibleTo) {
    query = query.where((eb) =>
      eb.or([
        sql<boolean>`coalesce(o.ancestor_ids, holder.ancestor_ids) && ${sql.val(visibleTo.scopes)}::uuid[]`,
        eb('ra.person_id', '=', visibleTo.personId),
      ]),
    );
  }
  const [rows, total] = await Promise.all([
    query
      .select(VIEW_COLUMNS)
      .orderBy('ra.role_code')
      .orderBy('ra.valid_from', 'desc')
      .orderBy('ra.id')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    query.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

export const findJustifications = (db: Kysely<DB>, assignmentIds: string[]) =>
  assignmentIds.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom('role_assignment_justification')
        .selectAll()
        .where('assignment_id', 'in', assignmentIds)
        .orderBy('recorded_at')
        .orderBy('rule_id')
        .execute();

export const insertJustifications = (db: Kysely<DB>, rows: Insertable<RoleAssignmentJustification>[]) =>
  rows.length === 0 ? Promise.resolve() : db.insertInto('role_assignment_justification').values(rows).execute();
