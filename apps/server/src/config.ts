import path from 'node:path';
import { z } from 'zod';

const LogLevel = z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']);

const PORT_RULE = 'must be a whole number from 0 to 65535';
const MINUTES_RULE = 'must be a whole number of minutes, at least 1';
const HOURS_RULE = 'must be a whole number of hours, at least 1';

const Environment = z.object({
  PORT: z.coerce
    .number({ error: PORT_RULE })
    .int({ error: PORT_RULE })
    .min(0, { error: PORT_RULE })
    .max(65535, { error: PORT_RULE })
    .default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// or postgresql:// URL' }).optional(),
  LOG_LEVEL: LogLevel.default('info'),
  ADMIN_EMAIL: z.email({ error: 'must be an email address' }).optional(),
  ADMIN_PASSWORD: z.string().min(12, { error: 'must be at least 12 characters' }).optional(),
  SESSION_IDLE_MINUTES: z.coerce
    .number({ error: MINUTES_RULE })
    .int({ error: MINUTES_RULE })
    .min(1, { error: MINUTES_RULE })
    .default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce
    .number({ error: HOURS_RULE })
    .int({ error: HOURS_RULE })
    .min(1, { error: HOURS_RULE })
    .default(12),
  PUBLIC_URL: z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' }).optional(),
});

export type Config = {
  port: number;
  host: string;
  /** Where the embedded database lives; unused when `databaseUrl` is set. */
  dataDir: string;
  databaseUrl: string | undefined;
  logLevel: z.infer<typeof LogLevel>;
  /** The address people reach the product at; defaults to the local listening address. */
  publicUrl: string;
  /** The first administrator, created at start when nobody exists yet. */
  admin: { email: string; password: string } | undefined;
  session: { idleMinutes: number; absoluteHours: number };
  /** The built web app, served at `/` when it exists. */
  webDistDir: string;
};

export class ConfigError extends Error {}

/** Reads the configuration once at boot; a bad value is a ConfigError naming the variable and the rule. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const blankAsUnset = Object.fromEntries(
    Object.keys(Environment.shape).map((name) => [name, env[name] === '' ? undefined : env[name]]),
  );
  const parsed = Environment.safeParse(blankAsUnset);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue?.path[0] ?? 'environment');
    throw new ConfigError(`${name}=${JSON.stringify(env[name] ?? '')} is invalid: ${issue?.message ?? 'unknown rule'}`);
  }
  const values = parsed.data;
  return {
    port: values.PORT,
    host: values.HOST,
    dataDir: path.resolve(values.DATA_DIR),
    databaseUrl: values.DATABASE_URL,
    logLevel: values.LOG_LEVEL,
    publicUrl: (values.PUBLIC_URL ?? `http://localhost:${values.PORT}`).replace(/\/$/, ''),
    admin:
      values.ADMIN_EMAIL && values.ADMIN_PASSWORD
        ? { email: values.ADMIN_EMAIL, password: values.ADMIN_PASSWORD }
        : undefined,
    session: { idleMinutes: values.SESSION_IDLE_MINUTES, absoluteHours: values.SESSION_ABSOLUTE_HOURS },
    webDistDir: path.resolve(import.meta.dirname, '../../web/dist'),
  };
}
