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

const login = (email: string, password: string, address = '10.0.0.1') =>
  testApp.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email, password },
    remoteAddress: address,
  });
const session = (headers: Record<string, string>) =>
  testApp.app.inject({ method: 'GET', url: '/api/v1/auth/session', headers });

describe('sign-in', () => {
  describe('POST /api/v1/auth/login', () => {
    it('opens a session in an httpOnly, SameSite=Lax cookie and says who is signed in', async () => {
      const person = await make.person({ organisationId: stateId, roles: [{ roleCode: 'R01', scopeId: stateId }] });
      const response = await login(person.email.toUpperCase(), TEST_PASSWORD);
      expect(response.statusCode).toBe(200);
      const cookie = response.cookies.find((candidate) => candidate.name === 'saimnieks_session');
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
      expect(response.json()).toMatchObject({
        person: { id: person.id, email: person.email },
        roles: [{ roleCode: 'R01', scopeKind: 'organisation', scopeId: stateId }],
      });
      expect(response.json().csrfToken).toMatch(/^[\w-]{40,}$/);
    });

    it('answers a wrong password and an unknown email alike, with 401', async () => {
      const person = await make.person({ organisationId: stateId });
      const wrong = await login(person.email, 'not the right password');
      const unknown = await login('nobody@example.lv', TEST_PASSWORD);
      for (const response of [wrong, unknown]) {
        expect(response.statusCode).toBe(401);
        expect(response.json()).toMatchObject({ type: '/problems/sign-in-failed', status: 401 });
      }
    });

    it('refuses a deactivated person', async () => {
      const person = await make.person({ organisationId: stateId, active: false });
      expect((await login(person.email, TEST_PASSWORD)).statusCode).toBe(401);
    });

    it('refuses a malformed body naming the field', async () => {
      const response = await testApp.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: 'not-an-email', password: 'x' },
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().errors).toEqual([
        expect.objectContaining({ field: 'email', in: 'body', rule: 'invalid_format' }),
      ]);
    });

    it('blocks an account after five failures with 429 and Retry-After, even for the right password', async () => {
      const person = await make.person({ organisationId: stateId });
      for (let attempt = 1; attempt <= 5; attempt++) {
        expect((await login(person.email, 'wrong password here', `10.1.0.${attempt}`)).statusCode).toBe(401);
      }
      const blocked = await login(person.email, TEST_PASSWORD, '10.1.0.9');
      expect(blocked.statusCode).toBe(429);
      expect(blocked.headers['retry-after']).toBe('900');
      expect(blocked.json()).toMatchObject({ type: '/problems/too-many-attempts', status: 429 });

      now = new Date(now.getTime() + 15 * 60_000);
      expect((await login(person.email, TEST_PASSWORD, '10.1.0.9')).statusCode).toBe(200);
    });

    it('blocks an address after twenty failures across accounts', async () => {
      for (let attempt = 1; attempt <= 20; attempt++) {
        await login(`guess-${attempt}@example.lv`, 'wrong password here', '10.2.0.1');
      }
      const person = await make.person({ organisationId: stateId });
      expect((await login(person.email, TEST_PASSWORD, '10.2.0.1')).statusCode).toBe(429);
      expect((await login(person.email, TEST_PASSWORD, '10.2.0.2')).statusCode).toBe(200);
    });
  });

  describe('GET /api/v1/auth/session', () => {
    it('answers 401 without a session', async () => {
      const response = await session({});
      expect(response.statusCode).toBe(401);
      expect(response.json()).toMatchObject({ type: '/problems/unauthenticated' });
    });

    it('ends a session idle for 30 minutes', async () => {
      const person = await make.person({ organisationId: stateId });
      const headers = await signIn(testApp.app, person.email);
      now = new Date(now.getTime() + 29 * 60_000);
      expect((await session(headers)).statusCode).toBe(200);
      now = new Date(now.getTime() + 30 * 60_000);
      expect((await session(headers)).statusCode).toBe(401);
    });

    it('ends an active session after 12 hours', async () => {
      const person = await make.person({ organisationId: stateId });
      const headers = await signIn(testApp.app, person.email);
      for (let minutes = 20; minutes < 12 * 60; minutes += 20) {
        now = new Date(now.getTime() + 20 * 60_000);
        expect((await session(headers)).statusCode).toBe(200);
      }
      now = new Date(now.getTime() + 20 * 60_000);
      expect((await session(headers)).statusCode).toBe(401);
    });
  });

  describe('GET /api/v1/auth/methods', () => {
    it('offers only passwords when no OpenID Connect provider is configured, and the provider routes are not found', async () => {
      const methods = await testApp.app.inject({ method: 'GET', url: '/api/v1/auth/methods' });
      expect(methods.statusCode).toBe(200);
      expect(methods.json()).toEqual({ password: true, oidc: false });
      for (const url of ['/api/v1/auth/oidc/start', '/api/v1/auth/oidc/callback?code=x&state=y']) {
        const response = await testApp.app.inject({ method: 'GET', url });
        expect(response.statusCode).toBe(404);
        expect(response.json()).toMatchObject({ type: '/problems/oidc-not-configured' });
      }
    });
  });

  describe('POST /api/v1/auth/logout', () => {
    it('refuses a cookie-authenticated change without the CSRF header', async () => {
      const person = await make.person({ organisationId: stateId });
      const { cookie } = await signIn(testApp.app, person.email);
      const response = await testApp.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie } });
      expect(response.statusCode).toBe(403);
      expect(response.json()).toMatchObject({ type: '/problems/csrf' });
      expect((await session({ cookie })).statusCode).toBe(200);
    });

    it('ends the session and records it in the audit trail', async () => {
      const person = await make.person({ organisationId: stateId });
      const headers = await signIn(testApp.app, person.email);
      const response = await testApp.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers });
      expect(response.statusCode).toBe(204);
      expect((await session(headers)).statusCode).toBe(401);
      const events = await testApp.database.db
        .selectFrom('audit_event')
        .select(['action', 'actor_label', 'address'])
        .where('entity_id', '=', person.id)
        .orderBy('id')
        .execute();
      expect(events.map((event) => event.action)).toEqual(['session.open', 'session.close']);
      const opened = await testApp.database.db
        .selectFrom('audit_event')
        .select('changes')
        .where('entity_id', '=', person.id)
        .where('action', '=', 'session.open')
        .executeTakeFirstOrThrow();
      expect(opened.changes).toMatchObject({ method: { before: null, after: 'password' } });
    });
  });
});
