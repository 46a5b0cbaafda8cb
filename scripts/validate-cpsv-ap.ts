// Validates a CPSV-AP export against SHACL shapes, by default the official ones of CPSV-AP 3.2.0
// (cpsv-ap-SHACL.ttl of https://github.com/SEMICeu/CPSV-AP, releases/3.2.0; CC-BY 4.0, not kept in
// this repository). The project's tests check against our restatement of them instead
// (apps/server/src/modules/cpsv-ap/shapes/cpsv-ap.shapes.ttl).
//
//   node scripts/validate-cpsv-ap.ts --shapes <cpsv-ap-SHACL.ttl> --url http://localhost:3000
//   node scripts/validate-cpsv-ap.ts --shapes <cpsv-ap-SHACL.ttl> --data-dir ./data        (or DATABASE_URL)
//   node scripts/validate-cpsv-ap.ts --shapes <cpsv-ap-SHACL.ttl> --sample
//
// --sample exports a made-up catalogue in an in-memory database: three services of a
// municipality, one of them with every part of a description filled in. Add --service <id> to
// export one service, --format turtle to check the Turtle export, --save <file> to keep the export.
// Exits with 1 when there are violations.
import fs from 'node:fs/promises';
import { parseArgs } from 'node:util';
import pino from 'pino';
import { prepareDatabase } from '../apps/server/src/bootstrap.ts';
import { makeExportCatalogue } from '../apps/server/src/modules/cpsv-ap/index.ts';
import { exchangeCatalogue, PUBLIC_URL } from '../apps/server/src/modules/cpsv-ap/testing/catalogue.ts';
import { parseRdf, validateAgainst } from '../apps/server/src/modules/cpsv-ap/testing/shacl.ts';
import { systemClock } from '../apps/server/src/platform/clock.ts';
import { openDatabase } from '../apps/server/src/platform/db/database.ts';

const { values } = parseArgs({
  options: {
    shapes: { type: 'string' },
    url: { type: 'string' },
    'data-dir': { type: 'string' },
    'public-url': { type: 'string' },
    sample: { type: 'boolean', default: false },
    service: { type: 'string' },
    format: { type: 'string', default: 'json-ld' },
    save: { type: 'string' },
  },
});

const format = values.format === 'turtle' ? 'turtle' : 'json-ld';
if (!values.shapes) {
  console.error('Give --shapes <path to cpsv-ap-SHACL.ttl> and one of --url, --data-dir (or DATABASE_URL), --sample');
  process.exit(2);
}

async function fromServer(base: string) {
  const url = new URL('/api/v1/catalogue/cpsv-ap', base);
  if (values.service) url.searchParams.set('service', values.service);
  const response = await fetch(url, {
    headers: { accept: format === 'turtle' ? 'text/turtle' : 'application/ld+json' },
  });
  if (!response.ok) throw new Error(`${url}: ${response.status} ${await response.text()}`);
  return response.text();
}

async function fromDatabase({ sample }: { sample: boolean }) {
  const databaseUrl = process.env.DATABASE_URL;
  const database = await openDatabase(
    sample || !databaseUrl
      ? { kind: 'embedded', dataDir: sample ? undefined : values['data-dir'] }
      : { kind: 'server', url: databaseUrl },
  );
  try {
    const publicUrl = values['public-url'] ?? PUBLIC_URL;
    if (sample) {
      await prepareDatabase(database, pino({ level: 'silent' }), { clock: systemClock, admin: undefined, publicUrl });
      await exchangeCatalogue(database);
    }
    let text = '';
    const pieces = await makeExportCatalogue({ db: database.db, publicUrl }).open(format, values.service);
    for await (const piece of pieces) text += piece;
    return text;
  } finally {
    await database.close();
  }
}

const document = values.url ? await fromServer(values.url) : await fromDatabase({ sample: values.sample ?? false });
if (values.save) await fs.writeFile(values.save, document);
const quads = await parseRdf(document, format);
const violations = await validateAgainst(values.shapes, quads);
const services = new Set(
  quads.filter((q) => q.object.value === 'http://purl.org/vocab/cpsv#PublicService').map((q) => q.subject.value),
);

console.log(`Shapes: ${values.shapes}`);
console.log(
  `Export: ${format}, ${document.length} characters, ${quads.length} triples, ${services.size} public services`,
);
console.log(`Violations: ${violations.length}`);
for (const violation of violations) {
  console.log(`- ${violation.focusNode}  ${violation.path ?? ''}  ${violation.constraint}  ${violation.message}`);
}
process.exit(violations.length === 0 ? 0 : 1);
