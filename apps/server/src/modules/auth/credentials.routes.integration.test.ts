import { createHash } from 'node:crypto';
import { CSRF_HEADER, SESSION_COOKIE } from '@saimnieks/contracts/auth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builders, signIn, TEST_PASSWORD } from '../../testing/builders.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';

let testApp: TestApp;
let now = new Date('2026-11-27T08:00:00Z');
const clock = { now: () => now };
let make: ReturnType<typeof builders>;
let stateId: string;

beforeAll(async () => {
  testApp = await createTestApp({ clock });
  make = builders(testApp.database);
  stateId = (await make.state()).id;
});
afterAll(() => testApp.close());

type Headers = Record<string, string>;
type Method = 'GET' | 'POST' | 'DELETE';
const request = (method: Method, url: string, headers: Headers = {}, payload?: object) =>
  testApp.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });
const bearer = (secret: string) => ({ authorization: `Bearer ${secret}` });
const minutes = (count: number) => {
  now = new Date(now.getTime() + count * 60_000);
};

async function signedIn(options: { isAdministrator?: boolean } = {}) {
  const person = await make.person({ organisationId: stateId, ...options });
  return { person, headers: await signIn(testApp.app, person.email) };
}

async function createToken(headers: Headers, body: object = { name: 'Skripts' }) {
  const response = await request('POST', '/api/v1/auth/tokens', headers, body);
  if (response.statusCode !== 201) throw new Error(`token not created: ${response.statusCode} ${response.body}`);
  return response.json() as { id: string; secret: string; expiresAt: string };
}

const auditOf = async (entityId: string) =>
  (
    await testApp.database.db
      .selectFrom('audit_event')
      .select(['action', 'actor_kind', 'actor_id', 'changes'])
      .where('entity_id', '=', entityId)
      .orderBy('id')
      .execute()
  ).map((event) => ({ ...event }));

describe('personal API tokens', () => {
  describe('POST /api/v1/auth/tokens', () => {
    it('shows a recognisable secret once, stores only its hash, and expires in 90 days by default', async () => {
      const { person, headers } = await signedIn();
      const response = await request('POST', '/api/v1/auth/tokens', headers, { name: '  Atskaišu skripts ' });

      expect(response.statusCode).toBe(201);
      const created = response.json();
      expect(created).toEqual({
        id: expect.any(String),
        name: 'Atskaišu skripts',
        secret: expect.stringMatching(/^smn_[\w-]{43}$/),
        createdAt: now.toISOString(),
        expiresAt: new Date(now.getTime() + 90 * 86_400_000).toISOString(),
        lastUsedAt: null,
        revokedAt: null,
      });
      const stored = await testApp.database.db
        .selectFrom('api_token')
        .selectAll()
        .where('id', '=', created.id)
        .executeTakeFirstOrThrow();
      expect(stored.token_hash).toBe(createHash('sha256').update(created.secret).digest('hex'));
      expect(JSON.stringify(stored)).not.toContain(created.secret);

      const listed = await request('GET', '/api/v1/auth/tokens', headers);
      const { secret, ...withoutSecret } = created;
      expect(listed.json().items).toEqual([withoutSecret]);
      expect(listed.body).not.toContain(secret);
      expect(await auditOf(created.id)).toEqual([
        {
          action: 'api-token.create',
          actor_kind: 'person',
          actor_id: person.id,
          changes: {
            personId: { before: null, after: person.id },
            name: { before: null, after: 'Atskaišu skripts' },
            expiresAt: { before: null, after: created.expiresAt },
          },
        },
      ]);
    });

    it('takes a lifetime from 1 to 365 days and refuses others naming the field', async () => {
      const { headers } = await signedIn();
      const week = await createToken(headers, { name: 'Nedēļai', expiresInDays: 7 });
      expect(week.expiresAt).toBe(new Date(now.getTime() + 7 * 86_400_000).toISOString());

      for (const [body, field, rule] of [
        [{ name: 'x', expiresInDays: 0 }, 'expiresInDays', 'too_small'],
        [{ name: 'x', expiresInDays: 366 }, 'expiresInDays', 'too_big'],
        [{ name: 'x', expiresInDays: 1.5 }, 'expiresInDays', 'invalid_type'],
        [{ name: '   ' }, 'name', 'too_small'],
        [{ name: 'x'.repeat(101) }, 'name', 'too_big'],
        [{}, 'name', 'invalid_type'],
      ] as const) {
        const response = await request('POST', '/api/v1/auth/tokens', headers, body);
        expect(response.statusCode).toBe(400);
        expect(response.json().errors).toEqual([expect.objectContaining({ field, in: 'body', rule })]);
      }
    });

    it('refuses more than 20 usable tokens with 409, counting neither revoked nor expired ones', async () => {
      const { person, headers } = await signedIn();
      const first = await createToken(headers, { name: 'Pirmā', expiresInDays: 1 });
      for (let i = 2; i <= 20; i++) await createToken(headers, { name: `Pilnvara ${i}` });
      const refused = await request('POST', '/api/v1/auth/tokens', headers, { name: 'Viena par daudz' });
      expect(refused.statusCode).toBe(409);
      expect(refused.json()).toMatchObject({ type: '/problems/too-many-tokens' });

      expect((await request('DELETE', `/api/v1/auth/tokens/${first.id}`, headers)).statusCode).toBe(204);
      await createToken(headers, { name: 'Vietā', expiresInDays: 1 });
      minutes(24 * 60);
      const fresh = await signIn(testApp.app, person.email);
      expect((await request('POST', '/api/v1/auth/tokens', fresh, { name: 'Pēc termiņa' })).statusCode).toBe(201);
    });

    it('needs the CSRF header with the session cookie, and a signed-in person', async () => {
      const { headers } = await signedIn();
      const withoutCsrf = await request('POST', '/api/v1/auth/tokens', { cookie: headers.cookie ?? '' }, { name: 'x' });
      expect(withoutCsrf.statusCode).toBe(403);
      expect(withoutCsrf.json()).toMatchObject({ type: '/problems/csrf' });
      const anonymous = await request('POST', '/api/v1/auth/tokens', {}, { name: 'x' });
      expect(anonymous.statusCode).toBe(401);
      expect(anonymous.json()).toMatchObject({ type: '/problems/unauthenticated' });
    });
  });

  describe('Authorization: Bearer', () => {
    it('signs the request in as the token owner, without a CSRF header, and audits changes as the token', async () => {
      const { person, headers } = await signedIn({ isAdministrator: true });
      const token = await createToken(headers);

      const me = await request('GET', '/api/v1/auth/session', bearer(token.secret));
      expect(me.statusCode).toBe(200);
      expect(me.json()).toMatchObject({ person: { id: person.id }, csrfToken: null });

      const created = await request('POST', '/api/v1/organisations', bearer(token.secret), {
        kind: 'sector',
        parentId: stateId,
        names: { lv: 'Ar pilnvaru izveidota nozare', en: null },
      });
      expect(created.statusCode).toBe(201);
      expect(await auditOf(created.json().id)).toEqual([
        expect.objectContaining({ action: 'organisation.create', actor_kind: 'token', actor_id: person.id }),
      ]);
      const stored = await testApp.database.db
        .selectFrom('audit_event')
        .select('actor_label')
        .where('entity_id', '=', created.json().id)
        .executeTakeFirstOrThrow();
      expect(stored.actor_label).toBeTruthy();
    });

    it('answers 401 for an unknown, malformed or foreign-scheme credential, even beside a valid cookie', async () => {
      const { headers } = await signedIn();
      const token = await createToken(headers);
      for (const authorization of [
        'Bearer smn_not-a-real-token',
        `Bearer ${token.secret.slice(0, -1)}`,
        `Bearer ${token.secret.slice(4)}`,
        'Bearer',
        `Basic ${Buffer.from('a:b').toString('base64')}`,
      ]) {
        const response = await request('GET', '/api/v1/auth/session', { authorization, cookie: headers.cookie ?? '' });
        expect(response.statusCode).toBe(401);
      }
      expect(
        (await request('GET', '/api/v1/auth/session', { authorization: `bearer  ${token.secret}` })).statusCode,
      ).toBe(200);
    });

    it('stops working once revoked, and revoking again changes nothing', async () => {
      const { headers } = await signedIn();
      const token = await createToken(headers);
      expect((await request('GET', '/api/v1/auth/session', bearer(token.secret))).statusCode).toBe(200);

      const revoked = await request('DELETE', `/api/v1/auth/tokens/${token.id}`, headers);
      expect(revoked.statusCode).toBe(204);
      expect((await request('GET', '/api/v1/auth/session', bearer(token.secret))).statusCode).toBe(401);
      const listed = (await request('GET', '/api/v1/auth/tokens', headers)).json().items;
      expect(listed).toEqual([expect.objectContaining({ id: token.id, revokedAt: now.toISOString() })]);

      minutes(1);
      expect((await request('DELETE', `/api/v1/auth/tokens/${token.id}`, headers)).statusCode).toBe(204);
      expect((await request('GET', '/api/v1/auth/tokens', headers)).json().items[0].revokedAt).toBe(
        listed[0].revokedAt,
      );
      expect((await auditOf(token.id)).map((event) => event.action)).toEqual(['api-token.create', 'api-token.revoke']);
    });

    it('stops working when it expires', async () => {
      const { headers } = await signedIn();
      const token = await createToken(headers, { name: 'Īslaicīga', expiresInDays: 1 });
      minutes(24 * 60 - 1);
      expect((await request('GET', '/api/v1/auth/session', bearer(token.secret))).statusCode).toBe(200);
      minutes(1);
      const expired = await request('GET', '/api/v1/auth/session', bearer(token.secret));
      expect(expired.statusCode).toBe(401);
      expect(expired.json()).toMatchObject({ type: '/problems/unauthenticated' });
    });

    it('stops working when its person is deactivated', async () => {
      const { person, headers } = await signedIn();
      const token = await createToken(headers);
      await testApp.database.db.updateTable('person').set({ active: false }).where('id', '=', person.id).execute();
      expect((await request('GET', '/api/v1/auth/session', bearer(token.secret))).statusCode).toBe(401);
    });

    it('records when it was last used, at most once a minute', async () => {
      const { headers } = await signedIn();
      const token = await createToken(headers);
      const lastUsed = async () => (await request('GET', '/api/v1/auth/tokens', headers)).json().items[0].lastUsedAt;

      const firstUse = now.toISOString();
      await request('GET', '/api/v1/auth/session', bearer(token.secret));
      expect(await lastUsed()).toBe(firstUse);
      minutes(0.5);
      await request('GET', '/api/v1/auth/session', bearer(token.secret));
      expect(await lastUsed()).toBe(firstUse);
      minutes(0.5);
      await request('GET', '/api/v1/auth/session', bearer(token.secret));
      expect(await lastUsed()).toBe(now.toISOString());
    });

    it('cannot list, create or revoke tokens, nor list or end sessions', async () => {
      const { headers } = await signedIn();
      const token = await createToken(headers);
      const sessionId = (await request('GET', '/api/v1/auth/sessions', headers)).json().items[0].id;
      for (const [method, url, body] of [
        ['GET', '/api/v1/auth/tokens'],
        ['POST', '/api/v1/auth/tokens', { name: 'Vēl viena' }],
        ['DELETE', `/api/v1/auth/tokens/${token.id}`],
        ['GET', '/api/v1/auth/sessions'],
        ['DELETE', `/api/v1/auth/sessions/${sessionId}`],
      ] as const) {
        const response = await request(method, url, bearer(token.secret), body);
        expect(response.statusCode).toBe(403);
        expect(response.json()).toMatchObject({ type: '/problems/token-not-allowed' });
      }
      expect((await request('GET', '/api/v1/auth/session', bearer(token.secret))).statusCode).toBe(200);
      expect((await request('GET', '/api/v1/auth/session', headers)).statusCode).toBe(200);
      expect((await request('GET', '/api/v1/auth/tokens', headers)).json().items).toHaveLength(1);
    });
  });

  describe('GET and DELETE /api/v1/auth/tokens', () => {
    it("lists only the person's own tokens, newest first", async () => {
      const { headers } = await signedIn();
      const older = await createToken(headers, { name: 'Vecākā' });
      minutes(1);
      const newer = await createToken(headers, { name: 'Jaunākā' });
      const someoneElse = await signedIn();
      await createToken(someoneElse.headers, { name: 'Sveša' });

      const listed = await request('GET', '/api/v1/auth/tokens', headers);
      expect(listed.statusCode).toBe(200);
      expect(listed.json().items.map((token: { id: string }) => token.id)).toEqual([newer.id, older.id]);
    });

    it("answers 404 for another person's token and leaves it working", async () => {
      const owner = await signedIn();
      const token = await createToken(owner.headers);
      const { headers } = await signedIn({ isAdministrator: true });

      const response = await request('DELETE', `/api/v1/auth/tokens/${token.id}`, headers);
      expect(response.statusCode).toBe(404);
      expect(response.json()).toMatchObject({ type: '/problems/not-found' });
      expect((await request('GET', '/api/v1/auth/session', bearer(token.secret))).statusCode).toBe(200);
      expect(
        (await request('DELETE', '/api/v1/auth/tokens/00000000-0000-4000-8000-000000000000', headers)).statusCode,
      ).toBe(404);
    });

    it('answers 401 without sign-in and 400 for an id that is not a UUID', async () => {
      expect((await request('GET', '/api/v1/auth/tokens')).statusCode).toBe(401);
      expect((await request('DELETE', '/api/v1/auth/tokens/00000000-0000-4000-8000-000000000000')).statusCode).toBe(
        401,
      );
      const { headers } = await signedIn();
      const malformed = await request('DELETE', '/api/v1/auth/tokens/not-an-id', headers);
      expect(malformed.statusCode).toBe(400);
      expect(malformed.json().errors).toEqual([expect.objectContaining({ field: 'id', in: 'params' })]);
    });
  });
});

describe('my sessions', () => {
  const login = async (email: string, userAgent: string, address: string) => {
    const response = await testApp.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email, password: TEST_PASSWORD },
      headers: { 'user-agent': userAgent },
      remoteAddress: address,
    });
    const cookie = response.cookies.find((candidate) => candidate.name === SESSION_COOKIE);
    return { cookie: `${SESSION_COOKIE}=${cookie?.value}`, [CSRF_HEADER]: response.json().csrfToken as string };
  };
  const sessionsOf = async (headers: Headers) => (await request('GET', '/api/v1/auth/sessions', headers)).json().items;

  describe('GET /api/v1/auth/sessions', () => {
    it('lists my open sessions, marking the current one, with when, where from and in what', async () => {
      const person = await make.person({ organisationId: stateId });
      const laptop = await login(person.email, 'Firefox uz klēpjdatora', '10.9.0.1');
      const openedAt = now;
      minutes(5);
      const phone = await login(person.email, 'Safari uz tālruņa', '10.9.0.2');
      const someoneElse = await make.person({ organisationId: stateId });
      await login(someoneElse.email, 'Cits', '10.9.0.3');

      const response = await request('GET', '/api/v1/auth/sessions', phone);
      expect(response.statusCode).toBe(200);
      expect(response.json().items).toEqual([
        {
          id: expect.any(String),
          method: 'password',
          createdAt: now.toISOString(),
          lastSeenAt: now.toISOString(),
          expiresAt: new Date(now.getTime() + 30 * 60_000).toISOString(),
          address: '10.9.0.2',
          userAgent: 'Safari uz tālruņa',
          current: true,
        },
        {
          id: expect.any(String),
          method: 'password',
          createdAt: openedAt.toISOString(),
          lastSeenAt: openedAt.toISOString(),
          expiresAt: new Date(openedAt.getTime() + 30 * 60_000).toISOString(),
          address: '10.9.0.1',
          userAgent: 'Firefox uz klēpjdatora',
          current: false,
        },
      ]);
      expect(response.body).not.toContain(phone[CSRF_HEADER]);
      expect((await sessionsOf(laptop)).map((session: { current: boolean }) => session.current)).toEqual([false, true]);
    });

    it('leaves out sessions signed out of or idle past the limit', async () => {
      const person = await make.person({ organisationId: stateId });
      const idle = await login(person.email, 'Aizmirsts', '10.9.1.1');
      const signedOut = await login(person.email, 'Izrakstījies', '10.9.1.2');
      await request('POST', '/api/v1/auth/logout', signedOut);
      minutes(20);
      const active = await login(person.email, 'Aktīvs', '10.9.1.3');
      minutes(10);
      expect((await request('GET', '/api/v1/auth/session', idle)).statusCode).toBe(401);
      expect((await sessionsOf(active)).map((session: { userAgent: string }) => session.userAgent)).toEqual(['Aktīvs']);
    });

    it('answers 401 without sign-in', async () => {
      expect((await request('GET', '/api/v1/auth/sessions')).statusCode).toBe(401);
    });
  });

  describe('DELETE /api/v1/auth/sessions/{id}', () => {
    it('ends another of my sessions and records it in the audit trail', async () => {
      const person = await make.person({ organisationId: stateId });
      const lost = await login(person.email, 'Pazaudēts tālrunis', '10.9.2.1');
      const here = await login(person.email, 'Šeit', '10.9.2.2');
      const lostId = (await sessionsOf(here)).find((session: { current: boolean }) => !session.current).id;

      const response = await request('DELETE', `/api/v1/auth/sessions/${lostId}`, here);
      expect(response.statusCode).toBe(204);
      expect(response.cookies).toEqual([]);
      expect((await request('GET', '/api/v1/auth/session', lost)).statusCode).toBe(401);
      expect((await request('GET', '/api/v1/auth/session', here)).statusCode).toBe(200);
      expect(await sessionsOf(here)).toHaveLength(1);
      expect(await auditOf(lostId)).toEqual([
        {
          action: 'session.revoke',
          actor_kind: 'person',
          actor_id: person.id,
          changes: { revokedAt: { before: null, after: now.toISOString() } },
        },
      ]);
      expect((await request('DELETE', `/api/v1/auth/sessions/${lostId}`, here)).statusCode).toBe(404);
    });

    it('ends the current session and clears its cookie', async () => {
      const person = await make.person({ organisationId: stateId });
      const here = await login(person.email, 'Šeit', '10.9.3.1');
      const [current] = await sessionsOf(here);
      const response = await request('DELETE', `/api/v1/auth/sessions/${current.id}`, here);
      expect(response.statusCode).toBe(204);
      expect(response.cookies).toEqual([expect.objectContaining({ name: SESSION_COOKIE, value: '' })]);
      expect((await request('GET', '/api/v1/auth/session', here)).statusCode).toBe(401);
    });

    it("answers 404 for another person's session and leaves it open", async () => {
      const owner = await make.person({ organisationId: stateId });
      const ownerSession = await login(owner.email, 'Īpašnieks', '10.9.4.1');
      const [theirs] = await sessionsOf(ownerSession);
      const { headers } = await signedIn({ isAdministrator: true });

      const response = await request('DELETE', `/api/v1/auth/sessions/${theirs.id}`, headers);
      expect(response.statusCode).toBe(404);
      expect(response.json()).toMatchObject({ type: '/problems/not-found' });
      expect((await request('GET', '/api/v1/auth/session', ownerSession)).statusCode).toBe(200);
    });

    it('needs the CSRF header and a signed-in person', async () => {
      const person = await make.person({ organisationId: stateId });
      const here = await login(person.email, 'Šeit', '10.9.5.1');
      const [current] = await sessionsOf(here);
      const withoutCsrf = await request('DELETE', `/api/v1/auth/sessions/${current.id}`, { cookie: here.cookie ?? '' });
      expect(withoutCsrf.statusCode).toBe(403);
      expect((await request('DELETE', `/api/v1/auth/sessions/${current.id}`)).statusCode).toBe(401);
      expect((await request('GET', '/api/v1/auth/session', here)).statusCode).toBe(200);
    });
  });
});
