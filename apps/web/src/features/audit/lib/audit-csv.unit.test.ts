import type { AuditEvent } from '@saimnieks/contracts/audit';
import { describe, expect, it } from 'vitest';
import { AUDIT_CSV_COLUMNS, auditCsv } from './audit-csv.ts';

const event: AuditEvent = {
  id: 7,
  occurredAt: '2026-11-27T08:00:00.000Z',
  actor: { kind: 'person', id: 'p-1', label: 'Jānis Bērziņš' },
  action: 'organisation.create',
  entityType: 'organisation',
  entityId: 'o-1',
  changes: { nameLv: { before: null, after: 'Zaļā; "jaunā" iestāde' } },
  requestId: 'r-1',
  address: '127.0.0.1',
  userAgent: null,
  hash: 'abc',
};

describe('audit csv', () => {
  it('writes a header naming every column, then one row per event', () => {
    const header = AUDIT_CSV_COLUMNS.map((column) => column.toUpperCase());
    const csv = auditCsv([event], { header, localTime: () => '27.11.2026. 10:00:00' }, ';');
    const [headerLine, row, end] = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(headerLine).toBe(header.join(';'));
    expect(row).toBe(
      '7;27.11.2026. 10:00:00;2026-11-27T08:00:00.000Z;person;p-1;Jānis Bērziņš;organisation.create;organisation;o-1;' +
        '"{""nameLv"":{""before"":null,""after"":""Zaļā; \\""jaunā\\"" iestāde""}}";r-1;127.0.0.1;;abc',
    );
    expect(end).toBe('');
  });

  it('refuses a header that does not match the columns', () => {
    expect(() => auditCsv([event], { header: ['only one'], localTime: String }, ',')).toThrow();
  });
});
