import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { administrator } from './accounts.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The server's log, where invitation and reset links are written when no SMTP server is configured. */
    serverLog: string;
  }
}

const root = path.resolve(import.meta.dirname, '../..');

/** The server needs Node 24 (the version the project pins), which is not always the Node running the tests. */
function node24(): string {
  const pinned = path.join(root, 'node_modules/.bin/node');
  if (fs.existsSync(pinned)) return pinned;
  if (process.versions.node.startsWith('24.')) return process.execPath;
  throw new Error(`Node 24 is needed to run the server: run npm install (found ${process.version} only)`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

async function waitUntilReady(baseUrl: string, server: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`The server exited with ${server.exitCode}:\n${output()}`);
    const ready = await fetch(`${baseUrl}/readyz`).then(
      (response) => response.status === 200,
      () => false,
    );
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The server was not ready within 60 s:\n${output()}`);
}

/** Starts the real server on embedded PGlite in a fresh data folder, for all the journeys. */
export default async function startServer(project: TestProject) {
  if (!fs.existsSync(path.join(root, 'apps/web/dist/index.html'))) {
    throw new Error('No web build: run `npm run build` first (`npm run test:e2e` does it for you)');
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'saimnieks-e2e-'));
  const port = await freePort();
  const { DATABASE_URL: _database, SMTP_URL: _smtp, OIDC_ISSUER: _oidc, ...environment } = process.env;
  const server = spawn(node24(), ['apps/server/src/main.ts'], {
    cwd: root,
    env: {
      ...environment,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      // The first start creates this administrator, whom the journeys sign in as.
      ADMIN_EMAIL: administrator.email,
      ADMIN_PASSWORD: administrator.password,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const serverLog = path.join(dataDir, 'server.log');
  let log = '';
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-20_000);
    fs.appendFileSync(serverLog, chunk);
  };
  server.stdout?.on('data', keep);
  server.stderr?.on('data', keep);

  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitUntilReady(baseUrl, server, () => log);
  } catch (error) {
    server.kill('SIGKILL');
    throw error;
  }
  project.provide('baseUrl', baseUrl);
  project.provide('serverLog', serverLog);

  return async () => {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    const timeout = setTimeout(() => server.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timeout);
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}
