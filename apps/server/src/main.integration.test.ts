import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from './platform/db/database.ts';
import { migrate, readMigrations } from './platform/db/migrator.ts';

const MAIN = path.resolve(import.meta.dirname, 'main.ts');
const running: ChildProcess[] = [];
afterEach(() => {
  for (const child of running.splice(0)) child.kill('SIGKILL');
});

/** Starts the real server process on the embedded database in a fresh directory. */
function startServer(env: Record<string, string>) {
  const child = spawn(process.execPath, [MAIN], {
    env: { PATH: process.env.PATH ?? '', PORT: '0', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk) => {
    stdout += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    stderr += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const output = () => ({ stdout, stderr });
  const listening = async () => {
    while (!/Server listening at (http:\/\/127\.0\.0\.1:\d+)/.test(stdout)) {
      if (child.exitCode !== null) throw new Error(`server exited: ${stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(stdout)?.[1] ?? '';
  };
  return { child, exited, output, listening };
}

const tempDir = () => fs.mkdtemp(path.join(os.tmpdir(), 'saimnieks-data-'));

describe('server process', () => {
  it('stops at a bad setting with one clear line and a non-zero exit', async () => {
    const server = startServer({ PORT: 'eighty', DATA_DIR: await tempDir() });
    expect(await server.exited).toBe(1);
    expect(server.output().stderr.trim()).toBe(
      'Saimnieks cannot start: configuration: PORT="eighty" is invalid: must be a whole number from 0 to 65535',
    );
  });

  it('refuses a data directory written by a newer schema and leaves it as it was', async () => {
    const dataDir = await tempDir();
    const database = await openDatabase({ kind: 'embedded', dataDir });
    const shipped = await migrate(database.db, await readMigrations());
    await database.db.insertInto('schema_migration').values({ version: 99, name: 'future', checksum: 'x' }).execute();
    await database.close();

    const server = startServer({ DATA_DIR: dataDir });
    expect(await server.exited).toBe(1);
    expect(server.output().stderr).toContain('written by a newer version of Saimnieks (schema version 99');

    const reopened = await openDatabase({ kind: 'embedded', dataDir });
    const tables = await reopened.db.selectFrom('schema_migration').select('version').execute();
    await reopened.close();
    expect(tables.map((row) => row.version)).toEqual([...shipped, 99]);
  });

  it('serves, then shuts down cleanly on SIGTERM and starts again on the same data', async () => {
    const dataDir = await tempDir();
    const first = startServer({ DATA_DIR: dataDir });
    const url = await first.listening();
    expect((await fetch(`${url}/readyz`)).status).toBe(200);
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(first.output().stdout).toContain('shutting down');

    const second = startServer({ DATA_DIR: dataDir });
    const readiness = await (await fetch(`${await second.listening()}/readyz`)).json();
    expect(readiness).toMatchObject({ status: 'ready', modelVersion: 1 });
    second.child.kill('SIGINT');
    expect(await second.exited).toBe(0);
  });

  it('creates the first administrator from ADMIN_EMAIL and ADMIN_PASSWORD, who can then sign in', async () => {
    const server = startServer({
      DATA_DIR: await tempDir(),
      ADMIN_EMAIL: 'admin@example.lv',
      ADMIN_PASSWORD: 'Zaļā-upe-tek-lēni-2026',
    });
    const url = await server.listening();
    const login = await fetch(`${url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@example.lv', password: 'Zaļā-upe-tek-lēni-2026' }),
    });
    expect(login.status).toBe(200);
    expect((await login.json()).person).toMatchObject({ email: 'admin@example.lv', isAdministrator: true });
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  });

  it('stops at an ADMIN_PASSWORD that breaks the password rules, without repeating it', async () => {
    const server = startServer({
      DATA_DIR: await tempDir(),
      ADMIN_EMAIL: 'admin@example.lv',
      ADMIN_PASSWORD: '123456789012',
    });
    expect(await server.exited).toBe(1);
    expect(server.output().stderr.trim()).toBe(
      'Saimnieks cannot start: configuration: ADMIN_PASSWORD is on a list of commonly used passwords',
    );
  });
});
