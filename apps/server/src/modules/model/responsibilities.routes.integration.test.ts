import type { Responsibility } from '@saimnieks/contracts/responsibilities';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builders, signIn } from '../../testing/builders.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';

let testApp: TestApp;
let r01: Record<string, string>;
let r02: Record<string, string>;

beforeAll(async () => {
  testApp = await createTestApp();
  const make = builders(testApp.database);
  const state = await make.state();
  const sector = await make.organisation('sector');
  r01 = await signIn(
    testApp.app,
    (await make.person({ organisationId: state.id, roles: [{ roleCode: 'R01', scopeId: state.id }] })).email,
  );
  r02 = await signIn(
    testApp.app,
    (await make.person({ organisationId: sector.id, roles: [{ roleCode: 'R02', scopeId: sector.id }] })).email,
  );
});
afterAll(() => testApp.close());

const URL = '/api/v1/model/responsibilities';
const current = async () => (await testApp.app.inject({ method: 'GET', url: URL })).json();
const edit = (headers: Record<string, string>, payload: object) =>
  testApp.app.inject({ method: 'PUT', url: URL, headers, payload });

describe('responsibility matrix', () => {
  describe('GET /api/v1/model/responsibilities', () => {
    it('ships a default where every one of the 32 tasks has a performer', async () => {
      const matrix = await current();
      expect(matrix).toMatchObject({ version: 1, modelVersion: 1, note: 'Default' });
      const performed = new Set(
        matrix.entries
          .filter((entry: Responsibility) => entry.involvement === 'performs')
          .map((entry: Responsibility) => entry.taskCode),
      );
      expect(performed.size).toBe(32);
      expect(matrix.entries).toContainEqual({ taskCode: 'PU1-1', roleCode: 'R01', involvement: 'performs' });
    });
  });

  describe('PUT /api/v1/model/responsibilities', () => {
    it('lets R01 make a new version, keeps the old one readable and audits the difference', async () => {
      const before = await current();
      const entries = before.entries.map((entry: Responsibility) =>
        entry.taskCode === 'PU2-14' && entry.roleCode === 'R07' ? { ...entry, involvement: 'informed' } : entry,
      );
      const withR07 = entries.some((entry: Responsibility) => entry.taskCode === 'PU2-14' && entry.roleCode === 'R07')
        ? entries
        : [...entries, { taskCode: 'PU2-14', roleCode: 'R07', involvement: 'informed' }];
      const response = await edit(r01, {
        baseVersion: before.version,
        note: 'Saņēmēji tiek informēti',
        entries: withR07,
      });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({ version: before.version + 1, note: 'Saņēmēji tiek informēti' });
      expect(response.json().entries).toContainEqual({ taskCode: 'PU2-14', roleCode: 'R07', involvement: 'informed' });

      const old = (await testApp.app.inject({ method: 'GET', url: `${URL}?version=${before.version}` })).json();
      expect(old.entries).toEqual(before.entries);
      const audit = await testApp.database.db
        .selectFrom('audit_event')
        .select(['changes'])
        .where('action', '=', 'responsibilities.edit')
        .executeTakeFirstOrThrow();
      expect(audit.changes).toHaveProperty(['PU2-14 R07', 'after'], 'informed');
    });

    it('detects an edit made on a stale version with 409', async () => {
      const { entries } = await current();
      const response = await edit(r01, { baseVersion: 1, entries });
      expect(response.statusCode).toBe(409);
      expect(response.json()).toMatchObject({ type: '/problems/stale-version' });
    });

    it('refuses a matrix in which a task has no performer, naming the rule', async () => {
      const { version, entries } = await current();
      const response = await edit(r01, {
        baseVersion: version,
        entries: entries.filter((entry: Responsibility) => entry.taskCode !== 'PU3-4'),
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().errors).toContainEqual(
        expect.objectContaining({ rule: 'no_performer', message: 'nobody performs PU3-4' }),
      );
    });

    it('refuses an unknown task and a cell given twice', async () => {
      const { version, entries } = await current();
      const response = await edit(r01, {
        baseVersion: version,
        entries: [...entries, { taskCode: 'PU2-99', roleCode: 'R05', involvement: 'informed' }, entries[0]],
      });
      expect(
        response
          .json()
          .errors.map((error: { rule: string }) => error.rule)
          .sort(),
      ).toEqual(['duplicate_cell', 'unknown_task']);
    });

    it('follows the matrix: once R02 performs PU1-1, a sector lead may edit it', async () => {
      const before = await current();
      const entries = [
        ...before.entries.filter((entry: Responsibility) => !(entry.taskCode === 'PU1-1' && entry.roleCode === 'R02')),
        { taskCode: 'PU1-1', roleCode: 'R02', involvement: 'performs' },
      ];
      expect((await edit(r01, { baseVersion: before.version, entries })).statusCode).toBe(200);
      const byLead = await edit(r02, { baseVersion: before.version + 1, entries: before.entries });
      expect(byLead.statusCode).toBe(200);
      expect(byLead.json().entries).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ taskCode: 'PU1-1', roleCode: 'R02', involvement: 'consulted' }),
        ]),
      );
    });

    it('is refused to a sector lead with 403 and to nobody signed in with 401', async () => {
      const { version, entries } = await current();
      expect((await edit(r02, { baseVersion: version, entries })).statusCode).toBe(403);
      expect((await edit({}, { baseVersion: version, entries })).statusCode).toBe(401);
    });
  });
});
