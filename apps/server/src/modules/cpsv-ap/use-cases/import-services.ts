import { randomUUID } from 'node:crypto';
import type { ImportReport } from '@saimnieks/contracts/cpsv-ap';
import type { FieldError } from '@saimnieks/contracts/problem';
import {
  SERVICE_IDENTIFIER,
  ServiceDescriptionContent,
  type ServiceDescriptionInput,
  type ServiceKind,
  type Stage,
} from '@saimnieks/contracts/services';
import type { Kysely } from 'kysely';
import { type Quad, Writer } from 'n3';
import type { AuditContext } from '../../../platform/audit/audit.ts';
import type { Principal } from '../../../platform/auth/principal.ts';
import type { Clock } from '../../../platform/clock.ts';
import type { DB } from '../../../platform/db/database.ts';
import { ForbiddenError, ValidationError } from '../../../platform/errors/errors.ts';
import { makeCreateService, makeDescriptionWorkflow, makeServiceAccess } from '../../services/index.ts';
import {
  type OrganisationRow,
  organisationsByIds,
  organisationsMatching,
  serviceIdentifiers,
  serviceIdsByIdentifiers,
  servicesByIdentifiers,
} from '../cpsv-ap.repository.ts';
import { RemoteContextError } from '../rdf/contexts.ts';
import { jsonLdQuads } from '../rdf/json-ld.ts';
import {
  type ImportError,
  type OrganisationReference,
  propertyPath,
  readServices,
  type ServiceCandidate,
  type ServiceReference,
} from '../rdf/read-services.ts';
import { type OrganisationInfo, serviceGraph } from '../rdf/service-graph.ts';
import { PROPERTY } from '../rdf/vocabulary.ts';
import { toOrganisationInfo } from './export-catalogue.ts';

/** The identifiers this product gives: an institution prefix, a dash and a number. */
type ImportAction = ImportReport['services'][number]['action'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const bodyError = (rule: string, message: string) =>
  new ValidationError(message, [{ field: 'body', in: 'body', rule, message }]);

async function quadsOf(document: unknown): Promise<Quad[]> {
  try {
    return await jsonLdQuads(document);
  } catch (error) {
    const remote = findCause(error, RemoteContextError);
    if (remote) throw bodyError('remote_context', remote.message);
    throw bodyError('json_ld', `Not a JSON-LD document: ${(error as Error).message}`);
  }
}

function findCause<T extends Error>(error: unknown, kind: new (...args: never[]) => T): T | undefined {
  let current: unknown = error;
  for (let depth = 0; current && depth < 10; depth++) {
    if (current instanceof kind) return current;
    const { details, cause } = current as { details?: { cause?: unknown }; cause?: unknown };
    current = details?.cause ?? cause;
  }
  return undefined;
}

const nQuads = (quads: Quad[]) => new Writer({ format: 'N-Quads' }).quadsToString(quads).split('\n').sort().join('\n');

type Organisations = Awaited<ReturnType<typeof resolveOrganisations>>;
type Services = Awaited<ReturnType<typeof resolveServices>>;
type ExistingService = Awaited<ReturnType<typeof servicesByIdentifiers>>[number];

/** What is wrong with one service of a document, once organisations and services are looked up. */
function problemsOf(
  candidate: ServiceCandidate,
  {
    holder,
    current,
    organisations,
    services,
  }: {
    holder: OrganisationRow | undefined;
    current: ExistingService | undefined;
    organisations: Organisations;
    services: Services;
  },
): ImportError[] {
  const errors: ImportError[] = [];
  const fail = (property: string, rule: string, message: string) =>
    errors.push({ service: candidate.label, property, rule, message });
  if (!candidate.holder) fail(PROPERTY.competentAuthority, 'required', 'a service needs a competent authority');
  else if (!holder) fail(PROPERTY.competentAuthority, 'unknown_organisation', organisations.problem(candidate.holder));
  else if (holder.kind !== 'institution' && holder.kind !== 'municipality') {
    fail(PROPERTY.competentAuthority, 'holder_kind', 'services are held by institutions and municipalities');
  } else if (holder.status !== 'active') {
    fail(PROPERTY.competentAuthority, 'archived', `${holder.name_lv} is archived`);
  }
  if (current) {
    if (holder && holder.id !== current.holder_id) {
      fail(PROPERTY.competentAuthority, 'holder_change', 'an import does not move a service to another holder');
    }
    if (current.stage === 'liquidation') fail(PROPERTY.identifier, 'liquidated', 'the service is liquidated');
    if (current.working_number !== null) {
      fail(
        PROPERTY.identifier,
        'working_version',
        `version ${current.working_number} of the description is being worked on; finish it first`,
      );
    }
  } else if (candidate.identifier !== undefined && !SERVICE_IDENTIFIER.test(candidate.identifier)) {
    fail(PROPERTY.identifier, 'identifier_format', 'a new service needs an identifier such as VSAA-0001');
  }
  candidate.draft.providers.forEach((provider, index) => {
    const where = `${propertyPath(candidate, ['providers', index])}.${PROPERTY.participant}`;
    if (!provider.organisation) fail(where, 'required', 'a participation needs a participant');
    else if (!organisations.find(provider.organisation)) {
      fail(where, 'unknown_organisation', organisations.problem(provider.organisation));
    }
  });
  for (const field of ['relatedServices', 'requiredServices'] as const) {
    for (const reference of candidate.draft[field]) {
      if (!services.has(reference)) {
        fail(
          propertyPath(candidate, [field]),
          'unknown_service',
          `${reference.iri} is no service of this catalogue or document`,
        );
      }
    }
  }
  const parsed = ServiceDescriptionContent.safeParse(contentInput(candidate, organisations, services.idOf));
  for (const issue of parsed.error?.issues ?? []) {
    const missing = issue.code === 'invalid_type' && /received undefined/.test(issue.message);
    const rule = (issue as { params?: { rule?: string } }).params?.rule ?? (missing ? 'required' : issue.code);
    const message = !missing
      ? issue.message
      : issue.path.at(-1) === 'lv'
        ? 'needs a value in Latvian (@lv)'
        : 'is required';
    fail(propertyPath(candidate, issue.path), rule, message);
  }
  return errors;
}

/** Identifiers must be there and not repeat: they are what services are matched by. */
function identifierProblems(candidates: ServiceCandidate[]): ImportError[] {
  return candidates.flatMap((candidate) => {
    const fail = (rule: string, message: string) => ({
      service: candidate.label,
      property: PROPERTY.identifier,
      rule,
      message,
    });
    if (candidate.identifier === undefined) return [fail('required', 'a service needs an identifier')];
    if (candidates.filter((other) => other.identifier === candidate.identifier).length > 1) {
      return [fail('unique', 'the document describes this service more than once')];
    }
    return [];
  });
}

const rejected = (errors: ImportError[]) =>
  new ValidationError(
    `The import changes nothing: ${errors.length} errors`,
    errors.map(
      (error): FieldError => ({
        field: `${error.service}.${error.property}`,
        in: 'body',
        rule: error.rule,
        message: error.message,
      }),
    ),
  );

/**
 * Imports a CPSV-AP JSON-LD document: services are matched by dct:identifier, missing ones are
 * created and existing ones get a new published version of their description. Everything
 * happens in one transaction; any error changes nothing and the answer lists every error found.
 * A dry run reports the same without keeping any change.
 */
export function makeImportServices({ db, clock, publicUrl }: { db: Kysely<DB>; clock: Clock; publicUrl: string }) {
  return async function importServices(
    document: unknown,
    { dryRun }: { dryRun: boolean },
    acting: { principal: Principal; context: AuditContext },
  ): Promise<ImportReport> {
    const read = readServices(await quadsOf(document), publicUrl);
    const { candidates } = read;
    if (candidates.length === 0) throw bodyError('no_services', 'The document describes no cpsv:PublicService');

    const run = db.transaction().execute(async (trx) => {
      const identifiers = candidates.flatMap((candidate) => (candidate.identifier ? [candidate.identifier] : []));
      const existing = new Map((await servicesByIdentifiers(trx, identifiers)).map((row) => [row.identifier, row]));
      const organisations = await resolveOrganisations(
        trx,
        candidates.flatMap((candidate) => [
          candidate.holder,
          ...candidate.draft.providers.map((provider) => provider.organisation),
        ]),
      );
      const services = await resolveServices(trx, candidates);
      const planned = candidates.map((candidate) => ({
        candidate,
        holder: organisations.find(candidate.holder),
        current: candidate.identifier === undefined ? undefined : existing.get(candidate.identifier),
      }));

      const errors = [
        ...read.errors,
        ...identifierProblems(candidates),
        ...planned.flatMap(({ candidate, holder, current }) =>
          problemsOf(candidate, { holder, current, organisations, services }),
        ),
      ];
      if (errors.length > 0) throw rejected(errors);

      const access = makeServiceAccess({ db: trx });
      const refused: string[] = [];
      for (const { candidate, holder } of planned) {
        if (holder && !(await access.mayManagePortfolioOf(acting.principal, holder))) refused.push(candidate.label);
      }
      if (refused.length > 0) {
        throw new ForbiddenError(
          'forbidden',
          `You may not manage the portfolio of the holder of ${refused.join(', ')}`,
        );
      }

      const contents = planned.map(({ candidate }) =>
        ServiceDescriptionContent.parse(contentInput(candidate, organisations, services.idOf)),
      );
      const published = planned.flatMap(({ current }) =>
        current?.content ? [current.content as ServiceDescriptionContent] : [],
      );
      const compare = await comparison(trx, publicUrl, organisations.all(), [...published, ...contents]);
      const report = planned.map(({ candidate, holder, current }, index) => {
        const content = contents[index] as ServiceDescriptionContent;
        const unchanged =
          current?.content && compare.same(current.content as ServiceDescriptionContent, content, current);
        const action: ImportAction = !current ? 'created' : unchanged ? 'unchanged' : 'updated';
        return { candidate, holder: holder as OrganisationRow, content, action };
      });

      // A dry run makes the same changes, so that it meets every refusal a real import would, and
      // then rolls them back.
      // The services module's use cases join this transaction (inTransaction).
      const createService = makeCreateService({ db: trx, clock });
      const descriptions = makeDescriptionWorkflow({ db: trx, clock });
      for (const { candidate, holder, content } of report.filter(({ action }) => action === 'created')) {
        const id = await createService(
          {
            holderId: holder.id,
            identifier: candidate.identifier as string,
            kind: candidate.kind ?? 'individual',
            priority: 'medium',
            managementDegree: null,
            title: content.title,
            shortDescription: content.shortDescription,
          },
          acting,
        );
        services.created(candidate.identifier as string, id);
      }
      // Published once every new service exists, so links between them point at real ids.
      for (const { candidate } of report.filter(({ action }) => action !== 'unchanged')) {
        const id = services.idOf({ iri: candidate.iri, identifier: candidate.identifier });
        await descriptions.publishDirectly(id, contentInput(candidate, organisations, services.idOf), acting);
      }

      const count = (action: ImportAction) => report.filter((entry) => entry.action === action).length;
      const outcome: ImportReport = {
        dryRun,
        created: count('created'),
        updated: count('updated'),
        unchanged: count('unchanged'),
        services: report.map(({ candidate, action }) => ({
          identifier: candidate.identifier as string,
          title: candidate.draft.title.lv ?? '',
          action,
        })),
      };
      if (dryRun) throw new RolledBack(outcome);
      return outcome;
    });
    return run.catch((error: unknown) => {
      if (error instanceof RolledBack) return error.report;
      throw error;
    });
  };
}

/** Ends a dry run's transaction without committing it. */
class RolledBack extends Error {
  readonly report: ImportReport;

  constructor(report: ImportReport) {
    super('dry run');
    this.report = report;
  }
}

/** The description an import would publish, references replaced by ids. */
function contentInput(
  candidate: ServiceCandidate,
  organisations: Organisations,
  serviceId: (reference: ServiceReference) => string,
): ServiceDescriptionInput {
  const { draft } = candidate;
  return {
    ...draft,
    providers: draft.providers.map((provider) => ({
      organisationId: (provider.organisation && organisations.find(provider.organisation)?.id) ?? randomUUID(),
      role: provider.role,
      description: provider.description,
    })),
    relatedServices: draft.relatedServices.map(serviceId),
    requiredServices: draft.requiredServices.map(serviceId),
  } as ServiceDescriptionInput;
}

/** Matches organisation references: by id or registration number first, by name when neither is given. */
async function resolveOrganisations(trx: Kysely<DB>, references: (OrganisationReference | undefined)[]) {
  const given = references.filter((reference) => reference !== undefined);
  const keys = given.flatMap((reference) => reference.keys);
  const rows = await organisationsMatching(trx, {
    ids: keys.filter((key) => UUID.test(key)),
    registrationNumbers: keys.filter((key) => /^\d{11}$/.test(key)),
    names: given.flatMap((reference) => reference.names),
  });
  const matches = (reference: OrganisationReference) => {
    const byKey = rows.filter(
      (row) => reference.keys.includes(row.id) || reference.keys.includes(row.registration_number ?? ''),
    );
    if (byKey.length > 0) return byKey;
    const names = reference.names.map((name) => name.toLowerCase());
    return rows.filter(
      (row) => names.includes(row.name_lv.toLowerCase()) || names.includes(row.name_en?.toLowerCase() ?? ''),
    );
  };
  return {
    find(reference: OrganisationReference | undefined) {
      if (!reference) return undefined;
      const found = matches(reference);
      return found.length === 1 ? found[0] : undefined;
    },
    problem(reference: OrganisationReference) {
      const found = matches(reference);
      const named = reference.names[0] ?? reference.keys[0] ?? reference.iri;
      return found.length > 1
        ? `${named} matches ${found.length} organisations; give its registration number`
        : `no organisation ${named}: match by registration number (dct:identifier) or name`;
    },
    all: () => rows,
  };
}

/** Matches the services a document links to: described in it, or already in the portfolio. */
async function resolveServices(trx: Kysely<DB>, candidates: ServiceCandidate[]) {
  const inDocument = new Map(
    candidates.flatMap((candidate) => (candidate.identifier ? [[candidate.iri, candidate.identifier]] : [])),
  );
  const identifierOf = (reference: ServiceReference) => inDocument.get(reference.iri) ?? reference.identifier;
  const wanted = candidates.flatMap((candidate) => [
    ...(candidate.identifier ? [candidate.identifier] : []),
    ...[...candidate.draft.relatedServices, ...candidate.draft.requiredServices].flatMap((reference) => {
      const identifier = identifierOf(reference);
      return identifier ? [identifier] : [];
    }),
  ]);
  const ids = new Map(
    (await serviceIdsByIdentifiers(trx, [...new Set(wanted)])).map((row) => [row.identifier, row.id]),
  );
  // Services the import will create stand in with an id of their own until they exist.
  for (const identifier of inDocument.values()) if (!ids.has(identifier)) ids.set(identifier, randomUUID());
  return {
    has: (reference: ServiceReference) => {
      const identifier = identifierOf(reference);
      return identifier !== undefined && ids.has(identifier);
    },
    idOf: (reference: ServiceReference) => ids.get(identifierOf(reference) ?? '') ?? randomUUID(),
    created: (identifier: string, id: string) => ids.set(identifier, id),
  };
}

/** Whether an imported description says what the published one says: the same CPSV-AP graph. */
async function comparison(
  trx: Kysely<DB>,
  publicUrl: string,
  resolved: OrganisationRow[],
  contents: ServiceDescriptionContent[],
) {
  const organisations = new Map<string, OrganisationInfo>(resolved.map((row) => [row.id, toOrganisationInfo(row)]));
  const providerIds = contents.flatMap((content) => content.providers.map((provider) => provider.organisationId));
  for (const row of await organisationsByIds(
    trx,
    [...new Set(providerIds)].filter((id) => !organisations.has(id)),
  )) {
    organisations.set(row.id, toOrganisationInfo(row));
  }
  const serviceIds = contents.flatMap((content) => [...content.relatedServices, ...content.requiredServices]);
  const identifiers = new Map(
    (await serviceIdentifiers(trx, [...new Set(serviceIds)])).map((row) => [row.id, row.identifier]),
  );
  const references = {
    organisation: (id: string) => organisations.get(id),
    // A service the import is about to create has no identifier yet: its id stands for it.
    serviceIdentifier: (id: string) => identifiers.get(id) ?? id,
  };
  return {
    same(
      before: ServiceDescriptionContent,
      after: ServiceDescriptionContent,
      service: { identifier: string; kind: string; stage: string; holder_id: string },
    ) {
      const graph = (content: ServiceDescriptionContent) =>
        nQuads(
          serviceGraph(
            publicUrl,
            {
              identifier: service.identifier,
              kind: service.kind as ServiceKind,
              stage: service.stage as Stage,
              holder: organisations.get(service.holder_id) as OrganisationInfo,
              content,
            },
            references,
          ),
        );
      return graph(before) === graph(after);
    },
  };
}
