// npm run bench: measures start-up time and the model route's throughput against a bare Fastify
// route in one run, and writes docs/benchmarks.md.
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { benchAuthorisation } from './authorisation.ts';
import { benchCatalogueSearch, catalogueSearchReport } from './catalogue-search.ts';
import { benchCpsvExport, cpsvExportReport } from './cpsv-export.ts';

const root = path.resolve(import.meta.dirname, '..');
const MAIN = path.join(root, 'apps/server/src/main.ts');
const STARTS = 5;
const DURATION_S = 10;
const CONNECTIONS = 10;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(url: string, child: ChildProcess): Promise<void> {
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${url}: process exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

async function stop(child: ChildProcess) {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

/** Starts a process and returns it once `readyPath` answers 200, with the milliseconds that took. */
async function start(script: string, env: Record<string, string>, readyPath: string) {
  const port = await freePort();
  const began = performance.now();
  const child = spawn(process.execPath, [script], {
    env: { PATH: process.env.PATH ?? '', PORT: String(port), LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  await waitFor(`http://127.0.0.1:${port}${readyPath}`, child);
  return { child, url: `http://127.0.0.1:${port}`, readyMs: performance.now() - began };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

async function load(url: string) {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION_S });
  return {
    requestsPerSecond: result.requests.average,
    p99Ms: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

async function main() {
  const dataDirs: string[] = [];
  const freshDir = async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'saimnieks-bench-'));
    dataDirs.push(dir);
    return dir;
  };

  // Start-up: a fresh data directory each time, then one existing directory again and again.
  const fresh: number[] = [];
  for (let i = 0; i < STARTS; i++) {
    const server = await start(MAIN, { DATA_DIR: await freshDir() }, '/readyz');
    fresh.push(server.readyMs);
    await stop(server.child);
  }
  const existingDir = await freshDir();
  await stop((await start(MAIN, { DATA_DIR: existingDir }, '/readyz')).child);
  const existing: number[] = [];
  for (let i = 0; i < STARTS; i++) {
    const server = await start(MAIN, { DATA_DIR: existingDir }, '/readyz');
    existing.push(server.readyMs);
    await stop(server.child);
  }

  // Throughput: the real route (logging at warn and at info), then the bare route with its body.
  const runs: { name: string; requestsPerSecond: number; p99Ms: number; errors: number }[] = [];
  let body = '';
  for (const logLevel of ['warn', 'info']) {
    const server = await start(MAIN, { DATA_DIR: existingDir, LOG_LEVEL: logLevel }, '/readyz');
    body ||= await (await fetch(`${server.url}/api/v1/model/tasks`)).text();
    runs.push({ name: `real, LOG_LEVEL=${logLevel}`, ...(await load(`${server.url}/api/v1/model/tasks`)) });
    await stop(server.child);
  }
  const bare = await start(path.join(root, 'bench/bare-server.ts'), { BARE_BODY: body }, '/api/v1/model/tasks');
  const baseline = { name: 'bare Fastify, same JSON from memory', ...(await load(`${bare.url}/api/v1/model/tasks`)) };
  await stop(bare.child);
  await Promise.all(dataDirs.map((dir) => fs.rm(dir, { recursive: true, force: true })));
  const authorisation = await benchAuthorisation({ seconds: DURATION_S, connections: CONNECTIONS });
  const addedP99 = authorisation.checked.p99Ms - authorisation.unchecked.p99Ms;
  const searchLoad = { seconds: DURATION_S, connections: CONNECTIONS };
  const catalogueSearch = catalogueSearchReport(await benchCatalogueSearch(searchLoad), searchLoad);
  const cpsvExport = cpsvExportReport(await benchCpsvExport());

  const ms = (value: number) => `${Math.round(value)} ms`;
  const rows = [...runs, baseline].map(
    (run) =>
      `| ${run.name} | ${Math.round(run.requestsPerSecond)} | ${run.p99Ms} ms | ${(run.requestsPerSecond / baseline.requestsPerSecond).toFixed(2)} | ${run.errors} |`,
  );
  const report = `# Benchmarks

Written by \`npm run bench\` (bench/run.ts); figures of one run on ${new Date().toISOString().slice(0, 10)},
${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}, embedded PGlite.
Ratios compare measurements taken in the same run; absolute numbers depend on the machine.

## Start-up: process start to \`GET /readyz\` answering 200
Median of ${STARTS} starts each.

| data directory | median | all runs |
|---|---|---|
| fresh (creates the database, migrates, loads the model) | ${ms(median(fresh))} | ${fresh.map(ms).join(', ')} |
| existing | ${ms(median(existing))} | ${existing.map(ms).join(', ')} |

Target: ready within 2 s on an existing data directory: **${median(existing) <= 2000 ? 'met' : 'not met'}**.

## \`GET /api/v1/model/tasks\` against a bare route
autocannon, ${CONNECTIONS} connections, ${DURATION_S} s each, client and server on the same machine.

| server | requests/s | p99 latency | ratio to bare | errors |
|---|---|---|---|---|
${rows.join('\n')}

Target: the real route reaches at least 80% of the bare route's throughput:
**${(runs[0]?.requestsPerSecond ?? 0) / baseline.requestsPerSecond >= 0.8 ? 'met' : 'not met'}** at LOG_LEVEL=warn.

## Authorisation check: \`GET /api/v1/organisations?limit=20\`
${authorisation.organisations} organisations, ${authorisation.people} people, ${authorisation.roleAssignments} role assignments
(embedded PGlite, server in the benchmark's process). Checked: signed in as a sector lead (session lookup,
held roles, visibility filter on the subtree). Unchecked: the same contract, query and serialisation with
no principal and no filter. autocannon, ${CONNECTIONS} connections, ${DURATION_S} s each, the two routes
alternated over ${authorisation.rounds} rounds; each figure is the median of its rounds.

| route | requests/s | p50 | p99 |
|---|---|---|---|
| checked | ${Math.round(authorisation.checked.requestsPerSecond)} | ${authorisation.checked.p50Ms} ms | ${authorisation.checked.p99Ms} ms |
| unchecked | ${Math.round(authorisation.unchecked.requestsPerSecond)} | ${authorisation.unchecked.p50Ms} ms | ${authorisation.unchecked.p99Ms} ms |

Throughput ratio checked/unchecked: ${(authorisation.checked.requestsPerSecond / authorisation.unchecked.requestsPerSecond).toFixed(2)}.
Added at p99: ${addedP99} ms. Target under 1 ms at p99: **${addedP99 < 1 ? 'met' : 'not met'}**.

${catalogueSearch}
${cpsvExport}`;
  await fs.writeFile(path.join(root, 'docs/benchmarks.md'), report);
  console.log(report);
}

await main();
