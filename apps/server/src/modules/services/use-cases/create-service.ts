import { randomUUID } from 'node:crypto';
import {
  SERVICE_IDENTIFIER,
  type ServiceCreate,
  ServiceDescriptionContent,
  type ServiceDescriptionInput,
} from '@saimnieks/contracts/services';
import type { Kysely } from 'kysely';
import { diffOf, recordAudit } from '../../../platform/audit/audit.ts';
import type { Clock } from '../../../platform/clock.ts';
import { type DB, inTransaction } from '../../../platform/db/database.ts';
import { ForbiddenError, ValidationError } from '../../../platform/errors/errors.ts';
import { makeOrganisationAccess } from '../../organisations/index.ts';
import { auditedServiceFields } from '../services.mapper.ts';
import { canManagePortfolio } from '../services.policy.ts';
import {
  insertDescription,
  insertService,
  insertTransition,
  nextIdentifierNumber,
  reserveIdentifierNumber,
} from '../services.repository.ts';
import { type Acting, loadPermissions, personOf, readSettings } from './service-access.ts';

const fieldError = (field: string, rule: string, message: string) =>
  new ValidationError(message, [{ field, in: 'body', rule, message }]);

/** An identifier prefix from a short name: Latin capitals and digits only ("VSAA", "RD"). */
export const prefixFrom = (shortName: string | null) => {
  const prefix = (shortName ?? '')
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '')
    .slice(0, 12);
  return prefix.length >= 2 ? prefix : undefined;
};

/** Checks the management degree against the ones the settings define; null is always allowed. */
export async function assertManagementDegree(db: Kysely<DB>, code: string | null | undefined) {
  if (code === null || code === undefined) return;
  const { managementDegrees } = await readSettings(db);
  if (!managementDegrees.some((degree) => degree.code === code)) {
    throw fieldError('managementDegree', 'unknown_management_degree', `No management degree ${code}`);
  }
}

/**
 * Adds a service to a holder's portfolio in the planning stage, with version 1 of its
 * description as a draft. `identifier` is given only by an import, which keeps the one it brings.
 */
export function makeCreateService({ db, clock }: { db: Kysely<DB>; clock: Clock }) {
  return async function createService(
    input: ServiceCreate & { identifier?: string; content?: ServiceDescriptionInput },
    { principal, context }: Acting,
  ) {
    const now = clock.now();
    return inTransaction(db, async (trx) => {
      const organisations = makeOrganisationAccess({ db: trx });
      const holder = await organisations.findOrganisation(input.holderId);
      if (!holder || (principal !== 'system' && !(await organisations.canSee(principal, holder.id)))) {
        throw fieldError('holderId', 'unknown_organisation', 'No such organisation');
      }
      if (holder.kind !== 'institution' && holder.kind !== 'municipality') {
        throw fieldError('holderId', 'holder_kind', 'Services are held by institutions and municipalities');
      }
      if (holder.status !== 'active') throw fieldError('holderId', 'archived', 'The organisation is archived');
      const reach = { holderPath: holder.ancestor_ids };
      if (principal !== 'system' && !canManagePortfolio(principal, await loadPermissions(trx), reach)) {
        throw new ForbiddenError('forbidden', 'You may not add services to this portfolio');
      }
      await assertManagementDegree(trx, input.managementDegree);
      const identifier = await identifierFor(trx, input, holder.short_name);
      const id = randomUUID();
      const service = await insertService(trx, {
        id,
        identifier,
        holder_id: holder.id,
        kind: input.kind,
        priority: input.priority,
        management_degree: input.managementDegree,
        created_at: now,
        updated_at: now,
      });
      const content = ServiceDescriptionContent.parse({
        ...input.content,
        title: input.title,
        shortDescription: input.shortDescription,
      });
      const person = personOf(principal);
      await insertDescription(trx, {
        service_id: id,
        number: 1,
        status: 'draft',
        content: JSON.stringify(content),
        title_lv: content.title.lv,
        title_en: content.title.en,
        created_by: person,
        created_at: now,
        updated_by: person,
        updated_at: now,
      });
      await insertTransition(trx, {
        id: randomUUID(),
        service_id: id,
        from_stage: null,
        to_stage: 'planning',
        reason: '',
        person_id: person,
        at: now,
      });
      await recordAudit(
        trx,
        context,
        {
          action: 'service.create',
          entityType: 'service',
          entityId: id,
          changes: diffOf(null, { ...auditedServiceFields(service), title: content.title.lv }),
        },
        now,
      );
      return id;
    });
  };
}

async function identifierFor(
  trx: Kysely<DB>,
  input: { identifier?: string; identifierPrefix?: string | undefined },
  shortName: string | null,
) {
  if (input.identifier) {
    const match = SERVICE_IDENTIFIER.exec(input.identifier);
    if (!match) throw fieldError('identifier', 'identifier_format', 'An identifier is a prefix, a dash and a number');
    await reserveIdentifierNumber(trx, match[1] as string, Number(match[2]));
    return input.identifier;
  }
  const prefix = input.identifierPrefix ?? prefixFrom(shortName);
  if (!prefix) {
    throw fieldError(
      'identifierPrefix',
      'required_without_short_name',
      'The holder has no short name to make identifiers from; give an identifier prefix',
    );
  }
  const number = await nextIdentifierNumber(trx, prefix);
  return `${prefix}-${String(number).padStart(4, '0')}`;
}
