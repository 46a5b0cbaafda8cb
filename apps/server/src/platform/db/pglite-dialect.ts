import type { PGlite } from '@electric-sql/pglite';
import {
  CompiledQuery,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type QueryResult,
  type TransactionSettings,
} from 'kysely';

/**
 * Kysely dialect for embedded PGlite. PGlite is one connection, so a connection is lent to one
 * user at a time: a transaction holds it from `begin` to `commit` and other queries wait.
 */
export class PGliteDialect implements Dialect {
  readonly #client: PGlite;

  constructor(client: PGlite) {
    this.#client = client;
  }

  createAdapter() {
    return new PostgresAdapter();
  }
  createDriver(): Driver {
    return new PGliteDriver(this.#client);
  }
  createIntrospector(db: Parameters<Dialect['createIntrospector']>[0]) {
    return new PostgresIntrospector(db);
  }
  createQueryCompiler() {
    return new PostgresQueryCompiler();
  }
}

class PGliteDriver implements Driver {
  readonly #client: PGlite;
  #queue: Promise<void> = Promise.resolve();

  constructor(client: PGlite) {
    this.#client = client;
  }

  async init() {}

  async acquireConnection(): Promise<DatabaseConnection> {
    let release: () => void = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    const turn = this.#queue;
    this.#queue = turn.then(() => released);
    await turn;
    return new PGliteConnection(this.#client, release);
  }

  async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings) {
    const modes = [settings.isolationLevel && `isolation level ${settings.isolationLevel}`, settings.accessMode];
    await connection.executeQuery(CompiledQuery.raw(`begin ${modes.filter(Boolean).join(', ')}`));
  }
  async commitTransaction(connection: DatabaseConnection) {
    await connection.executeQuery(CompiledQuery.raw('commit'));
  }
  async rollbackTransaction(connection: DatabaseConnection) {
    await connection.executeQuery(CompiledQuery.raw('rollback'));
  }

  async releaseConnection(connection: DatabaseConnection) {
    (connection as PGliteConnection).release();
  }

  async destroy() {
    await this.#queue;
    if (!this.#client.closed) await this.#client.close();
  }
}

class PGliteConnection implements DatabaseConnection {
  readonly #client: PGlite;
  readonly release: () => void;

  constructor(client: PGlite, release: () => void) {
    this.#client = client;
    this.release = release;
  }

  async executeQuery<Row>(compiledQuery: CompiledQuery): Promise<QueryResult<Row>> {
    // Without parameters the simple protocol is used, as pg does, so a migration script of several
    // statements runs in one call; its last statement's rows are the result.
    const result =
      compiledQuery.parameters.length === 0
        ? (await this.#client.exec(compiledQuery.sql)).at(-1)
        : await this.#client.query<Row>(compiledQuery.sql, [...compiledQuery.parameters]);
    if (!result) return { rows: [] };
    return {
      rows: result.rows as Row[],
      ...(result.affectedRows === undefined ? {} : { numAffectedRows: BigInt(result.affectedRows) }),
    };
  }

  // biome-ignore lint/correctness/useYield: streaming is not offered by PGlite; the generator only refuses.
  async *streamQuery<Row>(): AsyncIterableIterator<QueryResult<Row>> {
    throw new Error('PGlite does not stream query results');
  }
}
