import { type Kysely, sql } from 'kysely';
import type { DB } from '../db/database.ts';
import { auditHash, GENESIS_HASH } from './audit-hash.ts';

/** Who acts: a signed-in person, a person through a personal API token, or the system itself. */
export type Actor =
  | { kind: 'person'; personId: string; label: string }
  | { kind: 'token'; personId: string; tokenId: string; label: string }
  | { kind: 'system'; label: string };

/** What the audit trail records about the request a change came from. */
export interface AuditContext {
  actor: Actor;
  requestId: string | null;
  address: string | null;
  userAgent: string | null;
}

export const systemContext = (label: string): AuditContext => ({
  actor: { kind: 'system', label },
  requestId: null,
  address: null,
  userAgent: null,
});

export interface AuditChange {
  action: string;
  entityType: string;
  entityId: string;
  /** Changed fields only: `{ field: { before, after } }`. */
  changes: Record<string, { before: unknown; after: unknown }>;
}

// Any fixed number: appending to the chain is serialised, each event naming the one before.
const AUDIT_CHAIN_LOCK = 727_310_003;

/** The changed fields between two versions of a record; `null` stands for "did not exist". */
export function diffOf(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): AuditChange['changes'] {
  const fields = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const changes: AuditChange['changes'] = {};
  for (const field of fields) {
    const [old, next] = [normalise(before?.[field]), normalise(after?.[field])];
    if (JSON.stringify(old) !== JSON.stringify(next)) changes[field] = { before: old, after: next };
  }
  return changes;
}

const normalise = (value: unknown) => (value instanceof Date ? value.toISOString() : (value ?? null));

/**
 * Appends an event to the audit trail. Call it inside the transaction of the change it records,
 * so both commit or neither does.
 */
export async function recordAudit(trx: Kysely<DB>, context: AuditContext, change: AuditChange, occurredAt: Date) {
  await sql`select pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`.execute(trx);
  const last = await trx.selectFrom('audit_event').select('hash').orderBy('id', 'desc').limit(1).executeTakeFirst();
  const { actor } = context;
  const fields = {
    occurredAt,
    actorKind: actor.kind,
    actorId: actor.kind === 'system' ? null : actor.personId,
    actorLabel: actor.label,
    action: change.action,
    entityType: change.entityType,
    entityId: change.entityId,
    changes: change.changes,
    requestId: context.requestId,
    address: context.address,
    userAgent: context.userAgent,
    previousHash: last?.hash ?? GENESIS_HASH,
  };
  await trx
    .insertInto('audit_event')
    .values({
      occurred_at: fields.occurredAt,
      actor_kind: fields.actorKind,
      actor_id: fields.actorId,
      actor_label: fields.actorLabel,
      action: fields.action,
      entity_type: fields.entityType,
      entity_id: fields.entityId,
      changes: JSON.stringify(fields.changes),
      request_id: fields.requestId,
      address: fields.address,
      user_agent: fields.userAgent,
      previous_hash: fields.previousHash,
      hash: auditHash(fields),
    })
    .execute();
}

export type ChainVerification =
  | { intact: true; events: number }
  | { intact: false; events: number; brokenEventId: number; reason: 'content-changed' | 'link-broken' };

const BATCH = 1000;

/** Walks the whole chain in order and reports the first event whose hash or link does not hold. */
export async function verifyAuditChain(db: Kysely<DB>): Promise<ChainVerification> {
  let previousHash = GENESIS_HASH;
  let afterId = 0;
  let events = 0;
  for (;;) {
    const rows = await db
      .selectFrom('audit_event')
      .selectAll()
      .where('id', '>', afterId)
      .orderBy('id')
      .limit(BATCH)
      .execute();
    for (const row of rows) {
      events++;
      if (row.previous_hash !== previousHash) {
        return { intact: false, events, brokenEventId: row.id, reason: 'link-broken' };
      }
      const expected = auditHash({
        occurredAt: row.occurred_at,
        actorKind: row.actor_kind,
        actorId: row.actor_id,
        actorLabel: row.actor_label,
        action: row.action,
        entityType: row.entity_type,
        entityId: row.entity_id,
        changes: row.changes,
        requestId: row.request_id,
        address: row.address,
        userAgent: row.user_agent,
        previousHash: row.previous_hash,
      });
      if (row.hash !== expected) return { intact: false, events, brokenEventId: row.id, reason: 'content-changed' };
      previousHash = row.hash;
      afterId = row.id;
    }
    if (rows.length < BATCH) return { intact: true, events };
  }
}
