import { randomUUID } from 'node:crypto';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareDatabase } from '../../bootstrap.ts';
import { hashSecret } from '../../platform/auth/secrets.ts';
import { systemClock } from '../../platform/clock.ts';
import { builders, createTestAppWithOutbox, signIn, TEST_PASSWORD } from '../../testing/builders.ts';

let now = new Date('2026-12-01T08:00:00Z');
const clock = { now: () => now };
const advance = (minutes: number) => {
  now = new Date(now.getTime() + minutes * 60_000);
};

let testApp: Awaited<ReturnType<typeof createTestAppWithOutbox>>;
let make: ReturnType<typeof builders>;
let stateId: string;
let administratorEmail: string;

beforeAll(async () => {
  testApp = await createTestAppWithOutbox({ clock });
  make = builders(testApp.database);
  stateId = (await make.state()).id;
  administratorEmail = (await make.person({ organisationId: stateId, isAdministrator: true })).email;
});
afterAll(() => testApp.close());

const NEW_PASSWORD = 'Dzērvenes-purvā-zied-42';

const post = (url: string, payload: object, headers: Record<string, string> = {}) =>
  testApp.app.inject({ method: 'POST', url, headers, payload });
const setPassword = (token: string, password = NEW_PASSWORD) => post('/api/v1/auth/password', { token, password });
const requestReset = (email: string) => post('/api/v1/auth/password-reset', { email });
const login = (email: string, password: string) => post('/api/v1/auth/login', { email, password });
const session = (headers: Record<string, string>) =>
  testApp.app.inject({ method: 'GET', url: '/api/v1/auth/session', headers });

/** Invites a person through the API, signed in as an administrator (a fresh session: the clock moves). */
async function invite(name = 'Līga Kalniņa') {
  const email = `liga-${randomUUID().slice(0, 8)}@example.lv`;
  const response = await post(
    '/api/v1/people',
    { name, email, organisationId: stateId },
    await signIn(testApp.app, administratorEmail),
  );
  expect(response.statusCode).toBe(201);
  return { id: response.json().id as string, email, token: testApp.outbox.lastToken(email) };
}

describe('password links', () => {
  describe('POST /api/v1/auth/password', () => {
    it('sets the password of an invited person, who can then sign in; the audit keeps no password', async () => {
      const person = await invite();
      expect((await login(person.email, NEW_PASSWORD)).statusCode).toBe(401);
      const response = await setPassword(person.token);
      expect(response.statusCode).toBe(204);
      const signedIn = await login(person.email, NEW_PASSWORD);
      expect(signedIn.statusCode).toBe(200);
      expect(signedIn.json().person).toMatchObject({ id: person.id, email: person.email });

      const audit = await testApp.database.db
        .selectFrom('audit_event')
        .select(['actor_kind', 'actor_id', 'changes'])
        .where('entity_id', '=', person.id)
        .where('action', '=', 'person.password-set')
        .executeTakeFirstOrThrow();
      expect(audit).toMatchObject({ actor_kind: 'person', actor_id: person.id });
      expect(audit.changes).toEqual({
        passwordSet: { before: false, after: true },
        link: { before: null, after: 'invitation' },
      });
      expect(JSON.stringify(audit.changes)).not.toMatch(/argon2|Dzērvenes/);
    });

    it('refuses a link used once already with 410', async () => {
      const person = await invite();
      expect((await setPassword(person.token)).statusCode).toBe(204);
      const again = await setPassword(person.token, 'Cits-garš-teikums-par-jūru');
      expect(again.statusCode).toBe(410);
      expect(again.json()).toMatchObject({ type: '/problems/link-used', status: 410 });
      expect((await login(person.email, 'Cits-garš-teikums-par-jūru')).statusCode).toBe(401);
    });

    it('refuses an invitation link older than 7 days with 410', async () => {
      const person = await invite();
      advance(7 * 24 * 60 + 1);
      const response = await setPassword(person.token);
      expect(response.statusCode).toBe(410);
      expect(response.json()).toMatchObject({ type: '/problems/link-expired' });
    });

    it('refuses a token the server never issued with 400 naming the field', async () => {
      const response = await setPassword('a'.repeat(43));
      expect(response.statusCode).toBe(400);
      expect(response.json().errors).toEqual([
        expect.objectContaining({ field: 'token', in: 'body', rule: 'unknown_token' }),
      ]);
    });

    it('refuses a password that breaks a rule, naming it, and the link keeps working', async () => {
      const person = await invite('Kristaps Vītoliņš');
      const cases = [
        { password: 'īss', rule: 'too_short' },
        { password: 'password1234', rule: 'common_password' },
        { password: 'Kristaps-mīl-rudeni', rule: 'contains_personal_data' },
      ];
      for (const { password, rule } of cases) {
        const response = await setPassword(person.token, password);
        expect(response.statusCode).toBe(400);
        expect(response.json().errors).toEqual([expect.objectContaining({ field: 'password', rule })]);
      }
      expect((await setPassword(person.token)).statusCode).toBe(204);
    });

    it('refuses the link of a person deactivated meanwhile', async () => {
      const person = await invite();
      const deactivated = await post(
        `/api/v1/people/${person.id}/deactivate`,
        { version: 1 },
        await signIn(testApp.app, administratorEmail),
      );
      expect(deactivated.statusCode).toBe(200);
      expect((await setPassword(person.token)).statusCode).toBe(410);
      expect((await login(person.email, NEW_PASSWORD)).statusCode).toBe(401);
    });
  });

  describe('POST /api/v1/auth/password-reset', () => {
    it('mails a reset link; the new password works, the old one and every open session do not', async () => {
      const person = await make.person({ organisationId: stateId });
      const before = await signIn(testApp.app, person.email);
      const response = await requestReset(person.email.toUpperCase());
      expect(response.statusCode).toBe(202);
      const [message] = testApp.outbox.to(person.email);
      expect(message?.subject).toContain('Paroles atjaunošana');
      expect(message?.link).toMatch(new RegExp(`^${testApp.publicUrl}/set-password#token=`));

      expect((await setPassword(testApp.outbox.lastToken(person.email))).statusCode).toBe(204);
      expect((await session(before)).statusCode).toBe(401);
      expect((await login(person.email, TEST_PASSWORD)).statusCode).toBe(401);
      expect((await login(person.email, NEW_PASSWORD)).statusCode).toBe(200);
    });

    it('keeps the session that sets the password when it is the person’s own', async () => {
      const person = await make.person({ organisationId: stateId });
      const other = await signIn(testApp.app, person.email);
      const current = await signIn(testApp.app, person.email);
      await requestReset(person.email);
      const response = await post(
        '/api/v1/auth/password',
        { token: testApp.outbox.lastToken(person.email), password: NEW_PASSWORD },
        current,
      );
      expect(response.statusCode).toBe(204);
      expect((await session(current)).statusCode).toBe(200);
      expect((await session(other)).statusCode).toBe(401);
    });

    it('answers 202 for an unknown email and a deactivated person, and sends nothing', async () => {
      const sent = testApp.outbox.messages.length;
      const inactive = await make.person({ organisationId: stateId, active: false });
      expect((await requestReset('neviens@example.lv')).statusCode).toBe(202);
      expect((await requestReset(inactive.email)).statusCode).toBe(202);
      expect(testApp.outbox.messages.length).toBe(sent);
    });

    it('sends at most three links an hour to one account, answering 202 all the same', async () => {
      const person = await make.person({ organisationId: stateId });
      for (let attempt = 1; attempt <= 5; attempt++) {
        expect((await requestReset(person.email)).statusCode).toBe(202);
      }
      expect(testApp.outbox.to(person.email)).toHaveLength(3);
      advance(61);
      await requestReset(person.email);
      expect(testApp.outbox.to(person.email)).toHaveLength(4);
    });

    it('makes links that work for an hour only', async () => {
      const person = await make.person({ organisationId: stateId });
      await requestReset(person.email);
      advance(61);
      const response = await setPassword(testApp.outbox.lastToken(person.email));
      expect(response.statusCode).toBe(410);
      expect(response.json()).toMatchObject({ type: '/problems/link-expired' });
      expect((await login(person.email, TEST_PASSWORD)).statusCode).toBe(200);
    });

    it('voids older links once a password is set', async () => {
      const person = await make.person({ organisationId: stateId });
      await requestReset(person.email);
      const first = testApp.outbox.lastToken(person.email);
      await requestReset(person.email);
      expect((await setPassword(testApp.outbox.lastToken(person.email))).statusCode).toBe(204);
      expect((await setPassword(first, 'Vēl-cita-gara-frāze-99')).statusCode).toBe(410);
    });

    it('refuses a malformed email naming the field', async () => {
      const response = await requestReset('nav e-pasts');
      expect(response.statusCode).toBe(400);
      expect(response.json().errors).toEqual([expect.objectContaining({ field: 'email', rule: 'invalid_format' })]);
    });
  });
});

describe('first administrator setup', () => {
  let fresh: Awaited<ReturnType<typeof createTestAppWithOutbox>>;
  beforeAll(async () => {
    fresh = await createTestAppWithOutbox();
  });
  afterAll(() => fresh.close());

  const setup = (token: string, overrides: object = {}) =>
    fresh.app.inject({
      method: 'POST',
      url: '/api/v1/auth/setup',
      payload: { token, name: 'Ilze Priede', email: 'ilze.priede@vk.gov.lv', password: NEW_PASSWORD, ...overrides },
    });

  it('prints a setup link at the first start; it creates the first administrator once', async () => {
    const lines = fresh.startLog.filter((line) => String(line.msg).includes('/setup#token='));
    expect(lines).toHaveLength(1);
    const link = String(lines[0]?.setupLink);
    expect(link).toMatch(new RegExp(`^${fresh.publicUrl}/setup#token=[\\w-]{40,}$`));
    const token = link.split('#token=')[1] ?? '';

    // A setup link is not a password link.
    const wrongPlace = await fresh.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      payload: { token, password: NEW_PASSWORD },
    });
    expect(wrongPlace.statusCode).toBe(400);
    const weak = await setup(token, { password: 'priede-ilze-123' });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().errors).toEqual([expect.objectContaining({ field: 'password' })]);

    const created = await setup(token);
    expect(created.statusCode).toBe(201);
    const state = await builders(fresh.database).state();
    expect(created.json()).toMatchObject({
      name: 'Ilze Priede',
      email: 'ilze.priede@vk.gov.lv',
      organisationId: state.id,
      isAdministrator: true,
      active: true,
      passwordSet: true,
    });
    const signedIn = await fresh.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'ilze.priede@vk.gov.lv', password: NEW_PASSWORD },
    });
    expect(signedIn.json().person).toMatchObject({ isAdministrator: true });

    const reused = await setup(token, { email: 'otrs@vk.gov.lv' });
    expect(reused.statusCode).toBe(410);
    expect(reused.json()).toMatchObject({ type: '/problems/link-used' });
    const audit = await fresh.database.db
      .selectFrom('audit_event')
      .select(['actor_kind', 'changes'])
      .where('entity_id', '=', created.json().id)
      .where('action', '=', 'person.create')
      .executeTakeFirstOrThrow();
    expect(audit.changes).toMatchObject({ isAdministrator: { before: null, after: true } });
    expect(JSON.stringify(audit.changes)).not.toMatch(/argon2|Dzērvenes/);
  });

  it('prints no link at the next start once somebody exists, and refuses any earlier link with 409', async () => {
    const lines: string[] = [];
    const log = pino({ level: 'info' }, { write: (line: string) => lines.push(line) });
    await prepareDatabase(fresh.database, log, { clock: systemClock, admin: undefined, publicUrl: fresh.publicUrl });
    expect(lines.join('')).not.toContain('/setup#token=');

    // A link from an earlier start, still unexpired, that nobody used.
    const earlier = 's'.repeat(43);
    await fresh.database.db
      .insertInto('one_time_token')
      .values({
        token_hash: hashSecret(earlier),
        purpose: 'setup',
        person_id: null,
        created_at: new Date(),
        expires_at: new Date(Date.now() + 3_600_000),
      })
      .execute();
    const response = await setup(earlier, { email: 'tresais@vk.gov.lv' });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ type: '/problems/setup-done' });
  });
});
