import { Parser } from 'n3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builders } from '../../testing/builders.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { exchangeCatalogue, PUBLIC_URL, sortedNQuads } from './testing/catalogue.ts';
import { CHANNELS } from './testing/full-description.ts';
import { OWN_SHAPES, parseRdf, validateAgainst } from './testing/shacl.ts';

let testApp: TestApp;
let catalogue: Awaited<ReturnType<typeof exchangeCatalogue>>;
let unpublished: { id: string };
let liquidated: { id: string };

const URL = '/api/v1/catalogue/cpsv-ap';
const SERVICE = `${PUBLIC_URL}/id/service/`;

beforeAll(async () => {
  testApp = await createTestApp({ config: { publicUrl: PUBLIC_URL } });
  catalogue = await exchangeCatalogue(testApp.database);
  const make = builders(testApp.database);
  unpublished = await make.service({ holderId: catalogue.riga.id, title: 'Nepublicēts pakalpojums' });
  liquidated = await make.publishedService({
    holderId: catalogue.riga.id,
    stage: 'liquidation',
    content: { title: { lv: 'Likvidēts pakalpojums', en: null } },
  });
});
afterAll(() => testApp.close());

const get = (url: string, accept?: string) =>
  testApp.app.inject({ method: 'GET', url, headers: accept ? { accept } : {} });

async function exported(url = URL) {
  const response = await get(url);
  expect(response.statusCode).toBe(200);
  return parseRdf(response.body, 'json-ld');
}

const identifierOf = async (id: string) =>
  (await testApp.database.db.selectFrom('service').select('identifier').where('id', '=', id).executeTakeFirstOrThrow())
    .identifier;

/** The objects of a subject's property in a set of quads, by full IRIs. */
const objectsOf = (quads: Awaited<ReturnType<typeof exported>>, subject: string, property: string) =>
  quads.filter((q) => q.subject.value === subject && q.predicate.value === property).map((q) => q.object);

describe('CPSV-AP export', () => {
  describe('GET /api/v1/catalogue/cpsv-ap', () => {
    it('answers JSON-LD that conforms to the CPSV-AP shapes with no violations', async () => {
      const response = await get(URL);
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('application/ld+json; charset=utf-8');
      const violations = await validateAgainst(OWN_SHAPES, await parseRdf(response.body, 'json-ld'));
      expect(violations).toEqual([]);
    });

    it('holds the published services and neither unpublished nor liquidated ones', async () => {
      const quads = await exported();
      const services = quads
        .filter((q) => q.object.value === 'http://purl.org/vocab/cpsv#PublicService')
        .map((q) => q.subject.value)
        .sort();
      const expected = await Promise.all(
        [catalogue.plan.id, catalogue.consultation.id, catalogue.permit.id].map(
          async (id) => SERVICE + (await identifierOf(id)),
        ),
      );
      expect(services).toEqual(expected.sort());
      expect(services).not.toContain(SERVICE + (await identifierOf(unpublished.id)));
      expect(services).not.toContain(SERVICE + (await identifierOf(liquidated.id)));
    });

    it('says the same in Turtle when the caller asks for text/turtle', async () => {
      const turtle = await get(URL, 'text/turtle');
      expect(turtle.statusCode).toBe(200);
      expect(turtle.headers['content-type']).toBe('text/turtle; charset=utf-8');
      expect(turtle.headers.vary).toContain('Accept');
      expect(turtle.body).toContain('@prefix cpsv: <http://purl.org/vocab/cpsv#>');
      expect(sortedNQuads(new Parser().parse(turtle.body))).toBe(sortedNQuads(await exported()));
    });

    it('prefers JSON-LD when the caller ranks it above Turtle', async () => {
      const response = await get(URL, 'text/turtle;q=0.5, application/ld+json');
      expect(response.headers['content-type']).toBe('application/ld+json; charset=utf-8');
    });

    it('maps every part of the description to its CPSV-AP property, in both languages', async () => {
      const quads = await exported();
      const permit = SERVICE + (await identifierOf(catalogue.permit.id));
      const at = (subject: string, property: string) => objectsOf(quads, subject, property);
      const texts = (subject: string, property: string) =>
        at(subject, property).map((term) => `${term.value}@${(term as { language?: string }).language ?? ''}`);

      expect(texts(permit, 'http://purl.org/dc/terms/title').sort()).toEqual([
        'Būvatļaujas saņemšana@lv',
        'Obtaining a building permit@en',
      ]);
      expect(texts(permit, 'http://purl.org/dc/terms/description')).toContainEqual(
        expect.stringMatching(/^## Kam tas vajadzīgs[\s\S]*@lv$/),
      );
      const holder = `${PUBLIC_URL}/id/organisation/90011524360`;
      expect(at(permit, 'http://data.europa.eu/m8g/hasCompetentAuthority').map((term) => term.value)).toEqual([holder]);
      // A municipality's territory is its ATVK unit.
      expect(at(holder, 'http://purl.org/dc/terms/spatial')[0]?.value).toMatch(/#0001000$/);
      expect(
        at(permit, 'http://data.europa.eu/m8g/isGroupedBy')
          .map((term) => term.value)
          .sort(),
      ).toEqual([`${PUBLIC_URL}/id/business-event/LPCA`, `${PUBLIC_URL}/id/life-event/RES`]);
      expect(at(permit, 'http://data.europa.eu/m8g/thematicArea')[0]?.value).toBe(
        'http://publications.europa.eu/resource/authority/main-activity/hc-am',
      );
      expect(at(permit, 'http://purl.org/dc/terms/language')).toHaveLength(3);
      // Delivery is an active service.
      expect(at(permit, 'http://www.w3.org/ns/adms#status')[0]?.value).toBe(`${PUBLIC_URL}/id/concept/status/active`);

      const online = `${permit}/channel/${CHANNELS.online}`;
      const duration = at(online, 'http://data.europa.eu/m8g/processingTime')[0];
      expect(duration?.value).toBe('P30D');
      expect((duration as { datatype?: { value: string } }).datatype?.value).toBe(
        'http://www.w3.org/2001/XMLSchema#duration',
      );
      const channelType = at(online, 'http://purl.org/dc/terms/type')[0]?.value as string;
      // A code-list value carries its class, as the official shapes demand.
      expect(at(channelType, 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type').map((term) => term.value)).toContain(
        'http://www.w3.org/2004/02/skos/core#Concept',
      );

      // The fee for two channels is one Cost per channel.
      const fees = at(permit, 'http://data.europa.eu/m8g/hasCost')
        .map((term) => term.value)
        .filter((cost) => at(cost, 'http://data.europa.eu/m8g/hasValue')[0]?.value === '7.0E1');
      expect(fees.map((cost) => at(cost, 'http://data.europa.eu/m8g/ifAccessedThrough')[0]?.value).sort()).toEqual(
        [online, `${permit}/channel/${CHANNELS.office}`].sort(),
      );
      expect(at(fees[0] as string, 'http://data.europa.eu/m8g/currency')[0]?.value).toBe(
        'http://publications.europa.eu/resource/authority/currency/EUR',
      );

      const participants = at(permit, 'http://data.europa.eu/m8g/hasParticipation').map(
        (participation) => at(participation.value, 'http://data.europa.eu/m8g/hasParticipant')[0]?.value,
      );
      expect(participants).toEqual([
        `${PUBLIC_URL}/id/organisation/90000050138`,
        `${PUBLIC_URL}/id/organisation/90000050138`,
      ]);
      expect(at(permit, 'http://purl.org/dc/terms/requires')[0]?.value).toBe(
        SERVICE + (await identifierOf(catalogue.plan.id)),
      );
      expect(at(permit, 'http://purl.org/dc/terms/relation')[0]?.value).toBe(
        SERVICE + (await identifierOf(catalogue.consultation.id)),
      );
    });

    it('describes one service and the services it requires with ?service=', async () => {
      const quads = await exported(`${URL}?service=${catalogue.permit.id}`);
      const services = quads
        .filter((q) => q.object.value === 'http://purl.org/vocab/cpsv#PublicService')
        .map((q) => q.subject.value)
        .sort();
      expect(services).toEqual(
        [SERVICE + (await identifierOf(catalogue.permit.id)), SERVICE + (await identifierOf(catalogue.plan.id))].sort(),
      );
      expect(await validateAgainst(OWN_SHAPES, quads)).toEqual([]);
    });

    it('answers 404 for a service that is not in the catalogue', async () => {
      for (const id of [unpublished.id, liquidated.id, '00000000-0000-4000-8000-000000000000']) {
        const response = await get(`${URL}?service=${id}`);
        expect(response.statusCode).toBe(404);
        expect(response.json().type).toBe('/problems/catalogue-service-not-found');
      }
    });

    it('answers 400 for a service that is not a UUID', async () => {
      const response = await get(`${URL}?service=VSAA-1`);
      expect(response.statusCode).toBe(400);
      expect(response.json().errors[0].field).toBe('service');
    });
  });
});

describe('CPSV-AP export of a large catalogue', () => {
  let large: TestApp;
  beforeAll(async () => {
    large = await createTestApp({ config: { publicUrl: PUBLIC_URL } });
    const make = builders(large.database);
    const sector = await make.organisation('sector');
    const holder = await make.organisation('institution', sector.id, { shortName: 'LIELS' });
    // More services than one batch of the export reads.
    for (let index = 0; index < 105; index++) {
      await make.publishedService({
        holderId: holder.id,
        content: { title: { lv: `Pakalpojums ${index}`, en: null } },
      });
    }
  }, 120_000);
  afterAll(() => large.close());

  it('writes every service once when the catalogue spans several batches', async () => {
    const response = await large.app.inject({ method: 'GET', url: URL });
    const quads = await parseRdf(response.body, 'json-ld');
    const services = quads.filter((q) => q.object.value === 'http://purl.org/vocab/cpsv#PublicService');
    expect(services).toHaveLength(105);
    expect(new Set(services.map((q) => q.subject.value)).size).toBe(105);
    expect(await validateAgainst(OWN_SHAPES, quads)).toEqual([]);
  });
});
