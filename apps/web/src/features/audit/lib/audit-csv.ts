import type { AuditEvent } from '@saimnieks/contracts/audit';
import { toCsv } from '../../../lib/csv.ts';

export interface AuditCsvTexts {
  header: readonly string[];
  /** The time in Riga, as the table shows it. */
  localTime: (instant: string) => string;
}

/** The columns of the export, in order; the header must name them in the same order. */
export const AUDIT_CSV_COLUMNS = [
  'id',
  'occurredAtRiga',
  'occurredAtUtc',
  'actorKind',
  'actorId',
  'actorLabel',
  'action',
  'entityType',
  'entityId',
  'changes',
  'requestId',
  'address',
  'userAgent',
  'hash',
] as const;

/**
 * The loaded events as a CSV file: one row per event, the changes as JSON (they vary per entity), and the hash,
 * so a row can be compared with the trail later.
 */
export function auditCsv(events: readonly AuditEvent[], texts: AuditCsvTexts, separator: string): string {
  if (texts.header.length !== AUDIT_CSV_COLUMNS.length) throw new Error('The CSV header does not match its columns');
  const rows = events.map((event) => [
    String(event.id),
    texts.localTime(event.occurredAt),
    event.occurredAt,
    event.actor.kind,
    event.actor.id ?? '',
    event.actor.label,
    event.action,
    event.entityType,
    event.entityId,
    JSON.stringify(event.changes),
    event.requestId ?? '',
    event.address ?? '',
    event.userAgent ?? '',
    event.hash,
  ]);
  return toCsv(texts.header, rows, separator);
}
