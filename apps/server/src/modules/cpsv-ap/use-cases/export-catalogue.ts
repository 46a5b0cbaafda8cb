import type { ServiceDescriptionContent, ServiceKind, Stage } from '@saimnieks/contracts/services';
import type { Kysely } from 'kysely';
import type { DB } from '../../../platform/db/database.ts';
import { NotFoundError } from '../../../platform/errors/errors.ts';
import {
  type CatalogueRow,
  catalogueBatch,
  catalogueIdentifiers,
  catalogueServices,
  type OrganisationRow,
  organisationsByIds,
} from '../cpsv-ap.repository.ts';
import { type RdfFormat, writerFor } from '../rdf/documents.ts';
import { type OrganisationInfo, serviceGraph } from '../rdf/service-graph.ts';

/** Services read per query: memory holds one batch, whatever the size of the catalogue. */
export const EXPORT_BATCH = 100;

export const toOrganisationInfo = (row: OrganisationRow): OrganisationInfo => ({
  id: row.id,
  kind: row.kind,
  registrationNumber: row.registration_number,
  names: { lv: row.name_lv, en: row.name_en },
  atuCode: row.atu_code,
});

/**
 * The published catalogue as one CPSV-AP 3.2.0 document, written while it is read: services come
 * in batches by identifier, and each batch is written before the next is read.
 */
export function makeExportCatalogue({ db, publicUrl }: { db: Kysely<DB>; publicUrl: string }) {
  /** Organisations seen so far; there are far fewer of them than services. */
  const organisationCache = () => {
    const known = new Map<string, OrganisationInfo>();
    return {
      async load(ids: string[]) {
        const missing = [...new Set(ids)].filter((id) => !known.has(id));
        for (const row of await organisationsByIds(db, missing)) known.set(row.id, toOrganisationInfo(row));
      },
      get: (id: string) => known.get(id),
    };
  };

  async function* document(format: RdfFormat, batches: AsyncIterable<CatalogueRow[]>) {
    const writer = writerFor(format);
    const organisations = organisationCache();
    const described = new Set<string>();
    yield writer.start();
    for await (const rows of batches) {
      const contents = rows.map((row) => row.content as ServiceDescriptionContent);
      await organisations.load([
        ...rows.map((row) => row.holder_id),
        ...contents.flatMap((content) => content.providers.map((provider) => provider.organisationId)),
      ]);
      const linked = await catalogueIdentifiers(db, [
        ...new Set(contents.flatMap((content) => [...content.relatedServices, ...content.requiredServices])),
      ]);
      const identifiers = new Map(linked.map((row) => [row.id, row.identifier]));
      const quads = rows.flatMap((row, index) =>
        serviceGraph(
          publicUrl,
          {
            identifier: row.identifier,
            kind: row.kind as ServiceKind,
            stage: row.stage as Stage,
            holder: organisations.get(row.holder_id) as OrganisationInfo,
            content: contents[index] as ServiceDescriptionContent,
          },
          { organisation: organisations.get, serviceIdentifier: (id) => identifiers.get(id) },
          described,
        ),
      );
      yield writer.write(quads);
    }
    yield await writer.end();
  }

  async function* wholeCatalogue() {
    let after: string | null = null;
    for (;;) {
      const rows = await catalogueBatch(db, after, EXPORT_BATCH);
      if (rows.length > 0) yield rows;
      if (rows.length < EXPORT_BATCH) return;
      after = (rows.at(-1) as CatalogueRow).identifier;
    }
  }

  /**
   * One service and the published services it requires, and theirs: CPSV-AP wants every service a
   * document requires described in it. Related services are linked without being described.
   */
  async function oneService(id: string) {
    const found = new Map<string, CatalogueRow>();
    let next = [id];
    while (next.length > 0) {
      const rows = await catalogueServices(db, next);
      for (const row of rows) found.set(row.id, row);
      next = [...new Set(rows.flatMap((row) => (row.content as ServiceDescriptionContent).requiredServices))].filter(
        (required) => !found.has(required),
      );
    }
    if (!found.has(id)) throw new NotFoundError('catalogue-service-not-found', `No published service ${id}`);
    return [[...found.values()]];
  }

  return {
    /**
     * The document's text in pieces; `serviceId` narrows it to one service. A service that is not
     * in the catalogue answers 404 before anything is written.
     */
    async open(format: RdfFormat, serviceId?: string): Promise<AsyncIterable<string>> {
      const batches = serviceId ? toAsync(await oneService(serviceId)) : wholeCatalogue();
      return document(format, batches);
    },
  };
}

async function* toAsync<T>(items: T[]) {
  yield* items;
}
