import jsonld from 'jsonld';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builders, signIn } from '../../testing/builders.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { CPSV_AP_CONTEXT_URL } from './rdf/contexts.ts';
import { exchangeCatalogue, exchangeOrganisations, PUBLIC_URL } from './testing/catalogue.ts';

type Headers = Record<string, string>;
type Document = { '@context': unknown; '@graph': Record<string, unknown>[] };

const EXPORT = '/api/v1/catalogue/cpsv-ap';
const IMPORT = '/api/v1/services/import';

/** An application with its own database and an administrator signed in. */
async function application() {
  const testApp = await createTestApp({ config: { publicUrl: PUBLIC_URL } });
  const make = builders(testApp.database);
  const administrator = await make.person({ organisationId: (await make.state()).id, isAdministrator: true });
  return { testApp, make, admin: await signIn(testApp.app, administrator.email) };
}

const exportOf = async (testApp: TestApp) => {
  const response = await testApp.app.inject({ method: 'GET', url: EXPORT });
  expect(response.statusCode).toBe(200);
  return JSON.parse(response.body) as Document;
};

const importInto = (testApp: TestApp, headers: Headers, document: unknown, dryRun?: boolean) =>
  testApp.app.inject({
    method: 'POST',
    url: `${IMPORT}${dryRun === undefined ? '' : `?dryRun=${dryRun}`}`,
    headers: { ...headers, 'content-type': 'application/ld+json' },
    payload: JSON.stringify(document),
  });

/** The canonical N-Quads of a JSON-LD document (URDNA2015): equal strings are the same graph. */
const canonical = (document: unknown) =>
  jsonld.canonize(document as jsonld.JsonLdDocument, { algorithm: 'URDNA2015', format: 'application/n-quads' });

const versionsOf = async (testApp: TestApp) =>
  (
    await testApp.database.db
      .selectFrom('service_description')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
  ).n;

/** The node of a document with this address. */
const node = (document: Document, id: string) => {
  const found = document['@graph'].find((entry) => entry['@id'] === id);
  if (!found) throw new Error(`No node ${id}`);
  return found;
};

let source: Awaited<ReturnType<typeof application>>;
let catalogue: Awaited<ReturnType<typeof exchangeCatalogue>>;
let exported: Document;
let permitIri: string;

beforeAll(async () => {
  source = await application();
  // Planning: an import creates services in planning, so the status round-trips too.
  catalogue = await exchangeCatalogue(source.testApp.database, { stage: 'planning' });
  exported = await exportOf(source.testApp);
  const permit = await source.testApp.database.db
    .selectFrom('service')
    .select('identifier')
    .where('id', '=', catalogue.permit.id)
    .executeTakeFirstOrThrow();
  permitIri = `${PUBLIC_URL}/id/service/${permit.identifier}`;
});
afterAll(() => source.testApp.close());

describe('CPSV-AP import', () => {
  describe('POST /api/v1/services/import', () => {
    it('round-trips: an export imported into an empty database exports as the same graph', async () => {
      const target = await application();
      try {
        await exchangeOrganisations(target.testApp.database);
        const response = await importInto(target.testApp, target.admin, exported);
        expect(response.statusCode).toBe(200);
        expect(response.json()).toMatchObject({ dryRun: false, created: 3, updated: 0, unchanged: 0 });
        expect(await canonical(await exportOf(target.testApp))).toBe(await canonical(exported));
      } finally {
        await target.testApp.close();
      }
    });

    it('reports what a dry run would create without writing anything', async () => {
      const target = await application();
      try {
        await exchangeOrganisations(target.testApp.database);
        const response = await importInto(target.testApp, target.admin, exported, true);
        expect(response.statusCode).toBe(200);
        const report = response.json();
        expect(report).toMatchObject({ dryRun: true, created: 3, updated: 0, unchanged: 0 });
        expect(report.services.map((service: { title: string }) => service.title)).toContain('Būvatļaujas saņemšana');
        expect(await versionsOf(target.testApp)).toBe(0);
        expect((await exportOf(target.testApp))['@graph']).toEqual([]);
      } finally {
        await target.testApp.close();
      }
    });

    it('leaves services unchanged when the document says what their published description says', async () => {
      const before = await versionsOf(source.testApp);
      const response = await importInto(source.testApp, source.admin, exported);
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
      expect(await versionsOf(source.testApp)).toBe(before);
    });

    it('publishes a new version of a service whose description changed', async () => {
      const document = structuredClone(exported);
      node(document, permitIri)['dct:title'] = [
        { '@value': 'Būvatļaujas izsniegšana', '@language': 'lv' },
        { '@value': 'Issuing a building permit', '@language': 'en' },
      ];
      const dryRun = await importInto(source.testApp, source.admin, document, true);
      expect(dryRun.json()).toMatchObject({ dryRun: true, updated: 1, unchanged: 2 });

      const response = await importInto(source.testApp, source.admin, document);
      expect(response.json()).toMatchObject({ dryRun: false, updated: 1, unchanged: 2 });
      const versions = await source.testApp.app.inject({
        method: 'GET',
        url: `/api/v1/services/${catalogue.permit.id}/descriptions`,
        headers: source.admin,
      });
      expect(versions.json().items.map((version: { status: string }) => version.status)).toEqual([
        'published',
        'superseded',
      ]);
      const title = node(await exportOf(source.testApp), permitIri)['dct:title'];
      expect(title).toContainEqual({ '@value': 'Būvatļaujas izsniegšana', '@language': 'lv' });
      const audit = await source.testApp.database.db
        .selectFrom('audit_event')
        .select('action')
        .where('entity_id', '=', `${catalogue.permit.id}/2`)
        .execute();
      expect(audit.map((event) => event.action)).toContain('service_description.publish');
    });

    it('changes nothing and names the service and property of every error', async () => {
      const document = structuredClone(exported);
      const permit = node(document, permitIri);
      const channels = permit['cv:hasChannel'] as { '@id': string }[];
      const online = node(document, channels[0]?.['@id'] as string);
      online['cv:processingTime'] = [{ '@value': '30 dienas', '@type': 'xsd:duration' }];
      online['foaf:page'] = [{ '@id': 'ftp://bis.gov.lv' }];
      const cost = node(document, (permit['cv:hasCost'] as { '@id': string }[])[0]?.['@id'] as string);
      cost['cv:currency'] = [{ '@id': 'http://publications.europa.eu/resource/authority/currency/USD' }];
      permit['cv:thematicArea'] = [{ '@id': 'http://publications.europa.eu/resource/authority/main-activity/space' }];
      permit['dct:title'] = [{ '@value': 'Building permit', '@language': 'en' }];
      const before = await versionsOf(source.testApp);

      const response = await importInto(source.testApp, source.admin, document);
      expect(response.statusCode).toBe(400);
      const identifier = permitIri.split('/').at(-1);
      const fields = response
        .json()
        .errors.map((error: { field: string; rule: string }) => `${error.field} ${error.rule}`);
      expect(fields).toEqual(
        expect.arrayContaining([
          `${identifier}.cv:thematicArea unknown_code`,
          `${identifier}.dct:title@lv required`,
          expect.stringMatching(
            new RegExp(`^${identifier}\\.cv:hasChannel\\[[0-9a-f-]+\\]\\.cv:processingTime invalid_format$`),
          ),
          expect.stringMatching(
            new RegExp(`^${identifier}\\.cv:hasChannel\\[[0-9a-f-]+\\]\\.foaf:page invalid_format$`),
          ),
          `${identifier}.cv:hasCost[1.1].cv:currency invalid_value`,
        ]),
      );
      expect(await versionsOf(source.testApp)).toBe(before);
    });

    it('reads a document in the shape of SEMIC’s example, matching the holder by name', async () => {
      const document = {
        '@context': [
          CPSV_AP_CONTEXT_URL,
          {
            cv: 'http://data.europa.eu/m8g/',
            dct: 'http://purl.org/dc/terms/',
            skos: 'http://www.w3.org/2004/02/skos/core#',
            ex: 'http://example.com/',
          },
        ],
        '@graph': [
          {
            '@id': 'ex:publicService1',
            '@type': 'PublicService',
            'dct:identifier': 'RD-0900',
            'dct:title': [
              { '@language': 'lv', '@value': 'Suņu reģistrācija' },
              { '@language': 'en', '@value': 'Dog registration' },
            ],
            'dct:description': { '@language': 'lv', '@value': 'Suni reģistrē Lauksaimniecības datu centrā.' },
            'cv:hasCompetentAuthority': { '@id': 'ex:publicOrganisation1' },
            'cv:hasChannel': { '@id': 'ex:channel1' },
            'cv:contactPoint': { '@id': 'ex:contactPoint1' },
          },
          {
            '@id': 'ex:publicOrganisation1',
            '@type': 'PublicOrganization',
            'skos:prefLabel': { '@language': 'lv', '@value': 'Rīgas valstspilsētas pašvaldība' },
          },
          {
            '@id': 'ex:channel1',
            '@type': 'Channel',
            'dct:identifier': 'cha-123',
            'dct:type': { '@id': `${PUBLIC_URL}/id/concept/channel-type/email` },
            'cv:email': 'dzivnieki@riga.lv',
          },
          { '@id': 'ex:contactPoint1', '@type': 'ContactPoint', 'cv:telephone': '+371 67000000' },
        ],
      };
      const response = await importInto(source.testApp, source.admin, document);
      expect(response.statusCode).toBe(200);
      expect(response.json().services).toEqual([
        { identifier: 'RD-0900', title: 'Suņu reģistrācija', action: 'created' },
      ]);
      const created = node(await exportOf(source.testApp), `${PUBLIC_URL}/id/service/RD-0900`);
      expect(created['cv:hasCompetentAuthority']).toEqual([{ '@id': `${PUBLIC_URL}/id/organisation/90011524360` }]);

      // The same document again: the channel keeps the id it was given the first time.
      const again = await importInto(source.testApp, source.admin, document, true);
      expect(again.json().services[0].action).toBe('unchanged');
    });

    it('names a holder it cannot find and an identifier this product cannot give', async () => {
      const response = await importInto(source.testApp, source.admin, {
        '@context': {
          cpsv: 'http://purl.org/vocab/cpsv#',
          cv: 'http://data.europa.eu/m8g/',
          dct: 'http://purl.org/dc/terms/',
        },
        '@id': 'http://example.com/publicService1',
        '@type': 'cpsv:PublicService',
        'dct:identifier': 'Tax-on-web',
        'dct:title': { '@language': 'lv', '@value': 'Nodokļu deklarācija' },
        'dct:description': { '@language': 'lv', '@value': 'Iesniedz deklarāciju tiešsaistē.' },
        'cv:hasCompetentAuthority': {
          '@id': 'http://example.com/publicOrganisation1',
          'dct:identifier': '40003000642',
          'skos:prefLabel': 'Service Public Fédéral FINANCES',
        },
      });
      expect(response.statusCode).toBe(400);
      expect(
        response
          .json()
          .errors.map((error: { field: string; rule: string }) => `${error.field} ${error.rule}`)
          .sort(),
      ).toEqual([
        'Tax-on-web.cv:hasCompetentAuthority unknown_organisation',
        'Tax-on-web.dct:identifier identifier_format',
      ]);
    });

    it('refuses a document whose context it would have to fetch', async () => {
      const response = await importInto(source.testApp, source.admin, {
        '@context': 'https://example.org/context.jsonld',
        '@id': 'https://example.org/service',
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().errors[0]).toMatchObject({ field: 'body', rule: 'remote_context' });
    });

    it('refuses a document without a public service', async () => {
      const response = await importInto(source.testApp, source.admin, { '@id': 'https://example.org/nothing' });
      expect(response.statusCode).toBe(400);
      expect(response.json().errors[0].rule).toBe('no_services');
    });

    it('refuses a holder the caller does not manage, and a caller not signed in', async () => {
      const { landService } = catalogue;
      const owner = await source.make.person({
        organisationId: landService.id,
        roles: [{ roleCode: 'R04', scopeId: landService.id }],
      });
      const before = await versionsOf(source.testApp);
      const document = structuredClone(exported);
      node(document, permitIri)['dct:title'] = [{ '@value': 'Cits nosaukums', '@language': 'lv' }];
      const forbidden = await importInto(source.testApp, await signIn(source.testApp.app, owner.email), document);
      expect(forbidden.statusCode).toBe(403);
      expect(await versionsOf(source.testApp)).toBe(before);

      const anonymous = await importInto(source.testApp, {}, document);
      expect(anonymous.statusCode).toBe(401);
    });

    it('lets the holder’s portfolio owner import, and names a description still in work', async () => {
      const owner = await source.make.person({
        organisationId: catalogue.riga.id,
        roles: [{ roleCode: 'R04', scopeId: catalogue.riga.id }],
      });
      const headers = await signIn(source.testApp.app, owner.email);
      const draft = await source.testApp.app.inject({
        method: 'POST',
        url: `/api/v1/services/${catalogue.consultation.id}/descriptions`,
        headers,
        payload: { version: (await serviceVersion(catalogue.consultation.id)) as number },
      });
      expect(draft.statusCode).toBe(201);
      const response = await importInto(source.testApp, headers, exported, true);
      expect(response.statusCode).toBe(400);
      expect(response.json().errors).toEqual([expect.objectContaining({ rule: 'working_version' })]);
    });
  });
});

const serviceVersion = async (id: string) =>
  (
    await source.testApp.database.db
      .selectFrom('service')
      .select('version')
      .where('id', '=', id)
      .executeTakeFirstOrThrow()
  ).version;
