import { randomUUID } from 'node:crypto';
import type { CatalogueSearchResult, CatalogueService } from '@saimnieks/contracts/catalogue';
import type { ServiceDescriptionInput } from '@saimnieks/contracts/services';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../platform/audit/audit.ts';
import { systemClock } from '../../platform/clock.ts';
import { builders } from '../../testing/builders.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { makeDescriptionWorkflow, makeTransitionService } from '../services/index.ts';

let testApp: TestApp;
let make: ReturnType<typeof builders>;
let sectorId: string;

beforeAll(async () => {
  testApp = await createTestApp();
  make = builders(testApp.database);
  sectorId = (await make.organisation('sector')).id;
});
afterAll(() => testApp.close());

const get = (url: string) => testApp.app.inject({ method: 'GET', url });
async function search(query: Record<string, string | number>): Promise<CatalogueSearchResult> {
  const response = await get(
    `/api/v1/catalogue/services?${new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]))}`,
  );
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}
const titlesOf = (result: CatalogueSearchResult) => result.items.map((item) => item.title);

/** An institution of its own per test, so the catalogue can be narrowed to what the test made. */
const institution = (names = { lv: `Iestāde ${randomUUID().slice(0, 8)}`, en: null as string | null }) =>
  make.organisation('institution', sectorId, { names });

const text = (lv: string, en: string | null = null) => ({ lv, en });
const published = (holderId: string, content: Partial<ServiceDescriptionInput>) =>
  make.publishedService({ holderId, content });

describe('catalogue API', () => {
  describe('GET /api/v1/catalogue/services', () => {
    it('finds a service whatever the diacritics, case and ending of the words searched', async () => {
      const holder = await institution();
      await published(holder.id, {
        title: text('Dzīvesvietas deklarēšana', 'Declaration of residence'),
        shortDescription: text('Paziņojiet par savu jauno dzīvesvietu'),
      });
      await published(holder.id, { title: text('Transportlīdzekļa reģistrācija'), shortDescription: text('Auto') });

      for (const q of ['dzivesvieta', 'deklaresanu', 'DZĪVESVIETĀ deklarēšanas', 'dzīvesv', 'residence']) {
        expect(titlesOf(await search({ q, institution: holder.id })), q).toEqual(['Dzīvesvietas deklarēšana']);
      }
      expect(titlesOf(await search({ q: 'transportlīdzeklis', institution: holder.id }))).toEqual([
        'Transportlīdzekļa reģistrācija',
      ]);
      expect(await search({ q: 'būvatļauja', institution: holder.id })).toMatchObject({ items: [], total: 0 });
    });

    it('demands every word searched and ignores words like "un"', async () => {
      const holder = await institution();
      await published(holder.id, {
        title: text('Bērna piedzimšanas reģistrācija'),
        shortDescription: text('Dzimtsarakstu nodaļā'),
      });
      await published(holder.id, {
        title: text('Laulības reģistrācija'),
        shortDescription: text('Dzimtsarakstu nodaļā'),
      });

      expect(titlesOf(await search({ q: 'bērna un reģistrācija', institution: holder.id }))).toEqual([
        'Bērna piedzimšanas reģistrācija',
      ]);
      expect(await search({ q: 'un', institution: holder.id })).toMatchObject({ items: [], total: 0 });
    });

    it('ranks a match in the title above one in the short description, keywords and description', async () => {
      const holder = await institution();
      await published(holder.id, {
        title: text('Apliecības izsniegšana'),
        shortDescription: text('Izsniedz apliecību'),
        description: text('Pirms tam jāsaņem **pabalsts**.'),
      });
      await published(holder.id, {
        title: text('Bezdarbnieka statuss'),
        shortDescription: text('Statuss dod tiesības uz pabalstu'),
      });
      await published(holder.id, { title: text('Pabalsts bezdarbniekam'), shortDescription: text('Naudas atbalsts') });
      await published(holder.id, {
        title: text('Karjeras konsultācija'),
        shortDescription: text('Konsultācija'),
        keywords: { lv: ['pabalsti'], en: [] },
      });

      const result = await search({ q: 'pabalsts', institution: holder.id });
      expect(titlesOf(result)[0]).toBe('Pabalsts bezdarbniekam');
      expect(titlesOf(result).at(-1)).toBe('Apliecības izsniegšana');
      expect(result.total).toBe(4);
    });

    it('finds services by the names of their life events, not by the name of their holder', async () => {
      const holder = await institution({
        lv: 'Valsts sociālās apdrošināšanas aģentūra',
        en: 'State Social Insurance Agency',
      });
      await published(holder.id, { title: text('Vecuma pensija'), lifeEvents: ['RET'] });

      expect(titlesOf(await search({ q: 'pensionēšanās', institution: holder.id }))).toEqual(['Vecuma pensija']);
      // A holder's name can change without its services changing: the institution filter finds by holder.
      expect(titlesOf(await search({ q: 'apdrošināšanas aģentūra', institution: holder.id }))).toEqual([]);
    });

    it('answers in English where the service has an English text, in Latvian where not', async () => {
      const holder = await institution({
        lv: 'Pilsonības un migrācijas lietu pārvalde',
        en: 'Office of Citizenship and Migration Affairs',
      });
      await published(holder.id, {
        title: text('Pases izsniegšana', 'Issuing a passport'),
        shortDescription: text('Pase pilsoņiem', 'A passport for citizens'),
      });
      await published(holder.id, { title: text('Personas apliecība'), shortDescription: text('eID karte') });

      const result = await search({ institution: holder.id, lang: 'en' });
      expect(result.items.map((item) => [item.title, item.shortDescription, item.holder.name])).toEqual([
        ['Issuing a passport', 'A passport for citizens', 'Office of Citizenship and Migration Affairs'],
        ['Personas apliecība', 'eID karte', 'Office of Citizenship and Migration Affairs'],
      ]);
    });

    it('filters by life event, business event, audience and channel type', async () => {
      const holder = await institution();
      const online = { id: randomUUID(), type: 'online' as const, url: 'https://latvija.gov.lv/e-pakalpojums' };
      const office = { id: randomUUID(), type: 'office' as const, address: 'Brīvības iela 1, Rīga' };
      await published(holder.id, {
        title: text('Bērna kopšanas pabalsts'),
        lifeEvents: ['BIR'],
        audience: ['natural_person'],
        channels: [online],
      });
      await published(holder.id, {
        title: text('Uzņēmuma reģistrācija'),
        businessEvents: ['STBU'],
        audience: ['legal_person', 'natural_person'],
        channels: [office],
      });
      await published(holder.id, {
        title: text('Pensijas pārrēķins'),
        lifeEvents: ['RET'],
        channels: [online, office],
      });

      const only = (query: Record<string, string>) => search({ institution: holder.id, ...query }).then(titlesOf);
      expect(await only({ lifeEvent: 'BIR' })).toEqual(['Bērna kopšanas pabalsts']);
      expect(await only({ businessEvent: 'STBU' })).toEqual(['Uzņēmuma reģistrācija']);
      expect(await only({ audience: 'legal_person' })).toEqual(['Uzņēmuma reģistrācija']);
      expect(await only({ audience: 'natural_person' })).toEqual(['Bērna kopšanas pabalsts', 'Uzņēmuma reģistrācija']);
      expect(await only({ channel: 'office' })).toEqual(['Pensijas pārrēķins', 'Uzņēmuma reģistrācija']);
      expect(await only({ channel: 'online', lifeEvent: 'RET' })).toEqual(['Pensijas pārrēķins']);
      expect(await only({ channel: 'phone' })).toEqual([]);

      const item = (await search({ institution: holder.id, lifeEvent: 'RET' })).items[0];
      expect(item).toMatchObject({ lifeEvents: ['RET'], channelTypes: ['online', 'office'], kind: 'individual' });
    });

    it('filters by holder institution', async () => {
      const tax = await institution();
      const land = await institution();
      await published(tax.id, { title: text('Gada ienākumu deklarācija') });
      await published(land.id, { title: text('Zemesgrāmatas izraksts') });

      const result = await search({ institution: land.id });
      expect(result.items.map((item) => [item.title, item.holder.id])).toEqual([['Zemesgrāmatas izraksts', land.id]]);
      expect(await search({ institution: randomUUID() })).toMatchObject({ items: [], total: 0 });
    });

    it('filters by municipality: the services of the whole country and those that cover it', async () => {
      const holder = await institution();
      await published(holder.id, { title: text('Valsts nodeva'), spatialCoverage: { nationwide: true } });
      await published(holder.id, {
        title: text('Rīgas un Jūrmalas stāvvieta'),
        spatialCoverage: { nationwide: false, municipalities: ['0001000', '0004000'] },
      });
      await published(holder.id, {
        title: text('Liepājas sociālais dienests'),
        spatialCoverage: { nationwide: false, municipalities: ['0005000'] },
      });

      const inPlace = (municipality: string) => search({ institution: holder.id, municipality }).then(titlesOf);
      expect(await inPlace('0004000')).toEqual(['Rīgas un Jūrmalas stāvvieta', 'Valsts nodeva']);
      expect(await inPlace('0005000')).toEqual(['Liepājas sociālais dienests', 'Valsts nodeva']);
      expect(await inPlace('0003000')).toEqual(['Valsts nodeva']);
      const local = (await search({ institution: holder.id, municipality: '0001000' })).items[0];
      expect(local).toMatchObject({ nationwide: false, municipalities: ['0001000', '0004000'] });
    });

    it('pages through the results in a stable order with the total on every page', async () => {
      const holder = await institution();
      const titles = ['Ēku būvniecība', 'Atkritumu izvešana', 'Dzīvnieku reģistrs', 'Čeku loterija', 'Bibliotēka'];
      for (const title of titles) await published(holder.id, { title: text(title) });
      const inOrder = ['Atkritumu izvešana', 'Bibliotēka', 'Čeku loterija', 'Dzīvnieku reģistrs', 'Ēku būvniecība'];

      const pages = [];
      for (const offset of [0, 2, 4, 6]) pages.push(await search({ institution: holder.id, limit: 2, offset }));
      expect(pages.map(titlesOf)).toEqual([inOrder.slice(0, 2), inOrder.slice(2, 4), inOrder.slice(4), []]);
      expect(pages.map((page) => [page.total, page.limit, page.offset])).toEqual([
        [5, 2, 0],
        [5, 2, 2],
        [5, 2, 4],
        [5, 2, 6],
      ]);
    });

    it('shows neither unpublished nor liquidated services', async () => {
      const holder = await institution();
      await make.service({ holderId: holder.id, title: 'Ūdens skaitītāju pārbaude' });
      await make.publishedService({
        holderId: holder.id,
        content: { title: text('Ūdens patēriņa deklarācija') },
        stage: 'liquidation',
      });
      await published(holder.id, { title: text('Ūdens pieslēgums') });

      expect(titlesOf(await search({ q: 'ūdens', institution: holder.id }))).toEqual(['Ūdens pieslēgums']);
      expect((await search({ institution: holder.id })).total).toBe(1);
    });

    it('follows publication and the lifecycle: a new version replaces the old, liquidation removes the service', async () => {
      const holder = await institution();
      const service = await published(holder.id, { title: text('Zvejas atļauja'), lifeEvents: ['WOR'] });
      const { db } = testApp.database;
      const asSystem = { principal: 'system' as const, context: systemContext('test') };

      await makeDescriptionWorkflow({ db, clock: systemClock }).publishDirectly(
        service.id,
        { title: text('Makšķerēšanas karte'), shortDescription: text('Karte makšķerēšanai'), lifeEvents: ['MOV'] },
        asSystem,
      );
      expect(await search({ q: 'zvejas', institution: holder.id })).toMatchObject({ items: [], total: 0 });
      const [renamed] = (await search({ q: 'makšķerēšana', institution: holder.id })).items;
      expect(renamed).toMatchObject({ id: service.id, title: 'Makšķerēšanas karte', lifeEvents: ['MOV'] });

      const { version } = await db
        .selectFrom('service')
        .select('version')
        .where('id', '=', service.id)
        .executeTakeFirstOrThrow();
      await makeTransitionService({ db, clock: systemClock })(
        service.id,
        { version, to: 'liquidation', reason: 'Pakalpojumu vairs nesniedz' },
        asSystem,
      );
      expect(await search({ institution: holder.id })).toMatchObject({ items: [], total: 0 });
      expect((await get(`/api/v1/catalogue/services/${service.id}`)).statusCode).toBe(404);
    });

    it.each([
      ['lifeEvent', 'XYZ'],
      ['businessEvent', 'nothing'],
      ['institution', 'not-a-uuid'],
      ['audience', 'aliens'],
      ['channel', 'fax'],
      ['municipality', '12345'],
      ['limit', '0'],
      ['limit', '101'],
      ['offset', '-1'],
      ['lang', 'ru'],
      ['q', '   '],
    ])('refuses %s=%s with 400 naming the field', async (field, value) => {
      const response = await get(`/api/v1/catalogue/services?${field}=${encodeURIComponent(value)}`);
      expect(response.statusCode).toBe(400);
      expect(response.json().errors).toEqual([expect.objectContaining({ field, in: 'querystring' })]);
    });
  });

  describe('GET /api/v1/catalogue/services/:id', () => {
    it('shows the published description with the names of the organisations and services it refers to', async () => {
      const holder = await institution({ lv: 'Valsts ieņēmumu dienests', en: 'State Revenue Service' });
      const provider = await institution({ lv: 'Valsts digitālās attīstības aģentūra', en: null });
      const required = await published(holder.id, {
        title: text('Reģistrācija nodokļu maksātāju reģistrā', 'Taxpayer registration'),
      });
      const related = await published(holder.id, { title: text('Nodokļu maksājumi') });
      const unpublished = await make.service({ holderId: holder.id, title: 'Nākotnes pakalpojums' });
      const liquidated = await make.publishedService({
        holderId: holder.id,
        content: { title: text('Vecā deklarācija') },
        stage: 'liquidation',
      });
      const service = await published(holder.id, {
        title: text('Gada ienākumu deklarācija', 'Annual income tax return'),
        shortDescription: text('Iesniedziet deklarāciju', 'File your return'),
        description: text(
          '## Kā iesniegt\n\nElektroniskās deklarēšanas sistēmā.',
          '## How to file\n\nIn the Electronic Declaration System.',
        ),
        providers: [{ organisationId: provider.id, role: 'provider' }],
        requiredServices: [required.id, unpublished.id],
        relatedServices: [liquidated.id, related.id],
      });

      const response = await get(`/api/v1/catalogue/services/${service.id}?lang=en`);
      expect(response.statusCode).toBe(200);
      const body: CatalogueService = response.json();
      expect(body).toMatchObject({
        id: service.id,
        title: 'Annual income tax return',
        titles: { lv: 'Gada ienākumu deklarācija', en: 'Annual income tax return' },
        shortDescription: 'File your return',
        stage: 'delivery',
        cpsvStatus: 'active',
        holder: { id: holder.id, name: 'State Revenue Service' },
        providers: [
          { organisation: { id: provider.id, name: 'Valsts digitālās attīstības aģentūra' }, role: 'provider' },
        ],
        requiredServices: [{ id: required.id, title: 'Taxpayer registration' }],
        relatedServices: [{ id: related.id, title: 'Nodokļu maksājumi' }],
        publishedVersion: 1,
      });
      expect(body.descriptionHtml).toBe('<h4>How to file</h4>\n<p>In the Electronic Declaration System.</p>\n');
      expect(body.content.description.lv).toBe('## Kā iesniegt\n\nElektroniskās deklarēšanas sistēmā.');
      expect(body.identifier).toMatch(/^TEST/);

      const inLatvian: CatalogueService = (await get(`/api/v1/catalogue/services/${service.id}`)).json();
      expect([inLatvian.title, inLatvian.holder.name, inLatvian.descriptionHtml]).toEqual([
        'Gada ienākumu deklarācija',
        'Valsts ieņēmumu dienests',
        '<h4>Kā iesniegt</h4>\n<p>Elektroniskās deklarēšanas sistēmā.</p>\n',
      ]);
    });

    it('shows script and HTML in the description as text and keeps links to other schemes out', async () => {
      const holder = await institution();
      const service = await published(holder.id, {
        title: text('Apraksts ar kodu'),
        description: text(
          '<script>alert("x")</script> <b onmouseover="alert(1)">treknraksts</b> [saite](javascript:alert(1))',
        ),
      });

      const body: CatalogueService = (await get(`/api/v1/catalogue/services/${service.id}`)).json();
      expect(body.descriptionHtml).not.toMatch(/<script|<b |<a /);
      expect(body.descriptionHtml).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    });

    it('answers 404 for a service the catalogue does not show and for one that does not exist', async () => {
      const holder = await institution();
      const draft = await make.service({ holderId: holder.id });
      const liquidated = await make.publishedService({ holderId: holder.id, stage: 'liquidation' });
      for (const id of [draft.id, liquidated.id, randomUUID()]) {
        const response = await get(`/api/v1/catalogue/services/${id}?lang=en`);
        expect(response.statusCode).toBe(404);
        expect(response.json()).toMatchObject({
          type: '/problems/catalogue-service-not-found',
          title: 'The published catalogue has no such service',
        });
      }
    });

    it('refuses an id that is not a UUID with 400 naming it', async () => {
      const response = await get('/api/v1/catalogue/services/12');
      expect(response.statusCode).toBe(400);
      expect(response.json().errors).toEqual([expect.objectContaining({ field: 'id', in: 'params' })]);
    });
  });
});
