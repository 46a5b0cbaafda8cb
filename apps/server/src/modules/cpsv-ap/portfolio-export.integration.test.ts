import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builders, signIn } from '../../testing/builders.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';

let testApp: TestApp;
let ownerHeaders: Record<string, string>;
let ownerName: string;

const URL = '/api/v1/services/export';

beforeAll(async () => {
  testApp = await createTestApp();
  const make = builders(testApp.database);
  const sector = await make.organisation('sector');
  const agency = await make.organisation('institution', sector.id, {
    names: { lv: 'Valsts sociālās apdrošināšanas aģentūra', en: 'State Social Insurance Agency' },
  });
  const other = await make.organisation('institution', sector.id, { names: { lv: 'Cita iestāde', en: null } });
  const owner = await make.person({ organisationId: agency.id, roles: [{ roleCode: 'R04', scopeId: agency.id }] });
  ownerHeaders = await signIn(testApp.app, owner.email);

  const benefit = await make.publishedService({
    holderId: agency.id,
    content: { title: { lv: 'Bērna kopšanas pabalsts', en: 'Childcare benefit' } },
  });
  const serviceOwner = await make.person({ organisationId: agency.id });
  await make.roleAssignment({ personId: serviceOwner.id, roleCode: 'R05', scopeId: benefit.id, scopeKind: 'service' });
  ownerName = (
    await testApp.database.db
      .selectFrom('person')
      .select('name')
      .where('id', '=', serviceOwner.id)
      .executeTakeFirstOrThrow()
  ).name;
  await make.service({ holderId: agency.id, title: '=HYPERLINK("http://example.com","Klikšķini")' });
  await make.service({ holderId: other.id, title: 'Citas iestādes pakalpojums' });
});
afterAll(() => testApp.close());

const get = (query: string, headers = ownerHeaders) =>
  testApp.app.inject({ method: 'GET', url: `${URL}?${query}`, headers });

/** CSV rows as cells, for a file written with semicolons and every cell quoted. */
const rowsOf = (csv: string) =>
  csv
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n')
    .map((line) =>
      line
        .slice(1, -1)
        .split('";"')
        .map((cell) => cell.replaceAll('""', '"')),
    );

describe('portfolio export', () => {
  describe('GET /api/v1/services/export', () => {
    it('writes the services the caller sees as CSV in UTF-8 with a byte order mark', async () => {
      const response = await get('format=csv');
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(response.headers['content-disposition']).toMatch(
        /^attachment; filename="pakalpojumi-\d{4}-\d{2}-\d{2}\.csv"$/,
      );
      expect(response.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
      const [header, ...rows] = rowsOf(response.body);
      expect(header).toEqual([
        'Identifikators',
        'Nosaukums',
        'Pakalpojuma turētājs',
        'Veids',
        'Dzīves cikla posms',
        'Prioritāte',
        'Pārvaldības pakāpe',
        'Pakalpojuma īpašnieki',
        'Publicētā versija',
        'Pārskatīt līdz',
      ]);
      const benefit = rows.find((row) => row[1] === 'Bērna kopšanas pabalsts');
      expect(benefit).toEqual([
        expect.stringMatching(/^TEST-\d+$/),
        'Bērna kopšanas pabalsts',
        'Valsts sociālās apdrošināšanas aģentūra',
        'Individuāla labuma publiskais pakalpojums',
        'Sniegšana',
        'Vidēja',
        '',
        ownerName,
        '1',
        expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      ]);
      expect(rows.map((row) => row[1])).not.toContain('Citas iestādes pakalpojums');
    });

    it('neutralises cells a spreadsheet would run as a formula', async () => {
      const [, ...rows] = rowsOf((await get('format=csv')).body);
      expect(rows.map((row) => row[1])).toContain(`'=HYPERLINK("http://example.com","Klikšķini")`);
    });

    it('applies the filters of the portfolio list and speaks English when asked', async () => {
      const response = await get('format=csv&stage=planning&lang=en');
      const [header, ...rows] = rowsOf(response.body);
      expect(header?.[0]).toBe('Identifier');
      expect(response.headers['content-disposition']).toContain('filename="services-');
      expect(rows).toHaveLength(1);
      expect(rows[0]?.[4]).toBe('Planning');
    });

    it('writes the same list as an XLSX workbook', async () => {
      const response = await get('format=xlsx');
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe(
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      );
      const files = unzipSync(new Uint8Array(response.rawPayload));
      const sheet = Object.entries(files)
        .filter(([name]) => name.startsWith('xl/'))
        .map(([, content]) => strFromU8(content))
        .join('\n');
      expect(sheet).toContain('Bērna kopšanas pabalsts');
      expect(sheet).toContain('Pakalpojuma turētājs');
      expect(sheet).not.toContain('Citas iestādes pakalpojums');
    });

    it('refuses an unknown format and a caller not signed in', async () => {
      expect((await get('format=pdf')).statusCode).toBe(400);
      expect((await get('format=csv', {})).statusCode).toBe(401);
    });
  });
});
