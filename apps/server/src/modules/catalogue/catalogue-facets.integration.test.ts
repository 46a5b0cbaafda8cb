import { randomUUID } from 'node:crypto';
import type { CatalogueFacets, CatalogueSearchResult } from '@saimnieks/contracts/catalogue';
import type { AtuCode } from '@saimnieks/contracts/reference/municipalities';
import type { ServiceDescriptionInput } from '@saimnieks/contracts/services';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builders } from '../../testing/builders.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';

/*
 * The whole catalogue of this file's database is made once, so that every count can be stated in full:
 *
 *   Centrālā statistikas pārvalde  Tautas skaitīšana            RES        natural   online         nationwide
 *                                  Statistikas pārskati          STBU       legal     online, email  nationwide
 *   Čakstes memoriālais muzejs     Muzeja apmeklējums            STU        natural   office         Rīga, Jūrmala
 *                                  (liquidated) Senā ekspozīcija RET        natural   office         nationwide
 *   Valsts ieņēmumu dienests       Gada ienākumu deklarācija     WOR        natural   online, office nationwide
 *                                  Nodokļu maksātāja reģistrācija STBU REGCO natural legal online  Rīga
 *                                  Nodokļu parāda nomaksa        WOR        natural   phone          Liepāja
 *                                  (not published)
 *   an institution with an unpublished service only
 */

let testApp: TestApp;
const institutions = { statistics: '', museum: '', revenue: '', unpublished: '' };

const text = (lv: string, en: string | null = null) => ({ lv, en });
const channel = (type: 'online' | 'office' | 'phone' | 'email') =>
  type === 'online'
    ? { id: randomUUID(), type, url: 'https://latvija.gov.lv/e-pakalpojums' }
    : type === 'office'
      ? { id: randomUUID(), type, address: 'Brīvības iela 1, Rīga' }
      : type === 'phone'
        ? { id: randomUUID(), type, phone: '+371 67000000' }
        : { id: randomUUID(), type, email: 'pasts@example.lv' };
const nationwide = { nationwide: true, municipalities: [] };
const covering = (...municipalities: AtuCode[]) => ({
  nationwide: false,
  municipalities,
});

beforeAll(async () => {
  testApp = await createTestApp();
  const make = builders(testApp.database);
  const sectorId = (await make.organisation('sector')).id;
  const institution = async (lv: string, en: string | null) =>
    (await make.organisation('institution', sectorId, { names: { lv, en } })).id;
  institutions.statistics = await institution('Centrālā statistikas pārvalde', 'Central Statistical Bureau');
  institutions.museum = await institution('Čakstes memoriālais muzejs', null);
  institutions.revenue = await institution('Valsts ieņēmumu dienests', 'State Revenue Service');
  institutions.unpublished = await institution('Nākotnes aģentūra', 'Agency of the Future');

  const published = (holderId: string, content: Partial<ServiceDescriptionInput>, stage?: 'liquidation') =>
    make.publishedService({ holderId, content, ...(stage ? { stage } : {}) });
  await published(institutions.statistics, {
    title: text('Tautas skaitīšana'),
    lifeEvents: ['RES'],
    audience: ['natural_person'],
    channels: [channel('online')],
    spatialCoverage: nationwide,
  });
  await published(institutions.statistics, {
    title: text('Statistikas pārskati'),
    businessEvents: ['STBU'],
    audience: ['legal_person'],
    channels: [channel('online'), channel('email')],
    spatialCoverage: nationwide,
  });
  await published(institutions.museum, {
    title: text('Muzeja apmeklējums'),
    lifeEvents: ['STU'],
    audience: ['natural_person'],
    channels: [channel('office')],
    spatialCoverage: covering('0001000', '0004000'),
  });
  await published(
    institutions.museum,
    {
      title: text('Senā ekspozīcija'),
      lifeEvents: ['RET'],
      audience: ['natural_person'],
      channels: [channel('office')],
      spatialCoverage: nationwide,
    },
    'liquidation',
  );
  await published(institutions.revenue, {
    title: text('Gada ienākumu deklarācija'),
    lifeEvents: ['WOR'],
    audience: ['natural_person'],
    channels: [channel('online'), channel('office')],
    spatialCoverage: nationwide,
  });
  await published(institutions.revenue, {
    title: text('Nodokļu maksātāja reģistrācija'),
    businessEvents: ['STBU', 'REGCO'],
    audience: ['natural_person', 'legal_person'],
    channels: [channel('online')],
    spatialCoverage: covering('0001000'),
  });
  await published(institutions.revenue, {
    title: text('Nodokļu parāda nomaksa'),
    lifeEvents: ['WOR'],
    audience: ['natural_person'],
    channels: [channel('phone')],
    spatialCoverage: covering('0005000'),
  });
  await make.service({ holderId: institutions.revenue, title: 'Nodokļu kalkulators' });
  await make.service({ holderId: institutions.unpublished, title: 'Nākotnes pakalpojums' });
});
afterAll(() => testApp.close());

const get = (url: string, headers: Record<string, string> = {}) => testApp.app.inject({ method: 'GET', url, headers });
const queryOf = (query: Record<string, string>) => new URLSearchParams(query).toString();

async function facets(query: Record<string, string> = {}, headers: Record<string, string> = {}) {
  const response = await get(`/api/v1/catalogue/facets?${queryOf(query)}`, headers);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<CatalogueFacets>();
}
async function total(query: Record<string, string>) {
  const response = await get(`/api/v1/catalogue/services?${queryOf(query)}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<CatalogueSearchResult>().total;
}

const institutionCounts = (result: CatalogueFacets) => result.institutions.map(({ name, count }) => [name, count]);

describe('catalogue API', () => {
  describe('GET /api/v1/catalogue/facets', () => {
    it('counts the published services per life event, business event, audience, channel, place and institution', async () => {
      expect(await facets()).toEqual({
        total: 6,
        lifeEvents: [
          { code: 'WOR', count: 2 },
          { code: 'RES', count: 1 },
          { code: 'STU', count: 1 },
        ],
        businessEvents: [
          { code: 'STBU', count: 2 },
          { code: 'REGCO', count: 1 },
        ],
        audiences: [
          { code: 'natural_person', count: 5 },
          { code: 'legal_person', count: 2 },
        ],
        channelTypes: [
          { code: 'online', count: 4 },
          { code: 'office', count: 2 },
          { code: 'email', count: 1 },
          { code: 'phone', count: 1 },
        ],
        municipalities: [
          { code: '0001000', count: 2 },
          { code: '0004000', count: 1 },
          { code: '0005000', count: 1 },
        ],
        nationwide: 3,
        // In the Latvian alphabet Č follows C; liquidated and unpublished services count nowhere.
        institutions: [
          { id: institutions.statistics, name: 'Centrālā statistikas pārvalde', count: 2 },
          { id: institutions.museum, name: 'Čakstes memoriālais muzejs', count: 1 },
          { id: institutions.revenue, name: 'Valsts ieņēmumu dienests', count: 3 },
        ],
      });
    });

    it('names the institutions in English where they have an English name, in Latvian order', async () => {
      const expected = [
        ['Central Statistical Bureau', 2],
        ['Čakstes memoriālais muzejs', 1],
        ['State Revenue Service', 3],
      ];
      expect(institutionCounts(await facets({ lang: 'en' }))).toEqual(expected);
      expect(institutionCounts(await facets({}, { 'accept-language': 'en-GB,en;q=0.9' }))).toEqual(expected);
    });

    it('counts only the services the words find', async () => {
      expect(await facets({ q: 'nodoklis' })).toEqual({
        total: 2,
        lifeEvents: [{ code: 'WOR', count: 1 }],
        businessEvents: [
          { code: 'REGCO', count: 1 },
          { code: 'STBU', count: 1 },
        ],
        audiences: [
          { code: 'natural_person', count: 2 },
          { code: 'legal_person', count: 1 },
        ],
        channelTypes: [
          { code: 'online', count: 1 },
          { code: 'phone', count: 1 },
        ],
        municipalities: [
          { code: '0001000', count: 1 },
          { code: '0005000', count: 1 },
        ],
        nationwide: 0,
        institutions: [{ id: institutions.revenue, name: 'Valsts ieņēmumu dienests', count: 2 }],
      });
    });

    it('narrows each count by the other filters but not by its own', async () => {
      const working = await facets({ lifeEvent: 'WOR' });
      expect(working.total).toBe(2);
      expect(working.lifeEvents).toEqual((await facets()).lifeEvents);
      expect(working.channelTypes).toEqual([
        { code: 'office', count: 1 },
        { code: 'online', count: 1 },
        { code: 'phone', count: 1 },
      ]);
      expect(institutionCounts(working)).toEqual([['Valsts ieņēmumu dienests', 2]]);

      const onlineAtRevenue = await facets({ institution: institutions.revenue, channel: 'online' });
      expect(onlineAtRevenue.total).toBe(2);
      expect(institutionCounts(onlineAtRevenue)).toEqual([
        ['Centrālā statistikas pārvalde', 2],
        ['Valsts ieņēmumu dienests', 2],
      ]);
      expect(onlineAtRevenue.channelTypes).toEqual([
        { code: 'online', count: 2 },
        { code: 'office', count: 1 },
        { code: 'phone', count: 1 },
      ]);
      expect(onlineAtRevenue.businessEvents).toEqual([
        { code: 'REGCO', count: 1 },
        { code: 'STBU', count: 1 },
      ]);

      const inRiga = await facets({ municipality: '0001000', q: 'nodoklis' });
      expect([inRiga.total, inRiga.nationwide, inRiga.municipalities]).toEqual([
        1,
        0,
        [
          { code: '0001000', count: 1 },
          { code: '0005000', count: 1 },
        ],
      ]);
    });

    it('gives beside each value the number of services the search with that value finds', async () => {
      const queries: Record<string, string>[] = [
        {},
        { q: 'nodoklis' },
        { lifeEvent: 'WOR' },
        { audience: 'legal_person', channel: 'online' },
      ];
      for (const query of queries) {
        const counted = await facets(query);
        expect(await total(query)).toBe(counted.total);
        const choices: [string, string, number][] = [
          ...counted.lifeEvents.map(({ code, count }): [string, string, number] => ['lifeEvent', code, count]),
          ...counted.businessEvents.map(({ code, count }): [string, string, number] => ['businessEvent', code, count]),
          ...counted.audiences.map(({ code, count }): [string, string, number] => ['audience', code, count]),
          ...counted.channelTypes.map(({ code, count }): [string, string, number] => ['channel', code, count]),
          ...counted.institutions.map(({ id, count }): [string, string, number] => ['institution', id, count]),
          // A municipality's services are those that name it and those of the whole country.
          ...counted.municipalities.map(({ code, count }): [string, string, number] => [
            'municipality',
            code,
            count + counted.nationwide,
          ]),
        ];
        for (const [name, value, count] of choices) {
          expect(await total({ ...query, [name]: value }), `${JSON.stringify(query)} ${name}=${value}`).toBe(count);
        }
      }
    });

    it('counts nothing for words that hold nothing to search for', async () => {
      expect(await facets({ q: 'un' })).toEqual({
        total: 0,
        lifeEvents: [],
        businessEvents: [],
        audiences: [],
        channelTypes: [],
        municipalities: [],
        nationwide: 0,
        institutions: [],
      });
    });

    it.each([
      ['lifeEvent', 'XYZ'],
      ['businessEvent', 'nothing'],
      ['institution', 'not-a-uuid'],
      ['audience', 'aliens'],
      ['channel', 'fax'],
      ['municipality', '12345'],
      ['lang', 'ru'],
      ['q', '   '],
      ['q', 'x'.repeat(201)],
    ])('refuses %s=%s with 400 naming the field', async (field, value) => {
      const response = await get(`/api/v1/catalogue/facets?${field}=${encodeURIComponent(value)}`);
      expect(response.statusCode).toBe(400);
      expect(response.json().errors).toEqual([expect.objectContaining({ field, in: 'querystring' })]);
    });
  });
});
