import {
  type DescriptionStatus,
  ServiceDescriptionContent,
  type ServiceDescriptionInput,
} from '@saimnieks/contracts/services';
import type { Kysely, Updateable } from 'kysely';
import { type AuditContext, recordAudit } from '../../../platform/audit/audit.ts';
import type { Principal } from '../../../platform/auth/principal.ts';
import { type Clock, rigaDay } from '../../../platform/clock.ts';
import { type DB, inTransaction } from '../../../platform/db/database.ts';
import type { ServiceDescription } from '../../../platform/db/schema.ts';
import { ConflictError, ForbiddenError, NotFoundError } from '../../../platform/errors/errors.ts';
import { writeCatalogueEntry } from '../catalogue-entry.ts';
import { diffContent } from '../description-diff.ts';
import { peopleOf, toDescription, toDescriptionSummary } from '../services.mapper.ts';
import {
  canApprove,
  canDescribe,
  canManagePortfolio,
  type ServicePermissions,
  type ServicePlacement,
} from '../services.policy.ts';
import {
  type DescriptionRow,
  findDescription,
  findPeopleNames,
  findWorkingDescription,
  insertDescription,
  lastDescriptionNumber,
  listDescriptions,
  type ServiceView,
  updateDescription,
  updateService,
} from '../services.repository.ts';
import {
  type Acting,
  addMonths,
  loadPermissions,
  loadVisibleService,
  lockService,
  personOf,
  placementOf,
  readSettings,
} from './service-access.ts';

const descriptionNotFound = (id: string, number: number) =>
  new NotFoundError('description-not-found', `Service ${id} has no description version ${number}`);

const wrongStatus = (status: string, wanted: DescriptionStatus) =>
  new ConflictError('wrong-description-status', `The version is ${status}; this needs a version that is ${wanted}`);

const liquidated = () => new ConflictError('service-liquidated', 'A liquidated service is not described any more');

/** Title columns kept beside the content, so lists need not open the JSON. */
const titleColumns = (content: ServiceDescriptionContent) => ({
  title_lv: content.title.lv,
  title_en: content.title.en,
});

async function withNames(db: Kysely<DB>, row: DescriptionRow) {
  return toDescription(row, await findPeopleNames(db, peopleOf(row)));
}

async function audit(
  trx: Kysely<DB>,
  context: AuditContext,
  action: string,
  row: DescriptionRow,
  changes: Record<string, { before: unknown; after: unknown }>,
  now: Date,
) {
  await recordAudit(
    trx,
    context,
    { action, entityType: 'service_description', entityId: `${row.service_id}/${row.number}`, changes },
    now,
  );
}

/**
 * Marks a version published: the one published before becomes superseded, the service points at
 * the new one, its review falls due after the settings' interval, and the catalogue follows.
 */
async function markPublished(
  trx: Kysely<DB>,
  service: ServiceView,
  number: number,
  { person, now, extra = {} }: { person: string | null; now: Date; extra?: Updateable<ServiceDescription> },
) {
  if (service.published_number !== null) {
    await updateDescription(trx, service.id, service.published_number, { status: 'superseded' });
  }
  const row = await updateDescription(trx, service.id, number, {
    ...extra,
    status: 'published',
    published_by: person,
    published_at: now,
  });
  const { reviewIntervalMonths } = await readSettings(trx);
  await updateService(trx, service.id, {
    published_number: number,
    review_by: addMonths(rigaDay(now), reviewIntervalMonths),
    updated_at: now,
  });
  await writeCatalogueEntry(trx, service.id);
  return row;
}

/** The versions of a description, from draft through review to publication. */
export function makeDescriptionWorkflow({ db, clock }: { db: Kysely<DB>; clock: Clock }) {
  /** Runs a change on one version inside a transaction, the service locked first. */
  async function change(
    serviceId: string,
    number: number,
    { principal }: Acting,
    allowed: (principal: Principal, permissions: ServicePermissions, placement: ServicePlacement) => boolean,
    apply: (trx: Kysely<DB>, service: ServiceView, row: DescriptionRow, now: Date) => Promise<DescriptionRow>,
  ) {
    const now = clock.now();
    return db.transaction().execute(async (trx) => {
      const service = await lockService(trx, principal, serviceId, { allowed });
      const row = await findDescription(trx, serviceId, number);
      if (!row) throw descriptionNotFound(serviceId, number);
      return withNames(trx, await apply(trx, service, row, now));
    });
  }

  const expect = (row: DescriptionRow, status: DescriptionStatus, version: number) => {
    if (row.status !== status) throw wrongStatus(row.status, status);
    if (row.version !== version) {
      throw new ConflictError(
        'stale-version',
        `The description was changed meanwhile (now version ${row.version}, yours ${version}); reload and try again`,
      );
    }
  };

  return {
    async list(principal: Principal, serviceId: string) {
      await loadVisibleService(db, principal, serviceId);
      const rows = await listDescriptions(db, serviceId);
      const names = await findPeopleNames(db, rows.flatMap(peopleOf));
      return rows.map((row) => toDescriptionSummary(row, names));
    },

    async get(principal: Principal | 'system', serviceId: string, number: number) {
      await loadVisibleService(db, principal, serviceId);
      const row = await findDescription(db, serviceId, number);
      if (!row) throw descriptionNotFound(serviceId, number);
      return withNames(db, row);
    },

    async diff(principal: Principal, serviceId: string, number: number, against = number - 1) {
      await loadVisibleService(db, principal, serviceId);
      const [from, to] = await Promise.all([
        findDescription(db, serviceId, against),
        findDescription(db, serviceId, number),
      ]);
      if (!to) throw descriptionNotFound(serviceId, number);
      if (!from) throw descriptionNotFound(serviceId, against);
      return { from: against, to: number, changes: diffContent(from.content, to.content) };
    },

    /** A new draft from the published version; one version is worked on at a time. */
    async startDraft(serviceId: string, serviceVersion: number, { principal, context }: Acting) {
      const now = clock.now();
      return db.transaction().execute(async (trx) => {
        const service = await lockService(trx, principal, serviceId, { version: serviceVersion, allowed: canDescribe });
        if (service.stage === 'liquidation') throw liquidated();
        const working = await findWorkingDescription(trx, serviceId);
        if (working) {
          throw new ConflictError(
            'working-version-exists',
            `Version ${working.number} is being worked on (${working.status}); finish it first`,
          );
        }
        const last = await lastDescriptionNumber(trx, serviceId);
        const source = service.published_number ?? last;
        const base = source > 0 ? await findDescription(trx, serviceId, source) : undefined;
        const content = ServiceDescriptionContent.parse(base?.content ?? {});
        const person = personOf(principal);
        const row = await insertDescription(trx, {
          service_id: serviceId,
          number: last + 1,
          status: 'draft',
          content: JSON.stringify(content),
          ...titleColumns(content),
          created_by: person,
          created_at: now,
          updated_by: person,
          updated_at: now,
        });
        await audit(trx, context, 'service_description.create', row, { basedOn: { before: null, after: source } }, now);
        return withNames(trx, row);
      });
    },

    /** Saves a draft as the editor types; the draft's version guards against lost edits. */
    save(
      serviceId: string,
      number: number,
      input: { version: number; content: ServiceDescriptionContent },
      acting: Acting,
    ) {
      return change(serviceId, number, acting, canDescribe, async (trx, service, row, now) => {
        if (service.stage === 'liquidation') throw liquidated();
        expect(row, 'draft', input.version);
        const changes = diffContent(row.content, input.content);
        const saved = await updateDescription(trx, serviceId, number, {
          content: JSON.stringify(input.content),
          ...titleColumns(input.content),
          updated_by: personOf(acting.principal),
          updated_at: now,
        });
        await audit(
          trx,
          acting.context,
          'service_description.update',
          saved,
          Object.fromEntries(changes.map(({ path, before, after }) => [path, { before, after }])),
          now,
        );
        return saved;
      });
    },

    submit(serviceId: string, number: number, version: number, acting: Acting) {
      return change(serviceId, number, acting, canDescribe, async (trx, _service, row, now) => {
        expect(row, 'draft', version);
        const saved = await updateDescription(trx, serviceId, number, {
          status: 'in_review',
          submitted_by: personOf(acting.principal),
          submitted_at: now,
          reviewed_by: null,
          reviewed_at: null,
        });
        await audit(
          trx,
          acting.context,
          'service_description.submit',
          saved,
          { status: { before: row.status, after: saved.status } },
          now,
        );
        return saved;
      });
    },

    /** Approves a submitted version, or returns it to draft with a note saying what to change. */
    review(
      serviceId: string,
      number: number,
      input: { version: number; decision: 'approve' | 'return'; note: string | null },
      acting: Acting,
    ) {
      return change(
        serviceId,
        number,
        acting,
        () => true,
        async (trx, service, row, now) => {
          const { principal } = acting;
          const permissions = await loadPermissions(trx);
          if (principal !== 'system' && !canApprove(principal, permissions, placementOf(service), row.submitted_by)) {
            throw new ForbiddenError(
              'forbidden',
              row.submitted_by === principal.person.id
                ? 'Somebody else approves what you submitted'
                : 'You may not approve descriptions of this service',
            );
          }
          expect(row, 'in_review', input.version);
          const saved = await updateDescription(trx, serviceId, number, {
            status: input.decision === 'approve' ? 'approved' : 'draft',
            reviewed_by: personOf(principal),
            reviewed_at: now,
            review_note: input.note,
          });
          await audit(
            trx,
            acting.context,
            `service_description.${input.decision}`,
            saved,
            {
              status: { before: row.status, after: saved.status },
              note: { before: row.review_note, after: input.note },
            },
            now,
          );
          return saved;
        },
      );
    },

    publish(serviceId: string, number: number, version: number, acting: Acting) {
      return change(serviceId, number, acting, canDescribe, async (trx, service, row, now) => {
        if (service.stage === 'liquidation') throw liquidated();
        expect(row, 'approved', version);
        const saved = await markPublished(trx, service, number, { person: personOf(acting.principal), now });
        await audit(
          trx,
          acting.context,
          'service_description.publish',
          saved,
          { status: { before: row.status, after: saved.status } },
          now,
        );
        return saved;
      });
    },

    /**
     * Publishes new content at once, as one version that went through every step by the same
     * hand: for an import or the demo data, done by someone who manages the portfolio.
     */
    async publishDirectly(serviceId: string, input: ServiceDescriptionInput, { principal, context }: Acting) {
      const content = ServiceDescriptionContent.parse(input);
      const now = clock.now();
      return inTransaction(db, async (trx) => {
        const service = await lockService(trx, principal, serviceId, {
          allowed: canManagePortfolio,
        });
        if (service.stage === 'liquidation') throw liquidated();
        const person = personOf(principal);
        const working = await findWorkingDescription(trx, serviceId);
        // A service fresh from creation has only its first draft: that one is published.
        const reusable = working?.number === 1 && working.status === 'draft' && service.published_number === null;
        if (working && !reusable) {
          throw new ConflictError(
            'working-version-exists',
            `Version ${working.number} is being worked on (${working.status}); finish it first`,
          );
        }
        const number = reusable ? 1 : (await lastDescriptionNumber(trx, serviceId)) + 1;
        const values = {
          content: JSON.stringify(content),
          ...titleColumns(content),
          updated_by: person,
          updated_at: now,
          submitted_by: person,
          submitted_at: now,
          reviewed_by: person,
          reviewed_at: now,
        };
        if (!reusable) {
          await insertDescription(trx, {
            service_id: serviceId,
            number,
            status: 'approved',
            created_by: person,
            created_at: now,
            ...values,
          });
        }
        const saved = await markPublished(trx, service, number, { person, now, extra: reusable ? values : {} });
        await audit(
          trx,
          context,
          'service_description.publish',
          saved,
          { status: { before: null, after: 'published' } },
          now,
        );
        return withNames(trx, saved);
      });
    },
  };
}
export type DescriptionWorkflow = ReturnType<typeof makeDescriptionWorkflow>;
