// The streamed CPSV-AP export: peak memory of the server process while it writes the whole
// catalogue, at 1,000 and at 10,000 services, and its throughput. Each size runs in a server
// process of its own (apps/server/src/main.ts) on PostgreSQL (DATABASE_URL, or the local server),
// in a schema of its own that is dropped afterwards: with the embedded database the process would
// hold the database engine too. Run by bench/run.ts, or alone (`node bench/cpsv-export.ts`), which
// replaces its section of docs/benchmarks.md.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { ServiceDescriptionContent } from '@saimnieks/contracts/services';
import { sql } from 'kysely';
import { Parser } from 'n3';
import pg from 'pg';
import pino from 'pino';
import { prepareDatabase } from '../apps/server/src/bootstrap.ts';
import { exchangeOrganisations } from '../apps/server/src/modules/cpsv-ap/testing/catalogue.ts';
import { fullDescription } from '../apps/server/src/modules/cpsv-ap/testing/full-description.ts';
import { systemClock } from '../apps/server/src/platform/clock.ts';
import { openDatabase } from '../apps/server/src/platform/db/database.ts';

const root = path.resolve(import.meta.dirname, '..');
const MAIN = path.join(root, 'apps/server/src/main.ts');
const SIZES = [1_000, 10_000];
const RUNS = 3;
const FORMATS = [
  { name: 'JSON-LD', accept: 'application/ld+json' },
  { name: 'Turtle', accept: 'text/turtle' },
] as const;

interface ExportRun {
  format: string;
  seconds: number;
  bytes: number;
}
export interface CpsvExportFigures {
  postgres: string;
  services: number;
  triplesPerService: number;
  readyRssMb: number;
  peakRssMb: number;
  /** JSON-LD and Turtle: the median of the runs of each. */
  runs: ExportRun[];
}

const megabytes = (kilobytes: number) => kilobytes / 1024;

async function statusKb(pid: number, field: 'VmRSS' | 'VmHWM') {
  const status = await fs.readFile(`/proc/${pid}/status`, 'utf8');
  return Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? Number.NaN);
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** A catalogue of `size` published services, each with the full description of the tests. */
async function seed(url: string, schema: string, size: number) {
  const database = await openDatabase({ kind: 'server', url, schema });
  try {
    await prepareDatabase(database, pino({ level: 'silent' }), { clock: systemClock, admin: undefined });
    const { riga, landService } = await exchangeOrganisations(database);
    const first = randomUUID();
    const content = ServiceDescriptionContent.parse(
      fullDescription({ providerId: landService.id, relatedServiceId: first, requiredServiceId: first }),
    );
    const template = JSON.stringify({ ...content, title: { ...content.title, lv: `${content.title.lv} #N#` } });
    const { db } = database;
    await sql`
      insert into service (id, identifier, holder_id, kind, stage, created_at, updated_at)
      select case when i = 1 then ${first}::uuid else gen_random_uuid() end, 'RD-' || lpad(i::text, 5, '0'),
             ${riga.id}, 'individual', 'delivery', now(), now()
      from generate_series(1, ${size}) i`.execute(db);
    await sql`
      insert into service_description (service_id, number, status, content, title_lv, created_at, updated_at, published_at)
      select id, 1, 'published', replace(${template}, '#N#', identifier)::jsonb, identifier, now(), now(), now()
      from service`.execute(db);
    await sql`update service set published_number = 1`.execute(db);
    await sql`analyze`.execute(db);
  } finally {
    await database.close();
  }
}

/** Starts the server on the schema and returns it once it is ready. */
async function startServer(url: string, schema: string) {
  const port = await freePort();
  const databaseUrl = new URL(url);
  databaseUrl.searchParams.set('options', `-c search_path=${schema}`);
  const child = spawn(process.execPath, [MAIN], {
    env: { PATH: process.env.PATH ?? '', PORT: String(port), LOG_LEVEL: 'warn', DATABASE_URL: databaseUrl.toString() },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${base}/readyz`)).ok) return { child, base };
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function stop(child: ChildProcess) {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

/** Downloads the export, counting bytes without keeping them, while sampling the server's RSS. */
async function download(base: string, accept: string, pid: number) {
  let peakKb = 0;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      peakKb = Math.max(peakKb, await statusKb(pid, 'VmRSS'));
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  })();
  const began = performance.now();
  const response = await fetch(`${base}/api/v1/catalogue/cpsv-ap`, { headers: { accept } });
  if (!response.ok || !response.body) throw new Error(`export answered ${response.status}`);
  let bytes = 0;
  for await (const chunk of response.body) bytes += (chunk as Uint8Array).byteLength;
  const seconds = (performance.now() - began) / 1000;
  sampling = false;
  await sampler;
  return { seconds, bytes, peakKb };
}

async function measure(url: string, postgres: string, size: number): Promise<CpsvExportFigures> {
  const schema = `bench_cpsv_${randomUUID().replaceAll('-', '')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  try {
    await seed(url, schema, size);
    const server = await startServer(url, schema);
    try {
      const pid = server.child.pid as number;
      const readyKb = await statusKb(pid, 'VmRSS');
      let peakKb = 0;
      const runs: ExportRun[] = [];
      for (const format of FORMATS) {
        const timed: { seconds: number; bytes: number }[] = [];
        for (let run = 0; run < RUNS; run++) {
          const result = await download(server.base, format.accept, pid);
          peakKb = Math.max(peakKb, result.peakKb);
          timed.push(result);
        }
        const median = timed.sort((a, b) => a.seconds - b.seconds)[Math.floor(RUNS / 2)] as (typeof timed)[number];
        runs.push({ format: format.name, ...median });
      }
      const triples = await fetch(
        `${server.base}/api/v1/catalogue/cpsv-ap?service=${await firstService(admin, schema)}`,
        {
          headers: { accept: 'text/turtle' },
        },
      );
      return {
        postgres,
        services: size,
        triplesPerService: new Parser().parse(await triples.text()).length,
        readyRssMb: megabytes(readyKb),
        peakRssMb: megabytes(peakKb),
        runs,
      };
    } finally {
      await stop(server.child);
    }
  } finally {
    await admin.query(`drop schema ${schema} cascade`);
    await admin.end();
  }
}

/** The first service, which requires itself only: its document is one service and what it shares. */
const firstService = async (admin: pg.Client, schema: string) =>
  (await admin.query(`select id from ${schema}.service where identifier = 'RD-00001'`)).rows[0]?.id as string;

export async function benchCpsvExport(): Promise<CpsvExportFigures[]> {
  const url = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const version = new pg.Client({ connectionString: url });
  await version.connect();
  const postgres = String((await version.query('show server_version')).rows[0]?.server_version ?? 'unknown');
  await version.end();
  const figures: CpsvExportFigures[] = [];
  for (const size of SIZES) figures.push(await measure(url, postgres, size));
  return figures;
}

export function cpsvExportReport(figures: CpsvExportFigures[]) {
  const mb = (value: number) => `${Math.round(value)} MB`;
  const rows = figures.flatMap((figure) =>
    figure.runs.map(
      (run) =>
        `| ${figure.services.toLocaleString('en')} | ${run.format} | ${(run.bytes / 1_048_576).toFixed(1)} MB | ${run.seconds.toFixed(2)} s | ${Math.round(figure.services / run.seconds)} | ${(run.bytes / 1_048_576 / run.seconds).toFixed(1)} MB/s |`,
    ),
  );
  const memory = figures.map(
    (figure) =>
      `| ${figure.services.toLocaleString('en')} | ${mb(figure.readyRssMb)} | ${mb(figure.peakRssMb)} | ${mb(figure.peakRssMb - figure.readyRssMb)} |`,
  );
  const [small, large] = figures;
  // Garbage collection decides when the heap shrinks, so peaks wander by tens of MB from run to run;
  // an export that held the catalogue would grow the peak with it, ten times over.
  const growth =
    small && large ? (large.peakRssMb - large.readyRssMb) / (small.peakRssMb - small.readyRssMb) : Number.NaN;
  return `## CPSV-AP export: \`GET /api/v1/catalogue/cpsv-ap\`, streamed
The whole published catalogue, every service described in full (one service alone is a document of
${figures[0]?.triplesPerService ?? '?'} triples: channels, costs, legal basis, events, participations...), on PostgreSQL ${figures[0]?.postgres ?? ''}. Each size in a
server process of its own; its resident memory sampled every 5 ms from /proc while ${RUNS} downloads of each format
ran one after another; times are the median of the ${RUNS}.

| services | resident memory when ready | peak while exporting | peak minus ready |
|---|---|---|---|
${memory.join('\n')}

| services | format | size | time | services/s | throughput |
|---|---|---|---|---|---|
${rows.join('\n')}

Ten times the services (and the output) took ${growth.toFixed(1)} times the memory above ready. An export
holding what it writes would take about ten times; the garbage collector alone moves peaks by tens of MB
between runs. Target, memory that does not grow with the catalogue (under twice the memory above ready
for ten times the services): **${growth < 2 ? 'met' : 'not met'}**.
`;
}

if (import.meta.main) {
  const section = cpsvExportReport(await benchCpsvExport());
  const file = path.join(root, 'docs/benchmarks.md');
  const current = await fs.readFile(file, 'utf8');
  const start = current.indexOf('## CPSV-AP export');
  const next = start === -1 ? -1 : current.indexOf('\n## ', start + 1);
  const updated =
    start === -1
      ? `${current.trimEnd()}\n\n${section}`
      : `${current.slice(0, start)}${section}${next === -1 ? '' : current.slice(next + 1)}`;
  await fs.writeFile(file, updated);
  console.log(section);
  console.log(`(${os.cpus().length} cores, Node ${process.version})`);
}
