// SQL only. The exchange reads the services module's tables directly for the bulk reads of an
// export and an import; every change goes through that module's use cases.
import { type Kysely, sql } from 'kysely';
import type { DB } from '../../platform/db/database.ts';

/** A service is in the catalogue once a version is published, until it is liquidated. */
const catalogue = (db: Kysely<DB>) =>
  db
    .selectFrom('service')
    .innerJoin('service_description as published', (join) =>
      join.onRef('published.service_id', '=', 'service.id').onRef('published.number', '=', 'service.published_number'),
    )
    .where('service.stage', '<>', 'liquidation')
    .select([
      'service.id',
      'service.identifier',
      'service.kind',
      'service.stage',
      'service.holder_id',
      'published.content',
    ]);

export type CatalogueRow = Awaited<ReturnType<typeof catalogueBatch>>[number];

/** The next `limit` catalogue services after `afterIdentifier`, in identifier order (keyset paging). */
export const catalogueBatch = (db: Kysely<DB>, afterIdentifier: string | null, limit: number) =>
  catalogue(db)
    .$if(afterIdentifier !== null, (query) => query.where('service.identifier', '>', afterIdentifier as string))
    .orderBy('service.identifier')
    .limit(limit)
    .execute();

export const catalogueServices = (db: Kysely<DB>, ids: string[]) =>
  ids.length === 0
    ? Promise.resolve([])
    : catalogue(db).where('service.id', 'in', ids).orderBy('service.identifier').execute();

/** The identifiers of those of `ids` that are in the catalogue. */
export const catalogueIdentifiers = async (db: Kysely<DB>, ids: string[]) =>
  ids.length === 0
    ? []
    : db
        .selectFrom('service')
        .select(['id', 'identifier'])
        .where('id', 'in', ids)
        .where('published_number', 'is not', null)
        .where('stage', '<>', 'liquidation')
        .execute();

const organisationColumns = [
  'id',
  'kind',
  'status',
  'ancestor_ids',
  'registration_number',
  'name_lv',
  'name_en',
  'atu_code',
] as const;

export type OrganisationRow = Awaited<ReturnType<typeof organisationsByIds>>[number];

export const organisationsByIds = (db: Kysely<DB>, ids: string[]) =>
  ids.length === 0
    ? Promise.resolve([])
    : db.selectFrom('organisation').select(organisationColumns).where('id', 'in', ids).execute();

/** Organisations an import may mean: by id, registration number, or name in either language (any case). */
export const organisationsMatching = (
  db: Kysely<DB>,
  { ids, registrationNumbers, names }: { ids: string[]; registrationNumbers: string[]; names: string[] },
) => {
  const lowered = names.map((name) => name.toLowerCase());
  if (ids.length + registrationNumbers.length + lowered.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('organisation')
    .select(organisationColumns)
    .where((eb) =>
      eb.or([
        ...(ids.length > 0 ? [eb('id', 'in', ids)] : []),
        ...(registrationNumbers.length > 0 ? [eb('registration_number', 'in', registrationNumbers)] : []),
        ...(lowered.length > 0 ? [eb(sql`lower(name_lv)`, 'in', lowered), eb(sql`lower(name_en)`, 'in', lowered)] : []),
      ]),
    )
    .execute();
};

/** Services an import names by identifier, with their published content and any version in work. */
export const servicesByIdentifiers = (db: Kysely<DB>, identifiers: string[]) =>
  identifiers.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom('service')
        .leftJoin('service_description as published', (join) =>
          join
            .onRef('published.service_id', '=', 'service.id')
            .onRef('published.number', '=', 'service.published_number'),
        )
        .select([
          'service.id',
          'service.identifier',
          'service.kind',
          'service.stage',
          'service.holder_id',
          'published.content',
          (eb) =>
            eb
              .selectFrom('service_description as working')
              .select('working.number')
              .whereRef('working.service_id', '=', 'service.id')
              .where('working.status', 'in', ['draft', 'in_review', 'approved'])
              .as('working_number'),
        ])
        .where('service.identifier', 'in', identifiers)
        .forUpdate('service')
        .execute();

/** The identifiers of services by id, published or not: what an import compares against. */
export const serviceIdentifiers = (db: Kysely<DB>, ids: string[]) =>
  ids.length === 0
    ? Promise.resolve([])
    : db.selectFrom('service').select(['id', 'identifier']).where('id', 'in', ids).execute();

export const managementDegrees = async (db: Kysely<DB>) =>
  (await db.selectFrom('catalogue_settings').select('management_degrees').executeTakeFirstOrThrow())
    .management_degrees as { code: string; names: { lv: string; en: string | null } }[];

/** The ids of services by identifier: what the links of an imported document point at. */
export const serviceIdsByIdentifiers = (db: Kysely<DB>, identifiers: string[]) =>
  identifiers.length === 0
    ? Promise.resolve([])
    : db.selectFrom('service').select(['id', 'identifier']).where('identifier', 'in', identifiers).execute();
