import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Clock } from '../../platform/clock.ts';
import { builders, signIn } from '../../testing/builders.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';

let testApp: TestApp;
let make: ReturnType<typeof builders>;
let admin: Headers;
let now = new Date('2026-03-02T10:00:00Z');
// Time moves a second at each look, so the history has an order even inside one test.
const clock: Clock = {
  now: () => {
    now = new Date(now.getTime() + 1000);
    return now;
  },
};

beforeAll(async () => {
  testApp = await createTestApp({ clock });
  make = builders(testApp.database);
  const person = await make.person({ organisationId: (await make.state()).id, isAdministrator: true });
  admin = await signIn(testApp.app, person.email);
});
afterAll(() => testApp.close());

type Headers = Record<string, string>;
const request = (method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, headers: Headers, payload?: object) =>
  testApp.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });

/** An institution with its portfolio owner (R04) and a second person there with no role. */
async function institution(shortName = 'VSAA') {
  const sector = await make.organisation('sector');
  const organisation = await make.organisation('institution', sector.id, { shortName });
  const owner = await make.person({
    organisationId: organisation.id,
    roles: [{ roleCode: 'R04', scopeId: organisation.id }],
  });
  const clerk = await make.person({ organisationId: organisation.id });
  return {
    id: organisation.id,
    owner: { ...owner, headers: await signIn(testApp.app, owner.email) },
    clerk: await signIn(testApp.app, clerk.email),
  };
}

/** A person holding R05 for a service, signed in. */
async function serviceOwnerOf(serviceId: string, organisationId: string) {
  const person = await make.person({ organisationId });
  await make.roleAssignment({ personId: person.id, roleCode: 'R05', scopeId: serviceId, scopeKind: 'service' });
  return { ...person, headers: await signIn(testApp.app, person.email) };
}

const newService = (holderId: string, overrides: object = {}) => ({
  holderId,
  kind: 'individual',
  priority: 'high',
  title: { lv: 'Dzīvesvietas deklarēšana', en: 'Declaration of residence' },
  shortDescription: { lv: 'Deklarējiet savu dzīvesvietu.', en: null },
  ...overrides,
});

const fullContent = (title = 'Dzīvesvietas deklarēšana') => {
  const channel = randomUUID();
  return {
    title: { lv: title, en: 'Declaration of residence' },
    shortDescription: { lv: 'Deklarējiet savu dzīvesvietu.', en: 'Declare where you live.' },
    description: { lv: '## Kā deklarēt\nPieteikumu iesniedz **tiešsaistē**.', en: null },
    audience: ['natural_person'],
    legalBasis: [
      {
        title: { lv: 'Dzīvesvietas deklarēšanas likums', en: null },
        url: 'https://likumi.lv/ta/id/315654',
        article: '3. pants',
      },
    ],
    channels: [
      {
        id: channel,
        type: 'online',
        url: 'https://latvija.gov.lv/e-pakalpojumi',
        processingTime: 'P1D',
        wcagLevel: 'AA',
      },
      {
        id: randomUUID(),
        type: 'office',
        address: 'Rīga, Brīvības iela 1',
        physicalAccessibility: { lv: 'Ieeja bez pakāpieniem', en: null },
      },
    ],
    costs: [{ kind: 'free', amount: 0, currency: 'EUR', channelIds: [channel] }],
  };
};

async function createService(holder: Awaited<ReturnType<typeof institution>>) {
  const response = await request('POST', '/api/v1/services', holder.owner.headers, newService(holder.id));
  expect(response.statusCode).toBe(201);
  return response.json() as { id: string; version: number; identifier: string };
}

/** Drafts and submits (author), approves (approver), and publishes (author) version `number` of a service. */
async function publish(serviceId: string, number: number, author: Headers, approver: Headers, content = fullContent()) {
  const url = `/api/v1/services/${serviceId}/descriptions/${number}`;
  const draft = (await request('GET', url, author)).json();
  const saved = await request('PUT', url, author, { version: draft.version, content });
  expect(saved.statusCode).toBe(200);
  const submitted = await request('POST', `${url}/submit`, author, { version: saved.json().version });
  const approved = await request('POST', `${url}/review`, approver, {
    version: submitted.json().version,
    decision: 'approve',
  });
  expect(approved.statusCode).toBe(200);
  const published = await request('POST', `${url}/publish`, author, { version: approved.json().version });
  expect(published.statusCode).toBe(200);
  return published.json();
}

describe('services API', () => {
  describe('POST /api/v1/services', () => {
    it('adds a service in planning with a draft description and an identifier from the short name', async () => {
      const holder = await institution('VSAA');
      const created = await createService(holder);
      expect(created).toMatchObject({
        identifier: expect.stringMatching(/^VSAA-\d{4}$/),
        title: 'Dzīvesvietas deklarēšana',
        stage: 'planning',
        cpsvStatus: 'under_development',
        priority: 'high',
        holder: { id: holder.id },
        publishedVersion: null,
        workingVersion: { number: 1, status: 'draft' },
        allowedTransitions: ['creation', 'liquidation'],
        version: 1,
      });
      const second = await createService(holder);
      expect(Number(second.identifier.slice(5))).toBe(Number(created.identifier.slice(5)) + 1);
      const audit = await testApp.database.db
        .selectFrom('audit_event')
        .select('action')
        .where('entity_id', '=', created.id)
        .execute();
      expect(audit.map((event) => event.action)).toContain('service.create');
    });

    it('refuses a person without a portfolio role, and a holder the caller cannot see', async () => {
      const holder = await institution();
      const other = await institution();
      expect((await request('POST', '/api/v1/services', holder.clerk, newService(holder.id))).statusCode).toBe(403);
      const unseen = await request('POST', '/api/v1/services', other.owner.headers, newService(holder.id));
      expect(unseen.statusCode).toBe(400);
      expect(unseen.json().errors).toEqual([
        expect.objectContaining({ field: 'holderId', rule: 'unknown_organisation' }),
      ]);
    });

    it('asks for a prefix when the holder has no short name, and refuses a management degree nobody defined', async () => {
      const sector = await make.organisation('sector');
      const holder = await make.organisation('institution', sector.id);
      const noPrefix = await request('POST', '/api/v1/services', admin, newService(holder.id));
      expect(noPrefix.json().errors).toEqual([
        expect.objectContaining({ field: 'identifierPrefix', rule: 'required_without_short_name' }),
      ]);
      const degree = await request(
        'POST',
        '/api/v1/services',
        admin,
        newService(holder.id, { identifierPrefix: 'ABC', managementDegree: 'deep' }),
      );
      expect(degree.json().errors).toEqual([
        expect.objectContaining({ field: 'managementDegree', rule: 'unknown_management_degree' }),
      ]);
      const made = await request(
        'POST',
        '/api/v1/services',
        admin,
        newService(holder.id, { identifierPrefix: 'ABC', managementDegree: 'full' }),
      );
      expect(made.json()).toMatchObject({ identifier: expect.stringMatching(/^ABC-/), managementDegree: 'full' });
    });
  });

  describe('reading', () => {
    it('shows a service to its organisation and answers 404 to another organisation', async () => {
      const holder = await institution();
      const other = await institution();
      const { id } = await createService(holder);
      expect((await request('GET', `/api/v1/services/${id}`, holder.clerk)).statusCode).toBe(200);
      expect((await request('GET', `/api/v1/services/${id}`, other.owner.headers)).statusCode).toBe(404);
      const listed = await request('GET', `/api/v1/services?holder=${holder.id}`, other.owner.headers);
      expect(listed.json().total).toBe(0);
    });

    it('shows a service to its owner from another organisation, with the owner named', async () => {
      const holder = await institution();
      const elsewhere = await institution();
      const { id } = await createService(holder);
      const owner = await serviceOwnerOf(id, elsewhere.id);
      const seen = await request('GET', `/api/v1/services/${id}`, owner.headers);
      expect(seen.statusCode).toBe(200);
      expect(seen.json().owners).toEqual([{ id: owner.id, name: expect.any(String) }]);
      expect(seen.json().portfolioOwners).toEqual([{ id: holder.owner.id, name: expect.any(String) }]);
    });

    it('filters the portfolio by words without diacritics, stage and owner, with paging', async () => {
      const holder = await institution();
      const { id } = await createService(holder);
      await request(
        'POST',
        '/api/v1/services',
        holder.owner.headers,
        newService(holder.id, { title: { lv: 'Būvatļauja', en: null } }),
      );
      const found = await request('GET', `/api/v1/services?holder=${holder.id}&q=dzivesvietas`, holder.clerk);
      expect(found.json()).toMatchObject({ total: 1, items: [{ id, mayChangePortfolio: false }] });
      const asOwner = await request('GET', `/api/v1/services?holder=${holder.id}&q=dzivesvietas`, holder.owner.headers);
      expect(asOwner.json().items[0].mayChangePortfolio).toBe(true);
      const page = await request('GET', `/api/v1/services?holder=${holder.id}&limit=1&offset=1`, holder.clerk);
      expect(page.json()).toMatchObject({ total: 2, limit: 1, offset: 1 });
      expect(page.json().items).toHaveLength(1);
      expect(
        (await request('GET', `/api/v1/services?holder=${holder.id}&stage=delivery`, holder.clerk)).json().total,
      ).toBe(0);
      const owner = await serviceOwnerOf(id, holder.id);
      expect(
        (await request('GET', `/api/v1/services?owner=${owner.id}`, admin))
          .json()
          .items.map((s: { id: string }) => s.id),
      ).toEqual([id]);
      const bad = await request('GET', '/api/v1/services?stage=finished', admin);
      expect(bad.json().errors).toEqual([expect.objectContaining({ field: 'stage', in: 'querystring' })]);
    });
  });

  describe('descriptions', () => {
    it('goes from draft through review to publication, then keeps versions and differences', async () => {
      const holder = await institution();
      const service = await createService(holder);
      const owner = await serviceOwnerOf(service.id, holder.id);
      await publish(service.id, 1, owner.headers, holder.owner.headers);
      const published = (await request('GET', `/api/v1/services/${service.id}`, admin)).json();
      expect(published).toMatchObject({ publishedVersion: 1, workingVersion: null, reviewBy: '2027-03-02' });

      const draft = await request('POST', `/api/v1/services/${service.id}/descriptions`, owner.headers, {
        version: published.version,
      });
      expect(draft.statusCode).toBe(201);
      expect(draft.json()).toMatchObject({
        number: 2,
        status: 'draft',
        content: { title: { lv: 'Dzīvesvietas deklarēšana' } },
      });
      const again = await request('POST', `/api/v1/services/${service.id}/descriptions`, owner.headers, {
        version: published.version,
      });
      expect(again.statusCode).toBe(409);
      expect(again.json().type).toMatch(/working-version-exists$/);

      await publish(
        service.id,
        2,
        owner.headers,
        holder.owner.headers,
        fullContent('Dzīvesvietas deklarēšana tiešsaistē'),
      );
      const versions = (await request('GET', `/api/v1/services/${service.id}/descriptions`, holder.clerk)).json().items;
      expect(versions.map((v: { number: number; status: string }) => [v.number, v.status])).toEqual([
        [2, 'published'],
        [1, 'superseded'],
      ]);
      const diff = (await request('GET', `/api/v1/services/${service.id}/descriptions/2/diff`, holder.clerk)).json();
      expect(diff.changes).toContainEqual({
        path: 'title.lv',
        before: 'Dzīvesvietas deklarēšana',
        after: 'Dzīvesvietas deklarēšana tiešsaistē',
      });
    });

    it('detects a stale draft save and keeps what was saved first', async () => {
      const holder = await institution();
      const { id } = await createService(holder);
      const url = `/api/v1/services/${id}/descriptions/1`;
      const first = await request('PUT', url, holder.owner.headers, { version: 1, content: fullContent('Pirmais') });
      expect(first.statusCode).toBe(200);
      const stale = await request('PUT', url, holder.owner.headers, { version: 1, content: fullContent('Otrais') });
      expect(stale.statusCode).toBe(409);
      expect((await request('GET', url, holder.clerk)).json().content.title.lv).toBe('Pirmais');
    });

    it('names the field of every invalid value in a draft', async () => {
      const holder = await institution();
      const { id } = await createService(holder);
      const content = fullContent();
      const bad = {
        ...content,
        channels: [{ ...content.channels[0], processingTime: '30 days', url: 'javascript:alert(1)' }],
        costs: [{ kind: 'fee', amount: 5, currency: 'USD', channelIds: [] }],
        spatialCoverage: { nationwide: false, municipalities: ['1234567'] },
      };
      const response = await request('PUT', `/api/v1/services/${id}/descriptions/1`, holder.owner.headers, {
        version: 1,
        content: bad,
      });
      expect(response.statusCode).toBe(400);
      const fields = response.json().errors.map((error: { field: string }) => error.field);
      expect(fields).toEqual(
        expect.arrayContaining([
          'content.channels.0.processingTime',
          'content.channels.0.url',
          'content.costs.0.currency',
          'content.spatialCoverage.municipalities.0',
        ]),
      );
    });

    it('lets the approving role of the matrix approve, never the person who submitted', async () => {
      const holder = await institution();
      const { id } = await createService(holder);
      const owner = await serviceOwnerOf(id, holder.id);
      const url = `/api/v1/services/${id}/descriptions/1`;
      const submitted = await request('POST', `${url}/submit`, owner.headers, { version: 1 });
      expect(submitted.json().status).toBe('in_review');
      for (const who of [owner.headers, holder.clerk]) {
        const refused = await request('POST', `${url}/review`, who, {
          version: submitted.json().version,
          decision: 'approve',
        });
        expect(refused.statusCode).toBe(403);
      }
      const service = (await request('GET', `/api/v1/services/${id}`, holder.owner.headers)).json();
      expect(service.may).toEqual({ changePortfolio: true, describe: true, approve: true });
      expect((await request('GET', `/api/v1/services/${id}`, owner.headers)).json().may).toEqual({
        changePortfolio: false,
        describe: true,
        approve: false,
      });
      const queue = (await request('GET', '/api/v1/service-reviews/queue', holder.owner.headers)).json().items;
      expect(queue.map((item: { service: { id: string } }) => item.service.id)).toEqual([id]);
      expect((await request('GET', '/api/v1/service-reviews/queue', owner.headers)).json().items).toEqual([]);
      const noNote = await request('POST', `${url}/review`, holder.owner.headers, {
        version: submitted.json().version,
        decision: 'return',
      });
      expect(noNote.json().errors).toEqual([
        expect.objectContaining({ field: 'note', rule: 'required_when_returning' }),
      ]);
      const returned = await request('POST', `${url}/review`, holder.owner.headers, {
        version: submitted.json().version,
        decision: 'return',
        note: 'Pievienojiet tiesisko pamatu',
      });
      expect(returned.json()).toMatchObject({ status: 'draft', reviewNote: 'Pievienojiet tiesisko pamatu' });
      const early = await request('POST', `${url}/publish`, owner.headers, { version: returned.json().version });
      expect(early.statusCode).toBe(409);
      const own = await request('POST', `${url}/submit`, holder.owner.headers, { version: returned.json().version });
      const selfApproval = await request('POST', `${url}/review`, holder.owner.headers, {
        version: own.json().version,
        decision: 'approve',
      });
      expect(selfApproval.statusCode).toBe(403);
      expect(selfApproval.json().detail).toMatch(/Somebody else approves/);
    });
  });

  describe('lifecycle', () => {
    it('refuses a move the lifecycle does not allow, and one whose gates are unmet, saying what is missing', async () => {
      const holder = await institution();
      const service = await createService(holder);
      const url = `/api/v1/services/${service.id}/transitions`;
      const skip = await request('POST', url, holder.owner.headers, {
        version: 1,
        to: 'delivery',
        reason: 'Steidzami',
      });
      expect(skip.statusCode).toBe(409);
      expect(skip.json()).toMatchObject({ unmetGates: [], allowedTransitions: ['creation', 'liquidation'] });
      const gated = await request('POST', url, holder.owner.headers, {
        version: 1,
        to: 'creation',
        reason: 'Sākam izveidi',
      });
      expect(gated.json()).toMatchObject({ status: 409, unmetGates: ['service_owner'] });

      const owner = await serviceOwnerOf(service.id, holder.id);
      const byOwner = await request('POST', url, owner.headers, {
        version: 1,
        to: 'creation',
        reason: 'Sākam izveidi',
      });
      expect(byOwner.statusCode).toBe(403);
      const moved = await request('POST', url, holder.owner.headers, {
        version: 1,
        to: 'creation',
        reason: 'Sākam izveidi',
      });
      expect(moved.statusCode).toBe(200);
      expect(moved.json()).toMatchObject({ stage: 'creation', version: 2 });
      const history = (await request('GET', url, holder.clerk)).json().items;
      expect(history).toEqual([
        expect.objectContaining({ from: null, to: 'planning' }),
        expect.objectContaining({
          from: 'planning',
          to: 'creation',
          reason: 'Sākam izveidi',
          by: { id: holder.owner.id, name: expect.any(String) },
        }),
      ]);
      const toIntroduction = await request('POST', url, holder.owner.headers, {
        version: 2,
        to: 'introduction',
        reason: 'Gatavs',
      });
      expect(toIntroduction.json().unmetGates).toEqual(['legal_basis']);
      await publish(service.id, 1, owner.headers, holder.owner.headers);
      const current = (await request('GET', `/api/v1/services/${service.id}`, holder.owner.headers)).json();
      expect(current.stage).toBe('creation');
      for (const to of ['introduction', 'delivery']) {
        const { version } = (await request('GET', `/api/v1/services/${service.id}`, holder.owner.headers)).json();
        const step = await request('POST', url, holder.owner.headers, { version, to, reason: 'Nākamais posms' });
        expect(step.statusCode).toBe(200);
      }
      const stale = await request('POST', url, holder.owner.headers, {
        version: current.version,
        to: 'maintenance',
        reason: 'Uzturēšana',
      });
      expect(stale.statusCode).toBe(409);
      expect(stale.json().type).toMatch(/stale-version$/);
      expect(
        (await request('POST', url, holder.clerk, { version: 1, to: 'liquidation', reason: 'x' })).statusCode,
      ).toBe(403);
    });

    it('takes the gates from the settings the state lead institution keeps', async () => {
      const settings = (await request('GET', '/api/v1/service-settings', admin)).json();
      expect(settings.gates.delivery).toEqual(['service_owner', 'published_description', 'channel', 'legal_basis']);
      const holder = await institution();
      const forbidden = await request('PUT', '/api/v1/service-settings', holder.owner.headers, settings);
      expect(forbidden.statusCode).toBe(403);
      const changed = await request('PUT', '/api/v1/service-settings', admin, {
        ...settings,
        gates: { ...settings.gates, creation: [] },
      });
      expect(changed.statusCode).toBe(200);
      const service = await createService(holder);
      const moved = await request('POST', `/api/v1/services/${service.id}/transitions`, holder.owner.headers, {
        version: 1,
        to: 'creation',
        reason: 'Bez īpašnieka',
      });
      expect(moved.statusCode).toBe(200);
      const stale = await request('PUT', '/api/v1/service-settings', admin, settings);
      expect(stale.statusCode).toBe(409);
      const restored = await request('PUT', '/api/v1/service-settings', admin, {
        ...settings,
        version: changed.json().version,
      });
      expect(restored.json().gates.creation).toEqual(['service_owner']);
    });

    it('refuses to drop a management degree services use', async () => {
      const settings = (await request('GET', '/api/v1/service-settings', admin)).json();
      const holder = await institution();
      await request(
        'POST',
        '/api/v1/services',
        holder.owner.headers,
        newService(holder.id, { managementDegree: 'basic' }),
      );
      const dropped = await request('PUT', '/api/v1/service-settings', admin, {
        ...settings,
        managementDegrees: settings.managementDegrees.filter((degree: { code: string }) => degree.code !== 'basic'),
      });
      expect(dropped.statusCode).toBe(409);
      expect(dropped.json().type).toMatch(/degree-in-use$/);
    });
  });

  describe('reviews', () => {
    it('lists published services past their review date per institution until someone assures them', async () => {
      const holder = await institution();
      const { id } = await make.publishedService({ holderId: holder.id });
      now = new Date('2028-06-01T10:00:00Z');
      try {
        // A year and a half later the old sessions have expired.
        const clerk = await signIn(testApp.app, (await make.person({ organisationId: holder.id })).email);
        const owner = await signIn(testApp.app, holder.owner.email);
        const overdue = (await request('GET', '/api/v1/service-reviews/overdue', clerk)).json();
        expect(overdue.institutions).toEqual([
          {
            holder: expect.objectContaining({ id: holder.id }),
            services: [expect.objectContaining({ id, reviewOverdue: true })],
          },
        ]);
        const service = (await request('GET', `/api/v1/services/${id}`, clerk)).json();
        expect(
          (await request('POST', `/api/v1/services/${id}/assurance`, clerk, { version: service.version })).statusCode,
        ).toBe(403);
        const past = await request('POST', `/api/v1/services/${id}/assurance`, owner, {
          version: service.version,
          reviewBy: '2028-01-01',
        });
        expect(past.json().errors).toEqual([expect.objectContaining({ field: 'reviewBy', rule: 'future_date' })]);
        const assured = await request('POST', `/api/v1/services/${id}/assurance`, owner, { version: service.version });
        expect(assured.json()).toMatchObject({
          reviewBy: '2029-06-01',
          reviewOverdue: false,
          assuredBy: { id: holder.owner.id },
        });
        expect((await request('GET', '/api/v1/service-reviews/overdue', clerk)).json().institutions).toEqual([]);
      } finally {
        now = new Date('2026-03-02T10:00:00Z');
      }
    });
  });

  describe('organisations holding services', () => {
    it('refuses to archive an institution whose services are not liquidated', async () => {
      const holder = await institution();
      await createService(holder);
      const organisation = (await request('GET', `/api/v1/organisations/${holder.id}`, admin)).json();
      const archived = await request('POST', `/api/v1/organisations/${holder.id}/archive`, admin, {
        version: organisation.version,
      });
      expect(archived.statusCode).toBe(409);
      expect(archived.json().type).toMatch(/has-live-services$/);
    });
  });
});
