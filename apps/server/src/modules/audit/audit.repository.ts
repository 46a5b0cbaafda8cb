import type { AuditEventQuery } from '@saimnieks/contracts/audit';
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/database.ts';

export function listAuditEvents(db: Kysely<DB>, filter: AuditEventQuery) {
  let query = db.selectFrom('audit_event').selectAll();
  if (filter.entityType) query = query.where('entity_type', '=', filter.entityType);
  if (filter.entityId) query = query.where('entity_id', '=', filter.entityId);
  if (filter.actorId) query = query.where('actor_id', '=', filter.actorId);
  if (filter.action) query = query.where('action', '=', filter.action);
  if (filter.from) query = query.where('occurred_at', '>=', new Date(filter.from));
  if (filter.to) query = query.where('occurred_at', '<', new Date(filter.to));
  if (filter.before) query = query.where('id', '<', filter.before);
  return query.orderBy('id', 'desc').limit(filter.limit).execute();
}
