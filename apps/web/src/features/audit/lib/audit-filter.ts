import { rigaLocalToInstant } from '../../../lib/riga-time.ts';
import type { AuditFilter } from '../api/list-audit-events.ts';
import type { AuditFilterValues } from '../components/audit-filters.tsx';

/** The filters as the API takes them: empty ones left out, Riga wall-clock times as instants. */
export function apiFilterOf(values: AuditFilterValues, before?: number): AuditFilter {
  const text = (value: string) => value.trim() || undefined;
  return {
    entityType: text(values.entityType),
    entityId: text(values.entityId),
    actorId: text(values.actorId),
    action: text(values.action),
    from: rigaLocalToInstant(values.from),
    to: rigaLocalToInstant(values.to),
    before,
  };
}
