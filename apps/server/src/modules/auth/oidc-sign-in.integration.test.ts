import { SESSION_COOKIE } from '@saimnieks/contracts/auth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builders } from '../../testing/builders.ts';
import { startOidcProvider, type TestOidcProvider } from '../../testing/oidc-provider.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';

const PUBLIC_URL = 'http://localhost:3000';
const REDIRECT_URI = `${PUBLIC_URL}/api/v1/auth/oidc/callback`;

let provider: TestOidcProvider;
let testApp: TestApp;
// ID tokens are checked against the real time, so this clock starts at it; tests move it forward.
let now = new Date();
const clock = { now: () => now };
let make: ReturnType<typeof builders>;
let stateId: string;

beforeAll(async () => {
  provider = await startOidcProvider({ redirectUri: REDIRECT_URI });
  testApp = await createTestApp({
    clock,
    config: {
      publicUrl: PUBLIC_URL,
      oidc: { issuer: provider.issuer, clientId: provider.clientId, clientSecret: provider.clientSecret },
    },
  });
  make = builders(testApp.database);
  stateId = (await make.state()).id;
});
afterAll(async () => {
  await testApp?.close();
  await provider?.close();
});

const inject = (url: string, cookie?: string) =>
  testApp.app.inject({ method: 'GET', url, headers: cookie ? { cookie } : {} });

/** Starts a sign-in in the app, as the browser does when the OIDC button is pressed. */
async function start() {
  const response = await inject('/api/v1/auth/oidc/start');
  expect(response.statusCode).toBe(302);
  const binding = response.cookies.find((cookie) => cookie.name === 'saimnieks_oidc');
  if (!binding) throw new Error('start set no binding cookie');
  return { location: String(response.headers.location), binding, browserCookie: `saimnieks_oidc=${binding.value}` };
}

/** The whole round: start, the provider's login and consent, and the callback in the same browser. */
async function signInThroughProvider(subject: string, options: { deny?: boolean } = {}) {
  const started = await start();
  const callback = await provider.signIn(started.location, subject, options);
  const response = await inject(`${callback.pathname}${callback.search}`, started.browserCookie);
  const session = response.cookies.find((cookie) => cookie.name === SESSION_COOKIE);
  return { response, callback, started, sessionCookie: session ? `${SESSION_COOKIE}=${session.value}` : undefined };
}

const whoAmI = (cookie: string) => inject('/api/v1/auth/session', cookie);
const oidcSubjectOf = async (personId: string) =>
  (
    await testApp.database.db
      .selectFrom('person')
      .select('oidc_subject')
      .where('id', '=', personId)
      .executeTakeFirstOrThrow()
  ).oidc_subject;
const auditActions = async (personId: string) =>
  (
    await testApp.database.db
      .selectFrom('audit_event')
      .select(['action', 'changes'])
      .where('entity_id', '=', personId)
      .orderBy('id')
      .execute()
  ).map((event) => ({ action: event.action, changes: event.changes }));

let subjects = 0;
const newSubject = () => `subject-${++subjects}-${Math.random().toString(36).slice(2, 8)}`;

describe('OpenID Connect sign-in', () => {
  describe('GET /api/v1/auth/methods', () => {
    it('offers the provider besides passwords, without signing in', async () => {
      const response = await inject('/api/v1/auth/methods');
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({ password: true, oidc: true });
    });
  });

  describe('GET /api/v1/auth/oidc/start', () => {
    it('redirects to the provider with state, nonce and a PKCE challenge, keeping the rest in an httpOnly cookie', async () => {
      const { location, binding } = await start();
      const url = new URL(location);
      expect(url.origin).toBe(provider.issuer);
      expect(Object.fromEntries(url.searchParams)).toMatchObject({
        client_id: provider.clientId,
        redirect_uri: REDIRECT_URI,
        response_type: 'code',
        scope: 'openid email',
        code_challenge_method: 'S256',
      });
      expect(url.searchParams.get('state')).toMatch(/^[\w-]{20,}$/);
      expect(url.searchParams.get('nonce')).toMatch(/^[\w-]{20,}$/);
      expect(url.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
      expect(url.searchParams.has('code_verifier')).toBe(false);
      expect(binding).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/api/v1/auth/oidc', maxAge: 600 });
    });
  });

  describe('GET /api/v1/auth/oidc/callback', () => {
    it('links a verified email the first time, opens a session and sends the browser to the app', async () => {
      const person = await make.person({ organisationId: stateId, roles: [{ roleCode: 'R01', scopeId: stateId }] });
      const subject = newSubject();
      provider.addAccount({ subject, email: person.email.toUpperCase(), emailVerified: true });

      const { response, sessionCookie } = await signInThroughProvider(subject);

      expect(response.statusCode).toBe(302);
      expect(response.headers.location).toBe('/');
      const cookie = response.cookies.find((candidate) => candidate.name === SESSION_COOKIE);
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
      const me = await whoAmI(sessionCookie ?? '');
      expect(me.statusCode).toBe(200);
      expect(me.json()).toMatchObject({
        person: { id: person.id, email: person.email },
        roles: [{ roleCode: 'R01', scopeId: stateId }],
      });
      expect(await oidcSubjectOf(person.id)).toBe(subject);
      expect(await auditActions(person.id)).toEqual([
        { action: 'person.link-oidc', changes: { oidcSubject: { before: null, after: subject } } },
        {
          action: 'session.open',
          changes: expect.objectContaining({ method: { before: null, after: 'oidc' } }),
        },
      ]);
      const sessions = await inject('/api/v1/auth/sessions', sessionCookie);
      expect(sessions.json().items).toEqual([expect.objectContaining({ method: 'oidc', current: true })]);
    });

    it('finds a linked person by subject next time, whatever email the provider now gives', async () => {
      const person = await make.person({ organisationId: stateId });
      const subject = newSubject();
      provider.addAccount({ subject, email: person.email, emailVerified: true });
      expect((await signInThroughProvider(subject)).response.headers.location).toBe('/');

      provider.addAccount({ subject, email: 'changed-at-the-provider@example.lv', emailVerified: false });
      const again = await signInThroughProvider(subject);
      expect(again.response.headers.location).toBe('/');
      expect((await whoAmI(again.sessionCookie ?? '')).json().person.id).toBe(person.id);
    });

    it('prefers the stored subject over a verified email that belongs to someone else', async () => {
      const linked = await make.person({ organisationId: stateId });
      const other = await make.person({ organisationId: stateId });
      const subject = newSubject();
      provider.addAccount({ subject, email: linked.email, emailVerified: true });
      await signInThroughProvider(subject);

      provider.addAccount({ subject, email: other.email, emailVerified: true });
      const { response, sessionCookie } = await signInThroughProvider(subject);
      expect(response.headers.location).toBe('/');
      expect((await whoAmI(sessionCookie ?? '')).json().person.id).toBe(linked.id);
      expect(await oidcSubjectOf(other.id)).toBeNull();
    });

    it('does not link an email the provider has not verified', async () => {
      const person = await make.person({ organisationId: stateId });
      const subject = newSubject();
      provider.addAccount({ subject, email: person.email, emailVerified: false });

      const { response, sessionCookie } = await signInThroughProvider(subject);

      expect(response.statusCode).toBe(302);
      expect(response.headers.location).toBe('/sign-in?error=oidc-not-linked');
      expect(sessionCookie).toBeUndefined();
      expect(await oidcSubjectOf(person.id)).toBeNull();
      expect(await auditActions(person.id)).toEqual([]);
    });

    it('refuses an identity whose email nobody has', async () => {
      const subject = newSubject();
      provider.addAccount({ subject, email: 'stranger@example.lv', emailVerified: true });
      const { response, sessionCookie } = await signInThroughProvider(subject);
      expect(response.headers.location).toBe('/sign-in?error=oidc-not-linked');
      expect(sessionCookie).toBeUndefined();
    });

    it('does not move a person linked to one identity to another with the same email', async () => {
      const person = await make.person({ organisationId: stateId });
      const first = newSubject();
      provider.addAccount({ subject: first, email: person.email, emailVerified: true });
      await signInThroughProvider(first);

      const second = newSubject();
      provider.addAccount({ subject: second, email: person.email, emailVerified: true });
      const { response } = await signInThroughProvider(second);
      expect(response.headers.location).toBe('/sign-in?error=oidc-not-linked');
      expect(await oidcSubjectOf(person.id)).toBe(first);
    });

    it('refuses a deactivated person, linked or not, and links nobody', async () => {
      const unlinked = await make.person({ organisationId: stateId, active: false });
      const subject = newSubject();
      provider.addAccount({ subject, email: unlinked.email, emailVerified: true });
      const byEmail = await signInThroughProvider(subject);
      expect(byEmail.response.headers.location).toBe('/sign-in?error=oidc-deactivated');
      expect(byEmail.sessionCookie).toBeUndefined();
      expect(await oidcSubjectOf(unlinked.id)).toBeNull();

      const linked = await make.person({ organisationId: stateId });
      const linkedSubject = newSubject();
      provider.addAccount({ subject: linkedSubject, email: linked.email, emailVerified: true });
      const { sessionCookie } = await signInThroughProvider(linkedSubject);
      await testApp.database.db.updateTable('person').set({ active: false }).where('id', '=', linked.id).execute();
      expect((await whoAmI(sessionCookie ?? '')).statusCode).toBe(401);
      const bySubject = await signInThroughProvider(linkedSubject);
      expect(bySubject.response.headers.location).toBe('/sign-in?error=oidc-deactivated');
      expect(bySubject.sessionCookie).toBeUndefined();
    });

    it('sends the person back to the sign-in page when they refuse consent at the provider', async () => {
      const person = await make.person({ organisationId: stateId });
      const subject = newSubject();
      provider.addAccount({ subject, email: person.email, emailVerified: true });
      const { response, callback, sessionCookie } = await signInThroughProvider(subject, { deny: true });
      expect(callback.searchParams.get('error')).toBe('access_denied');
      expect(response.headers.location).toBe('/sign-in?error=oidc-failed');
      expect(sessionCookie).toBeUndefined();
      expect(await oidcSubjectOf(person.id)).toBeNull();
    });

    it('accepts a callback only once and only in the browser that started the sign-in', async () => {
      const person = await make.person({ organisationId: stateId });
      const subject = newSubject();
      provider.addAccount({ subject, email: person.email, emailVerified: true });
      const started = await start();
      const callback = await provider.signIn(started.location, subject);
      const path = `${callback.pathname}${callback.search}`;

      const elsewhere = await inject(path);
      expect(elsewhere.headers.location).toBe('/sign-in?error=oidc-failed');
      expect(elsewhere.cookies.find((cookie) => cookie.name === SESSION_COOKIE)).toBeUndefined();

      const otherBrowser = await start();
      const foreign = await inject(path, otherBrowser.browserCookie);
      expect(foreign.headers.location).toBe('/sign-in?error=oidc-failed');

      expect((await inject(path, started.browserCookie)).headers.location).toBe('/');
      const replayed = await inject(path, started.browserCookie);
      expect(replayed.headers.location).toBe('/sign-in?error=oidc-failed');
      expect(replayed.cookies.find((cookie) => cookie.name === SESSION_COOKIE)).toBeUndefined();
    });

    it('refuses an answer whose state was changed on the way', async () => {
      const person = await make.person({ organisationId: stateId });
      const subject = newSubject();
      provider.addAccount({ subject, email: person.email, emailVerified: true });
      const started = await start();
      const callback = await provider.signIn(started.location, subject);
      callback.searchParams.set('state', 'forged-state');
      const response = await inject(`${callback.pathname}${callback.search}`, started.browserCookie);
      expect(response.headers.location).toBe('/sign-in?error=oidc-failed');
      expect(await oidcSubjectOf(person.id)).toBeNull();
    });

    it('refuses a sign-in that took longer than ten minutes', async () => {
      const person = await make.person({ organisationId: stateId });
      const subject = newSubject();
      provider.addAccount({ subject, email: person.email, emailVerified: true });
      const started = await start();
      const callback = await provider.signIn(started.location, subject);
      now = new Date(now.getTime() + 10 * 60_000);
      const response = await inject(`${callback.pathname}${callback.search}`, started.browserCookie);
      expect(response.headers.location).toBe('/sign-in?error=oidc-failed');
    });
  });
});

describe('OpenID Connect sign-in with the provider unreachable', () => {
  it('sends the browser back to the sign-in page saying so, and password sign-in stays offered', async () => {
    const unreachable = await createTestApp({
      config: { oidc: { issuer: 'http://127.0.0.1:9', clientId: 'saimnieks', clientSecret: 'secret' } },
    });
    try {
      const response = await unreachable.app.inject({ method: 'GET', url: '/api/v1/auth/oidc/start' });
      expect(response.statusCode).toBe(302);
      expect(response.headers.location).toBe('/sign-in?error=oidc-unavailable');
      const methods = await unreachable.app.inject({ method: 'GET', url: '/api/v1/auth/methods' });
      expect(methods.json()).toEqual({ password: true, oidc: true });
    } finally {
      await unreachable.close();
    }
  });
});
