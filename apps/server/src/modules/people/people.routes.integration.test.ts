import { randomUUID } from 'node:crypto';
import type { RoleCode } from '@saimnieks/contracts/auth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashSecret } from '../../platform/auth/secrets.ts';
import { builders, createTestAppWithOutbox, signIn, TEST_PASSWORD } from '../../testing/builders.ts';

let testApp: Awaited<ReturnType<typeof createTestAppWithOutbox>>;
let make: ReturnType<typeof builders>;
let stateId: string;
let admin: Headers;

beforeAll(async () => {
  testApp = await createTestAppWithOutbox();
  make = builders(testApp.database);
  stateId = (await make.state()).id;
  admin = (await signedIn(stateId, [], true)).headers;
});
afterAll(() => testApp.close());

type Headers = Record<string, string>;
const call = (method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, headers: Headers = {}, payload?: object) =>
  testApp.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });

async function signedIn(
  organisationId: string,
  roles: { roleCode: RoleCode; scopeId: string }[] = [],
  isAdministrator = false,
) {
  const person = await make.person({ organisationId, roles, isAdministrator });
  return { ...person, headers: await signIn(testApp.app, person.email) };
}

const uniqueEmail = (name = 'persona') => `${name}-${randomUUID().slice(0, 8)}@Example.lv`;

async function invite(headers: Headers, organisationId: string, overrides: object = {}) {
  return call('POST', '/api/v1/people', headers, {
    name: 'Anna Bērziņa',
    email: uniqueEmail('anna'),
    organisationId,
    ...overrides,
  });
}

async function invited(organisationId: string) {
  const response = await invite(admin, organisationId);
  expect(response.statusCode).toBe(201);
  return response.json();
}

const auditOf = (entityId: string, action: string) =>
  testApp.database.db
    .selectFrom('audit_event')
    .select(['action', 'actor_kind', 'actor_id', 'changes'])
    .where('entity_id', '=', entityId)
    .where('action', '=', action)
    .execute();

/** An institution with its service portfolio owner (R04), who manages its people. */
async function institutionWithOwner() {
  const sector = await make.organisation('sector');
  const institution = await make.organisation('institution', sector.id);
  const owner = await signedIn(institution.id, [{ roleCode: 'R04', scopeId: institution.id }]);
  return { institution, owner };
}

describe('people API', () => {
  describe('POST /api/v1/people', () => {
    it('invites a person without a password, mails a bilingual one-time link and audits the creation', async () => {
      const { institution } = await institutionWithOwner();
      const email = uniqueEmail('janis');
      const response = await invite(admin, institution.id, { name: 'Jānis Ozoliņš', email });
      expect(response.statusCode).toBe(201);
      const person = response.json();
      expect(person).toMatchObject({
        name: 'Jānis Ozoliņš',
        email,
        organisationId: institution.id,
        active: true,
        isAdministrator: false,
        passwordSet: false,
        version: 1,
      });

      const [message, ...more] = testApp.outbox.to(email);
      expect(more).toEqual([]);
      expect(message?.link).toMatch(new RegExp(`^${testApp.publicUrl}/set-password#token=[\\w-]{40,}$`));
      expect(message?.subject).toContain('Uzaicinājums');
      expect(message?.subject).toContain('Invitation');
      const text = message?.text ?? '';
      expect(text.indexOf('Labdien, Jānis Ozoliņš!')).toBeGreaterThanOrEqual(0);
      expect(text.indexOf('Labdien')).toBeLessThan(text.indexOf('Hello Jānis Ozoliņš'));
      expect(text).toContain(message?.link);

      const token = testApp.outbox.lastToken(email);
      const stored = await testApp.database.db
        .selectFrom('one_time_token')
        .selectAll()
        .where('person_id', '=', person.id)
        .execute();
      expect(stored).toHaveLength(1);
      expect(stored[0]).toMatchObject({ purpose: 'invitation', token_hash: hashSecret(token), used_at: null });
      const lifetime = (stored[0]?.expires_at.getTime() ?? 0) - (stored[0]?.created_at.getTime() ?? 0);
      expect(lifetime).toBe(7 * 24 * 3_600_000);

      const [audit] = await auditOf(person.id, 'person.create');
      expect(audit).toMatchObject({ actor_kind: 'person' });
      expect(audit?.changes).toMatchObject({
        email: { before: null, after: email },
        organisationId: { before: null, after: institution.id },
      });
    });

    it('refuses an email another person has, whatever its case, with 409 naming the email', async () => {
      const { institution } = await institutionWithOwner();
      const first = await invited(institution.id);
      const response = await invite(admin, stateId, { email: first.email.toUpperCase() });
      expect(response.statusCode).toBe(409);
      expect(response.json()).toMatchObject({ type: '/problems/duplicate', status: 409 });
      expect(response.json().detail).toContain('email');
      const people = await testApp.database.db
        .selectFrom('person')
        .select('id')
        .where('email', 'ilike', first.email)
        .execute();
      expect(people).toHaveLength(1);
    });

    it('refuses a malformed email and an empty name, naming each field', async () => {
      const response = await invite(admin, stateId, { email: 'anna.example.lv', name: '  ' });
      expect(response.statusCode).toBe(400);
      expect(response.json().errors).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ field: 'email', in: 'body', rule: 'invalid_format' }),
          expect.objectContaining({ field: 'name', in: 'body', rule: 'too_small' }),
        ]),
      );
    });

    it("lets an institution's portfolio owner invite into their institution", async () => {
      const { institution, owner } = await institutionWithOwner();
      expect((await invite(owner.headers, institution.id)).statusCode).toBe(201);
    });

    it('refuses a colleague who holds no managing role with 403', async () => {
      const { institution } = await institutionWithOwner();
      const colleague = await signedIn(institution.id);
      const response = await invite(colleague.headers, institution.id);
      expect(response.statusCode).toBe(403);
      expect(response.json()).toMatchObject({ type: '/problems/forbidden' });
    });

    it('answers an organisation the caller cannot see as unknown, naming organisationId', async () => {
      const { owner } = await institutionWithOwner();
      const other = await institutionWithOwner();
      const response = await invite(owner.headers, other.institution.id);
      expect(response.statusCode).toBe(400);
      expect(response.json().errors).toEqual([
        expect.objectContaining({ field: 'organisationId', rule: 'unknown_organisation' }),
      ]);
    });

    it('refuses a request without sign-in with 401', async () => {
      const response = await invite({}, stateId);
      expect(response.statusCode).toBe(401);
    });
  });

  describe('GET /api/v1/people', () => {
    it('lists only the people of organisations the caller may see, filtered and paged', async () => {
      const { institution, owner } = await institutionWithOwner();
      const other = await institutionWithOwner();
      const colleague = await invited(institution.id);
      const stranger = await invited(other.institution.id);

      const mine = await call('GET', `/api/v1/people?organisation=${institution.id}`, owner.headers);
      expect(mine.statusCode).toBe(200);
      expect(
        mine
          .json()
          .items.map((person: { id: string }) => person.id)
          .sort(),
      ).toEqual([owner.id, colleague.id].sort());
      const everyone = await call('GET', '/api/v1/people?limit=500', owner.headers);
      const ids = everyone.json().items.map((person: { id: string }) => person.id);
      expect(ids).toContain(colleague.id);
      expect(ids).not.toContain(stranger.id);

      const paged = await call('GET', `/api/v1/people?organisation=${institution.id}&limit=1`, owner.headers);
      expect(paged.json()).toMatchObject({ total: 2, limit: 1, offset: 0 });
      expect(paged.json().items).toHaveLength(1);
    });

    it('finds people by part of the name or email, and by whether they are active', async () => {
      const { institution } = await institutionWithOwner();
      const person = await invited(institution.id);
      await call('POST', `/api/v1/people/${person.id}/deactivate`, admin, { version: 1 });
      const byEmail = await call('GET', `/api/v1/people?q=${person.email.slice(0, 14)}`, admin);
      expect(byEmail.json().items.map((found: { id: string }) => found.id)).toEqual([person.id]);
      const byName = await call(
        'GET',
        `/api/v1/people?organisation=${institution.id}&q=${encodeURIComponent('bērziņa')}`,
        admin,
      );
      expect(byName.json().total).toBe(1);
      const active = await call('GET', `/api/v1/people?organisation=${institution.id}&active=true`, admin);
      const inactive = await call('GET', `/api/v1/people?organisation=${institution.id}&active=false`, admin);
      expect(active.json().items.map((found: { id: string }) => found.id)).not.toContain(person.id);
      expect(inactive.json().items.map((found: { id: string }) => found.id)).toEqual([person.id]);
    });

    it('refuses a malformed filter naming it', async () => {
      const response = await call('GET', '/api/v1/people?active=maybe', admin);
      expect(response.statusCode).toBe(400);
      expect(response.json().errors).toEqual([expect.objectContaining({ field: 'active', in: 'querystring' })]);
    });

    it('refuses a request without sign-in with 401', async () => {
      expect((await call('GET', '/api/v1/people')).statusCode).toBe(401);
    });
  });

  describe('GET /api/v1/people/:id', () => {
    it('shows a person to someone who may see their organisation, and anyone to themselves', async () => {
      const { institution, owner } = await institutionWithOwner();
      const person = await invited(institution.id);
      expect((await call('GET', `/api/v1/people/${person.id}`, owner.headers)).json()).toMatchObject({
        id: person.id,
        name: 'Anna Bērziņa',
      });
      const self = await call('GET', `/api/v1/people/${owner.id}`, owner.headers);
      expect(self.json()).toMatchObject({ id: owner.id, passwordSet: true });
    });

    it("answers another organisation's person with 404", async () => {
      const { owner } = await institutionWithOwner();
      const other = await institutionWithOwner();
      const response = await call('GET', `/api/v1/people/${other.owner.id}`, owner.headers);
      expect(response.statusCode).toBe(404);
      expect(response.json()).toMatchObject({ type: '/problems/person-not-found' });
    });

    it('refuses a request without sign-in with 401', async () => {
      expect((await call('GET', `/api/v1/people/${randomUUID()}`)).statusCode).toBe(401);
    });
  });

  describe('PATCH /api/v1/people/:id', () => {
    it('changes the name and email, bumps the version and audits before and after', async () => {
      const { institution, owner } = await institutionWithOwner();
      const person = await invited(institution.id);
      const email = uniqueEmail('anna.kalnina');
      const response = await call('PATCH', `/api/v1/people/${person.id}`, owner.headers, {
        version: 1,
        name: 'Anna Kalniņa',
        email,
      });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({ name: 'Anna Kalniņa', email, version: 2 });
      const [audit] = await auditOf(person.id, 'person.update');
      expect(audit?.changes).toEqual({
        name: { before: 'Anna Bērziņa', after: 'Anna Kalniņa' },
        email: { before: person.email, after: email },
      });
    });

    it('voids the invitation sent to a mistyped email and invites the person at the new one', async () => {
      const { institution } = await institutionWithOwner();
      const person = await invited(institution.id);
      const mistyped = testApp.outbox.lastToken(person.email);
      const email = uniqueEmail('anna.pareizi');
      const response = await call('PATCH', `/api/v1/people/${person.id}`, admin, { version: 1, email });
      expect(response.statusCode).toBe(200);
      const password = 'Rudens-lietus-pār-Gauju-7';
      const old = await call('POST', '/api/v1/auth/password', {}, { token: mistyped, password });
      expect(old.json()).toMatchObject({ status: 410, type: '/problems/link-used' });
      const fresh = await call(
        'POST',
        '/api/v1/auth/password',
        {},
        { token: testApp.outbox.lastToken(email), password },
      );
      expect(fresh.statusCode).toBe(204);
      expect((await call('POST', '/api/v1/auth/login', {}, { email, password })).statusCode).toBe(200);
    });

    it('refuses a stale version with 409 and changes nothing', async () => {
      const { institution } = await institutionWithOwner();
      const person = await invited(institution.id);
      await call('PATCH', `/api/v1/people/${person.id}`, admin, { version: 1, name: 'Pirmā maiņa' });
      const stale = await call('PATCH', `/api/v1/people/${person.id}`, admin, { version: 1, name: 'Otrā maiņa' });
      expect(stale.statusCode).toBe(409);
      expect(stale.json()).toMatchObject({ type: '/problems/stale-version' });
      expect((await call('GET', `/api/v1/people/${person.id}`, admin)).json().name).toBe('Pirmā maiņa');
    });

    it('refuses an email another person has with 409', async () => {
      const { institution } = await institutionWithOwner();
      const [first, second] = [await invited(institution.id), await invited(institution.id)];
      const response = await call('PATCH', `/api/v1/people/${second.id}`, admin, {
        version: 1,
        email: first.email.toLowerCase(),
      });
      expect(response.statusCode).toBe(409);
      expect(response.json().detail).toContain('email');
    });

    it('moves a person only into an organisation the caller also manages', async () => {
      const sector = await make.organisation('sector');
      const institution = await make.organisation('institution', sector.id);
      const neighbour = await make.organisation('institution', sector.id);
      // A member of the sector sees all of it; as portfolio owner they manage one institution only.
      const owner = await signedIn(sector.id, [{ roleCode: 'R04', scopeId: institution.id }]);
      const person = await invited(institution.id);
      const move = (headers: Headers, organisationId: string) =>
        call('PATCH', `/api/v1/people/${person.id}`, headers, { version: 1, organisationId });

      expect((await move(owner.headers, neighbour.id)).statusCode).toBe(403);
      const elsewhere = await institutionWithOwner();
      const hidden = await move(owner.headers, elsewhere.institution.id);
      expect(hidden.statusCode).toBe(400);
      expect(hidden.json().errors).toEqual([expect.objectContaining({ field: 'organisationId' })]);
      const moved = await move(admin, neighbour.id);
      expect(moved.statusCode).toBe(200);
      expect(moved.json()).toMatchObject({ organisationId: neighbour.id, version: 2 });
      const [audit] = await auditOf(person.id, 'person.update');
      expect(audit?.changes).toEqual({ organisationId: { before: institution.id, after: neighbour.id } });
    });

    it('refuses a colleague without a managing role with 403', async () => {
      const { institution } = await institutionWithOwner();
      const colleague = await signedIn(institution.id);
      const person = await invited(institution.id);
      const response = await call('PATCH', `/api/v1/people/${person.id}`, colleague.headers, {
        version: 1,
        name: 'Cits vārds',
      });
      expect(response.statusCode).toBe(403);
    });

    it('lets only an administrator change an administrator', async () => {
      const { institution, owner } = await institutionWithOwner();
      const administrator = await make.person({ organisationId: institution.id, isAdministrator: true });
      const response = await call('PATCH', `/api/v1/people/${administrator.id}`, owner.headers, {
        version: 1,
        email: uniqueEmail('parnemsana'),
      });
      expect(response.statusCode).toBe(403);
      expect(response.json().detail).toContain('administrator');
    });

    it("answers another organisation's person with 404", async () => {
      const { owner } = await institutionWithOwner();
      const other = await institutionWithOwner();
      const response = await call('PATCH', `/api/v1/people/${other.owner.id}`, owner.headers, {
        version: 1,
        name: 'Svešs',
      });
      expect(response.statusCode).toBe(404);
    });

    it('refuses a request without sign-in with 401', async () => {
      const response = await call('PATCH', `/api/v1/people/${randomUUID()}`, {}, { version: 1, name: 'X' });
      expect(response.statusCode).toBe(401);
    });
  });

  describe('POST /api/v1/people/:id/deactivate', () => {
    it('deactivates a person: their open session and API tokens stop, they cannot sign in, history keeps the name', async () => {
      const { institution, owner } = await institutionWithOwner();
      const person = await signedIn(institution.id);
      const now = new Date();
      await testApp.database.db
        .insertInto('api_token')
        .values({
          id: randomUUID(),
          person_id: person.id,
          name: 'Atskaites',
          token_hash: hashSecret(randomUUID()),
          created_at: now,
          expires_at: new Date(now.getTime() + 86_400_000),
        })
        .execute();
      expect((await call('GET', '/api/v1/auth/session', person.headers)).statusCode).toBe(200);

      const response = await call('POST', `/api/v1/people/${person.id}/deactivate`, owner.headers, { version: 1 });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({ active: false, version: 2 });

      expect((await call('GET', '/api/v1/auth/session', person.headers)).statusCode).toBe(401);
      const login = await call('POST', '/api/v1/auth/login', {}, { email: person.email, password: TEST_PASSWORD });
      expect(login.statusCode).toBe(401);
      const open = await testApp.database.db
        .selectFrom('api_token')
        .select('id')
        .where('person_id', '=', person.id)
        .where('revoked_at', 'is', null)
        .execute();
      expect(open).toEqual([]);
      const sessions = await testApp.database.db
        .selectFrom('session')
        .select('revoked_at')
        .where('person_id', '=', person.id)
        .execute();
      expect(sessions.every((session) => session.revoked_at !== null)).toBe(true);

      const kept = await call('GET', `/api/v1/people/${person.id}`, owner.headers);
      expect(kept.json()).toMatchObject({ name: expect.stringMatching(/^Persona /), active: false });
      const [audit] = await auditOf(person.id, 'person.deactivate');
      expect(audit?.changes).toEqual({ active: { before: true, after: false } });
    });

    it('refuses anyone deactivating themselves with 409 saying why', async () => {
      const { owner } = await institutionWithOwner();
      const response = await call('POST', `/api/v1/people/${owner.id}/deactivate`, owner.headers, { version: 1 });
      expect(response.statusCode).toBe(409);
      expect(response.json()).toMatchObject({ type: '/problems/cannot-deactivate-self' });
      expect((await call('GET', '/api/v1/auth/session', owner.headers)).statusCode).toBe(200);
    });

    it('refuses a stale version and a person deactivated already with 409', async () => {
      const { institution } = await institutionWithOwner();
      const person = await invited(institution.id);
      expect((await call('POST', `/api/v1/people/${person.id}/deactivate`, admin, { version: 1 })).statusCode).toBe(
        200,
      );
      const stale = await call('POST', `/api/v1/people/${person.id}/deactivate`, admin, { version: 1 });
      expect(stale.json()).toMatchObject({ status: 409, type: '/problems/stale-version' });
      const again = await call('POST', `/api/v1/people/${person.id}/deactivate`, admin, { version: 2 });
      expect(again.json()).toMatchObject({ status: 409, type: '/problems/already-inactive' });
    });

    it("refuses a colleague without a managing role with 403 and another organisation's person with 404", async () => {
      const { institution, owner } = await institutionWithOwner();
      const colleague = await signedIn(institution.id);
      const person = await invited(institution.id);
      const refused = await call('POST', `/api/v1/people/${person.id}/deactivate`, colleague.headers, { version: 1 });
      expect(refused.statusCode).toBe(403);
      const other = await institutionWithOwner();
      const hidden = await call('POST', `/api/v1/people/${other.owner.id}/deactivate`, owner.headers, { version: 1 });
      expect(hidden.statusCode).toBe(404);
      expect((await call('POST', `/api/v1/people/${person.id}/deactivate`, {}, { version: 1 })).statusCode).toBe(401);
    });
  });

  describe('POST /api/v1/people/:id/reactivate', () => {
    it('reactivates a person, who can sign in again', async () => {
      const { institution, owner } = await institutionWithOwner();
      const person = await make.person({ organisationId: institution.id, active: false });
      const response = await call('POST', `/api/v1/people/${person.id}/reactivate`, owner.headers, { version: 1 });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({ active: true, version: 2 });
      await signIn(testApp.app, person.email);
      const [audit] = await auditOf(person.id, 'person.reactivate');
      expect(audit?.changes).toEqual({ active: { before: false, after: true } });
    });

    it('refuses a person who is active with 409, and a stale version with 409', async () => {
      const { institution } = await institutionWithOwner();
      const person = await make.person({ organisationId: institution.id, active: false });
      const active = await make.person({ organisationId: institution.id });
      const already = await call('POST', `/api/v1/people/${active.id}/reactivate`, admin, { version: 1 });
      expect(already.json()).toMatchObject({ status: 409, type: '/problems/already-active' });
      const stale = await call('POST', `/api/v1/people/${person.id}/reactivate`, admin, { version: 7 });
      expect(stale.json()).toMatchObject({ status: 409, type: '/problems/stale-version' });
    });

    it("refuses a colleague without a managing role with 403 and another organisation's person with 404", async () => {
      const { institution, owner } = await institutionWithOwner();
      const colleague = await signedIn(institution.id);
      const person = await make.person({ organisationId: institution.id, active: false });
      const refused = await call('POST', `/api/v1/people/${person.id}/reactivate`, colleague.headers, { version: 1 });
      expect(refused.statusCode).toBe(403);
      const other = await institutionWithOwner();
      const stranger = await make.person({ organisationId: other.institution.id, active: false });
      const hidden = await call('POST', `/api/v1/people/${stranger.id}/reactivate`, owner.headers, { version: 1 });
      expect(hidden.statusCode).toBe(404);
    });
  });

  describe('POST /api/v1/people/:id/invitation', () => {
    it('sends a new link; the earlier one stops working', async () => {
      const { institution, owner } = await institutionWithOwner();
      const person = await invited(institution.id);
      const first = testApp.outbox.lastToken(person.email);
      const response = await call('POST', `/api/v1/people/${person.id}/invitation`, owner.headers);
      expect(response.statusCode).toBe(204);
      const second = testApp.outbox.lastToken(person.email);
      expect(second).not.toBe(first);
      const old = await call(
        'POST',
        '/api/v1/auth/password',
        {},
        { token: first, password: 'Rudens-lietus-pār-Gauju-7' },
      );
      expect(old.statusCode).toBe(410);
      const fresh = await call(
        'POST',
        '/api/v1/auth/password',
        {},
        { token: second, password: 'Rudens-lietus-pār-Gauju-7' },
      );
      expect(fresh.statusCode).toBe(204);
    });

    it('refuses a person who has set a password with 409, and a colleague without the right with 403', async () => {
      const { institution } = await institutionWithOwner();
      const colleague = await signedIn(institution.id);
      const member = await make.person({ organisationId: institution.id });
      const withPassword = await call('POST', `/api/v1/people/${member.id}/invitation`, admin);
      expect(withPassword.json()).toMatchObject({ status: 409, type: '/problems/password-set-already' });
      const person = await invited(institution.id);
      const refused = await call('POST', `/api/v1/people/${person.id}/invitation`, colleague.headers);
      expect(refused.statusCode).toBe(403);
    });
  });

  describe('PUT /api/v1/people/:id/administrator', () => {
    it('lets an administrator grant the capability, which the person has at once, and audits it', async () => {
      const { institution } = await institutionWithOwner();
      const person = await signedIn(institution.id);
      const response = await call('PUT', `/api/v1/people/${person.id}/administrator`, admin, {
        isAdministrator: true,
        version: 1,
      });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({ isAdministrator: true, version: 2 });
      const session = await call('GET', '/api/v1/auth/session', person.headers);
      expect(session.json().person.isAdministrator).toBe(true);
      const [audit] = await auditOf(person.id, 'person.administrator');
      expect(audit?.changes).toEqual({ isAdministrator: { before: false, after: true } });
    });

    it('refuses anyone who is not an administrator, even the state lead institution, with 403', async () => {
      const lead = await signedIn(stateId, [{ roleCode: 'R01', scopeId: stateId }]);
      const person = await make.person({ organisationId: stateId });
      const response = await call('PUT', `/api/v1/people/${person.id}/administrator`, lead.headers, {
        isAdministrator: true,
        version: 1,
      });
      expect(response.statusCode).toBe(403);
      const self = await call('PUT', `/api/v1/people/${lead.id}/administrator`, lead.headers, {
        isAdministrator: true,
        version: 1,
      });
      expect(self.statusCode).toBe(403);
    });

    it('refuses a stale version, and granting to a deactivated person, with 409', async () => {
      const person = await make.person({ organisationId: stateId, active: false });
      const stale = await call('PUT', `/api/v1/people/${person.id}/administrator`, admin, {
        isAdministrator: true,
        version: 3,
      });
      expect(stale.json()).toMatchObject({ status: 409, type: '/problems/stale-version' });
      const inactive = await call('PUT', `/api/v1/people/${person.id}/administrator`, admin, {
        isAdministrator: true,
        version: 1,
      });
      expect(inactive.json()).toMatchObject({ status: 409, type: '/problems/person-inactive' });
    });
  });
});

describe('the last administrator', () => {
  let fresh: Awaited<ReturnType<typeof createTestAppWithOutbox>>;
  beforeAll(async () => {
    fresh = await createTestAppWithOutbox();
  });
  afterAll(() => fresh.close());

  it('keeps the capability and stays active until another administrator exists', async () => {
    const build = builders(fresh.database);
    const state = (await build.state()).id;
    const only = await build.person({ organisationId: state, isAdministrator: true });
    const headers = await signIn(fresh.app, only.email);
    const put = (id: string, isAdministrator: boolean, version: number) =>
      fresh.app.inject({
        method: 'PUT',
        url: `/api/v1/people/${id}/administrator`,
        headers,
        payload: { isAdministrator, version },
      });

    const refused = await put(only.id, false, 1);
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ type: '/problems/last-administrator' });

    const other = await build.person({ organisationId: state });
    expect((await put(other.id, true, 1)).statusCode).toBe(200);
    const released = await put(only.id, false, 1);
    expect(released.statusCode).toBe(200);
    expect(released.json()).toMatchObject({ isAdministrator: false, version: 2 });

    const otherHeaders = await signIn(fresh.app, other.email);
    const last = await fresh.app.inject({
      method: 'PUT',
      url: `/api/v1/people/${other.id}/administrator`,
      headers: otherHeaders,
      payload: { isAdministrator: false, version: 2 },
    });
    expect(last.json()).toMatchObject({ status: 409, type: '/problems/last-administrator' });
  });
});
