import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../testing/test-database.ts';
import type { Database } from '../db/database.ts';
import { migrate, readMigrations } from '../db/migrator.ts';
import { type AuditContext, diffOf, recordAudit, verifyAuditChain } from './audit.ts';

let database: Database;
beforeEach(async () => {
  database = await createTestDatabase();
  await migrate(database.db, await readMigrations());
});
afterEach(() => database.close());

const context: AuditContext = {
  actor: { kind: 'person', personId: '8d0f7a52-1c1e-4c55-9d2f-6f1f3b7a0a01', label: 'Anna Bērziņa' },
  requestId: 'req-1',
  address: '127.0.0.1',
  userAgent: 'test',
};

async function appendEvents(count: number) {
  for (let i = 1; i <= count; i++) {
    await database.db.transaction().execute((trx) =>
      recordAudit(
        trx,
        context,
        {
          action: 'organisation.update',
          entityType: 'organisation',
          entityId: `org-${i}`,
          changes: diffOf({ name: 'Vecais', nested: { a: 1, b: 2 } }, { name: `Jaunais ${i}`, nested: { b: 2, a: 1 } }),
        },
        new Date(Date.UTC(2026, 10, 27, 8, 0, i)),
      ),
    );
  }
}

/** Edits history behind the trigger's back, as someone with full database rights could. */
async function tamper(statement: string) {
  await sql.raw('alter table audit_event disable trigger audit_event_append_only').execute(database.db);
  await sql.raw(statement).execute(database.db);
  await sql.raw('alter table audit_event enable trigger audit_event_append_only').execute(database.db);
}

describe('audit trail', () => {
  describe('diffOf', () => {
    it('keeps only the fields that changed', () => {
      expect(diffOf({ name: 'A', code: 'X' }, { name: 'B', code: 'X' })).toEqual({ name: { before: 'A', after: 'B' } });
      expect(diffOf(null, { name: 'A' })).toEqual({ name: { before: null, after: 'A' } });
    });
  });

  describe('verifyAuditChain', () => {
    it('finds an untouched chain intact', async () => {
      await appendEvents(3);
      expect(await verifyAuditChain(database.db)).toEqual({ intact: true, events: 3 });
    });

    it('reports the event whose content was altered in SQL', async () => {
      await appendEvents(3);
      await tamper(`update audit_event set actor_label = 'Someone else' where id = 2`);
      expect(await verifyAuditChain(database.db)).toEqual({
        intact: false,
        events: 2,
        brokenEventId: 2,
        reason: 'content-changed',
      });
    });

    it('reports the event after one that was deleted', async () => {
      await appendEvents(3);
      await tamper('delete from audit_event where id = 2');
      expect(await verifyAuditChain(database.db)).toMatchObject({
        intact: false,
        brokenEventId: 3,
        reason: 'link-broken',
      });
    });
  });

  describe('append-only', () => {
    it('refuses UPDATE, DELETE and TRUNCATE', async () => {
      await appendEvents(1);
      await expect(sql`update audit_event set action = 'x'`.execute(database.db)).rejects.toThrow(/append-only/);
      await expect(sql`delete from audit_event`.execute(database.db)).rejects.toThrow(/append-only/);
      await expect(sql`truncate audit_event`.execute(database.db)).rejects.toThrow(/append-only/);
    });

    it('leaves no event behind when the change it records rolls back', async () => {
      await expect(
        database.db.transaction().execute(async (trx) => {
          await recordAudit(trx, context, { action: 'x', entityType: 'y', entityId: 'z', changes: {} }, new Date());
          throw new Error('the change failed');
        }),
      ).rejects.toThrow('the change failed');
      expect(await verifyAuditChain(database.db)).toEqual({ intact: true, events: 0 });
    });
  });
});
