import path from 'node:path';
import { z } from 'zod';

const LogLevel = z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']);

const SECRET_VARIABLES = new Set(['ADMIN_PASSWORD', 'DATABASE_URL', 'OIDC_CLIENT_SECRET', 'SMTP_URL']);
const PORT_RULE = 'must be a whole number from 0 to 65535';
const MINUTES_RULE = 'must be a whole number of minutes, at least 1';
const HOURS_RULE = 'must be a whole number of hours, at least 1';
const OIDC_ISSUER_RULE = 'must be an https:// URL (http:// only on localhost)';
const BOOLEAN_RULE = 'must be true or false (1 or 0)';
const OIDC_VARIABLES = ['OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET'] as const;

/** An identity provider is trusted over https; plain http only on this machine, for development. */
function isAcceptableIssuer(value: string) {
  const url = URL.parse(value);
  return url?.protocol === 'https:' || ['localhost', '127.0.0.1', '[::1]'].includes(url?.hostname ?? '');
}

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
  OIDC_ISSUER: z
    .url({ protocol: /^https?$/, error: OIDC_ISSUER_RULE })
    .refine(isAcceptableIssuer, { error: OIDC_ISSUER_RULE })
    .optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  SMTP_URL: z.url({ protocol: /^smtps?$/, error: 'must be an smtp:// or smtps:// URL' }).optional(),
  MAIL_FROM: z
    .string()
    .regex(/^([^<>]*<)?[^\s@<>]+@[^\s@<>]+>?$/, { error: 'must be an address, e.g. Saimnieks <saimnieks@example.lv>' })
    .optional(),
  DEMO_DATA: z.stringbool({ truthy: ['true', '1'], falsy: ['false', '0'], error: BOOLEAN_RULE }).default(false),
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
  /** Sign-in through an OpenID Connect provider; it redirects back to `${publicUrl}/api/v1/auth/oidc/callback`. */
  oidc: { issuer: string; clientId: string; clientSecret: string } | undefined;
  /** The built web app, served at `/` when it exists. */
  webDistDir: string;
  /** Where mail goes out; without it, messages (with their links) are written to the log instead. */
  mail: { smtpUrl: string; from: string } | undefined;
  /** Whether start fills the database with the demo dataset (src/demo), once. */
  demoData: boolean;
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
    // Values that may hold a secret are never repeated into logs.
    const shown = SECRET_VARIABLES.has(name) ? '(value hidden)' : JSON.stringify(env[name] ?? '');
    throw new ConfigError(`${name}=${shown} is invalid: ${issue?.message ?? 'unknown rule'}`);
  }
  const values = parsed.data;
  const missingOidc = OIDC_VARIABLES.filter((name) => values[name] === undefined);
  if (missingOidc.length > 0 && missingOidc.length < OIDC_VARIABLES.length) {
    throw new ConfigError(
      `${OIDC_VARIABLES.join(', ')} must be set together or not at all; missing ${missingOidc.join(', ')}`,
    );
  }
  if (values.SMTP_URL && !values.MAIL_FROM) {
    throw new ConfigError('MAIL_FROM="" is invalid: must be set when SMTP_URL is, as the sender of the mail');
  }
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
    oidc:
      values.OIDC_ISSUER && values.OIDC_CLIENT_ID && values.OIDC_CLIENT_SECRET
        ? { issuer: values.OIDC_ISSUER, clientId: values.OIDC_CLIENT_ID, clientSecret: values.OIDC_CLIENT_SECRET }
        : undefined,
    webDistDir: path.resolve(import.meta.dirname, '../../web/dist'),
    mail: values.SMTP_URL && values.MAIL_FROM ? { smtpUrl: values.SMTP_URL, from: values.MAIL_FROM } : undefined,
    demoData: values.DEMO_DATA,
  };
}
