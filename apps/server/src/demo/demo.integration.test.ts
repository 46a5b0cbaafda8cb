import type { SessionInfo } from '@saimnieks/contracts/auth';
import type { CatalogueSearchResult } from '@saimnieks/contracts/catalogue';
import {
  type DescriptionVersionSummary,
  ServiceDescriptionContent,
  type ServiceList,
} from '@saimnieks/contracts/services';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareDatabase } from '../bootstrap.ts';
import { passwordRuleBroken } from '../platform/auth/password.ts';
import { systemClock } from '../platform/clock.ts';
import { signIn } from '../testing/builders.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';
import { DEMO_PASSWORD, DEMO_PEOPLE, demoEmail } from './dataset/people.ts';
import { DEMO_SERVICES } from './dataset/services.ts';

/** Starts as `DEMO_DATA=1 npm start` does on a database made without it, keeping what start logs. */
async function startWithDemo(testApp: TestApp) {
  const lines: { level: number; msg: string; setupLink?: string }[] = [];
  const log = pino({ level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line)) });
  await prepareDatabase(testApp.database, log, { clock: systemClock, admin: undefined, demoData: true });
  return lines;
}

const IN_CATALOGUE = DEMO_SERVICES.filter((service) => ['delivery', 'maintenance'].includes(service.stage));

describe('demo data', () => {
  let testApp: TestApp;
  let startLog: Awaited<ReturnType<typeof startWithDemo>>;
  const signInAs = (key: string) => signIn(testApp.app, demoEmail(key), DEMO_PASSWORD);
  const get = async <Answer>(url: string, headers: Record<string, string> = {}) => {
    const response = await testApp.app.inject({ method: 'GET', url, headers });
    expect(response.statusCode, `GET ${url}: ${response.body}`).toBe(200);
    return response.json<Answer>();
  };

  beforeAll(async () => {
    testApp = await createTestApp();
    startLog = await startWithDemo(testApp);
  }, 120_000);
  afterAll(() => testApp.close());

  describe('loading', () => {
    it('fills the portfolio with about forty services whose every description version is valid CPSV-AP content', async () => {
      const administrator = await signInAs('andris.ozolins');
      const portfolio = await get<ServiceList>('/api/v1/services?limit=500', administrator);
      expect(portfolio.total).toBe(DEMO_SERVICES.length);
      expect(portfolio.total).toBeGreaterThanOrEqual(38);
      expect(new Set(portfolio.items.map((service) => service.stage))).toEqual(
        new Set(['planning', 'creation', 'introduction', 'delivery', 'maintenance', 'liquidation']),
      );

      for (const service of portfolio.items) {
        const { items } = await get<{ items: DescriptionVersionSummary[] }>(
          `/api/v1/services/${service.id}/descriptions`,
          administrator,
        );
        for (const { number } of items) {
          const version = await get<{ content: unknown }>(
            `/api/v1/services/${service.id}/descriptions/${number}`,
            administrator,
          );
          expect(ServiceDescriptionContent.safeParse(version.content).success, `${service.identifier} v${number}`).toBe(
            true,
          );
        }
      }
    });

    it('publishes the delivered services in the public catalogue, where anyone finds them by a word without diacritics', async () => {
      const catalogue = await get<CatalogueSearchResult>('/api/v1/catalogue/services?limit=100');
      expect(catalogue.total).toBe(IN_CATALOGUE.length);
      expect(catalogue.total).toBeGreaterThanOrEqual(30);

      const found = await get<CatalogueSearchResult>('/api/v1/catalogue/services?q=dzivesvieta');
      expect(found.items.map((item) => item.title)).toEqual(
        expect.arrayContaining(['Dzīvesvietas deklarēšana', 'Dzīvesvietas deklarēšana Siguldas novadā']),
      );
      const ended = await get<CatalogueSearchResult>('/api/v1/catalogue/services?q=energoresursu');
      expect(ended.total).toBe(0);
    });

    it('gives every role that can be held today to someone who signs in with the shared password', async () => {
      const held = new Set<string>();
      for (const person of DEMO_PEOPLE) {
        const session = await get<SessionInfo>('/api/v1/auth/session', await signInAs(person.key));
        for (const role of session.roles) held.add(role.roleCode);
      }
      expect([...held].sort()).toEqual(['R01', 'R02', 'R03', 'R04', 'R05', 'R06', 'R07', 'R08']);
    });

    it('shows a service owner the services they own', async () => {
      const owner = await signInAs('kristine.jansone');
      const { person } = await get<SessionInfo>('/api/v1/auth/session', owner);
      const owned = await get<ServiceList>(`/api/v1/services?owner=${person.id}&limit=100`, owner);
      expect(owned.total).toBe(DEMO_SERVICES.filter((service) => service.team.owner === 'kristine.jansone').length);
      expect(owned.items.every((service) => service.holder.name === 'Valsts sociālās apdrošināšanas aģentūra')).toBe(
        true,
      );
    });

    it('has reviews overdue and a description waiting for its approver', async () => {
      const overdue = await get<{ institutions: { services: unknown[] }[] }>(
        '/api/v1/service-reviews/overdue',
        await signInAs('ilze.berzina'),
      );
      expect(overdue.institutions.flatMap((institution) => institution.services).length).toBeGreaterThanOrEqual(2);

      const queue = await get<{ items: { service: { title: string } }[] }>(
        '/api/v1/service-reviews/queue',
        await signInAs('aiga.krastina'),
      );
      expect(queue.items.map((item) => item.service.title)).toEqual(['Digitālā vadītāja apliecība lietotnē']);
    });

    it('logs the demo password instead of a setup link, as the demo brings its own administrator', () => {
      expect(startLog.some((line) => line.setupLink)).toBe(false);
      expect(startLog.find((line) => line.msg.startsWith('Demo data loaded'))?.msg).toContain(DEMO_PASSWORD);
    });

    it('shares a password that the password rules accept for every demo person', async () => {
      for (const person of DEMO_PEOPLE) {
        expect(await passwordRuleBroken(DEMO_PASSWORD, { email: demoEmail(person.key), name: person.name })).toBeNull();
      }
    });
  });

  describe('starting again', () => {
    it('adds nothing when the database holds the demo already', async () => {
      const { db } = testApp.database;
      const count = async () => {
        const tables = [
          'organisation',
          'person',
          'role_assignment',
          'service',
          'service_description',
          'recipient_need',
          'audit_event',
        ] as const;
        return Object.fromEntries(
          await Promise.all(
            tables.map(async (table) => {
              const { rows } = await db
                .selectFrom(table)
                .select(db.fn.countAll<number>().as('rows'))
                .executeTakeFirstOrThrow();
              return [table, Number(rows)];
            }),
          ),
        );
      };
      const before = await count();
      const log = await startWithDemo(testApp);
      expect(await count()).toEqual(before);
      expect(log.map((line) => line.msg)).toContainEqual(
        expect.stringContaining('Demo data is in the database already'),
      );
    });
  });
});

describe('starting without DEMO_DATA', () => {
  it('leaves the catalogue empty', async () => {
    const testApp = await createTestApp();
    try {
      const response = await testApp.app.inject({ method: 'GET', url: '/api/v1/catalogue/services' });
      expect(response.json<CatalogueSearchResult>().total).toBe(0);
    } finally {
      await testApp.close();
    }
  });
});
