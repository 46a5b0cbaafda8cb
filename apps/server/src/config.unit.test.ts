import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('uses the documented defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3000, host: '127.0.0.1', databaseUrl: undefined, logLevel: 'info' });
    expect(config.dataDir).toMatch(/\/data$/);
    expect(config.publicUrl).toBe('http://localhost:3000');
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: '' })).toMatchObject({ port: 3000, databaseUrl: undefined });
  });

  it('takes a PostgreSQL URL and a public URL without its trailing slash', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://app@db.example:5432/saimnieks',
      PUBLIC_URL: 'https://pakalpojumi.example.lv/',
    });
    expect(config.databaseUrl).toBe('postgres://app@db.example:5432/saimnieks');
    expect(config.publicUrl).toBe('https://pakalpojumi.example.lv');
  });

  it.each([
    ['PORT', 'abc', 'PORT="abc" is invalid: must be a whole number from 0 to 65535'],
    ['PORT', '70000', 'PORT="70000" is invalid: must be a whole number from 0 to 65535'],
    ['DATABASE_URL', 'mysql://localhost/db', 'DATABASE_URL=(value hidden) is invalid: must be a postgres://'],
    ['ADMIN_PASSWORD', 'short', 'ADMIN_PASSWORD=(value hidden) is invalid: must be at least 12 characters'],
    ['LOG_LEVEL', 'loud', 'LOG_LEVEL="loud" is invalid'],
    ['PUBLIC_URL', 'ftp://x', 'PUBLIC_URL="ftp://x" is invalid: must be an http:// or https:// URL'],
  ])('refuses %s=%s naming the variable and the rule', (name, value, message) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(message);
  });
});

describe('loadConfig: OpenID Connect', () => {
  const oidc = {
    OIDC_ISSUER: 'https://id.example.lv/realms/valsts',
    OIDC_CLIENT_ID: 'saimnieks',
    OIDC_CLIENT_SECRET: 'ļoti-slepens',
  };

  it('is off unless configured', () => {
    expect(loadConfig({}).oidc).toBeUndefined();
  });

  it('takes the issuer, client id and secret together', () => {
    expect(loadConfig(oidc).oidc).toEqual({
      issuer: 'https://id.example.lv/realms/valsts',
      clientId: 'saimnieks',
      clientSecret: 'ļoti-slepens',
    });
  });

  it('accepts plain http only from a provider on this machine', () => {
    expect(loadConfig({ ...oidc, OIDC_ISSUER: 'http://127.0.0.1:8080' }).oidc?.issuer).toBe('http://127.0.0.1:8080');
    expect(() => loadConfig({ ...oidc, OIDC_ISSUER: 'http://id.example.lv' })).toThrow(
      'OIDC_ISSUER="http://id.example.lv" is invalid: must be an https:// URL (http:// only on localhost)',
    );
    expect(() => loadConfig({ ...oidc, OIDC_ISSUER: 'id.example.lv' })).toThrow(
      'OIDC_ISSUER="id.example.lv" is invalid',
    );
  });

  it('refuses a partial setting in one line naming what is missing, without the secret', () => {
    const partial = () => loadConfig({ OIDC_ISSUER: oidc.OIDC_ISSUER, OIDC_CLIENT_SECRET: oidc.OIDC_CLIENT_SECRET });
    expect(partial).toThrow(ConfigError);
    expect(partial).toThrow(
      'OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET must be set together or not at all; missing OIDC_CLIENT_ID',
    );
    expect(partial).not.toThrow(/ļoti-slepens|\n/);
  });
});
