import { generateKeyPairSync, randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type Adapter, type AdapterPayload, type Configuration } from 'oidc-provider';

/** Someone the test provider can sign in. */
export interface OidcAccount {
  subject: string;
  email?: string;
  emailVerified?: boolean;
}

export interface TestOidcProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Adds (or replaces) an account the provider can sign in. */
  addAccount(account: OidcAccount): OidcAccount;
  /**
   * Follows an authorization URL through the provider as a browser would: the provider's login
   * prompt (answered for `subject`), its consent prompt (granted, or denied with `deny`), until it
   * redirects to the client. Returns that redirect, the callback URL with the code or an error.
   */
  signIn(authorizationUrl: string, subject: string, options?: { deny?: boolean }): Promise<URL>;
  close(): Promise<void>;
}

/**
 * A real OpenID Connect provider (the `oidc-provider` package) on 127.0.0.1 and a free port, with
 * one confidential client registered for `redirectUri`. Its login and consent prompts are two small
 * form endpoints (`/interaction/:uid/login`, `/interaction/:uid/consent`) completed through the
 * provider's own interaction API, in place of HTML pages.
 */
export async function startOidcProvider({ redirectUri }: { redirectUri: string }): Promise<TestOidcProvider> {
  const accounts = new Map<string, OidcAccount>();
  const clientId = 'saimnieks-test';
  const clientSecret = `secret-${randomUUID()}`;
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const configuration: Configuration = {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    async findAccount(_ctx, subject) {
      const account = accounts.get(subject);
      if (!account) return undefined;
      return {
        accountId: subject,
        claims: () => ({
          sub: subject,
          ...(account.email === undefined
            ? {}
            : { email: account.email, email_verified: account.emailVerified ?? false }),
        }),
      };
    },
    claims: { openid: ['sub'], email: ['email', 'email_verified'] },
    scopes: ['openid', 'email'],
    pkce: { required: () => true },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    cookies: { keys: [randomUUID()] },
    adapter: MemoryAdapter,
    ttl: { AccessToken: 600, AuthorizationCode: 60, Grant: 3600, IdToken: 600, Interaction: 600, Session: 3600 },
    jwks: { keys: [{ ...privateKey.export({ format: 'jwk' }), kid: 'test', use: 'sig', alg: 'RS256' }] },
  };
  const provider = new Provider(issuer, configuration);
  const providerCallback = provider.callback();

  server.on('request', (request: http.IncomingMessage, response: http.ServerResponse) => {
    const interaction = /^\/interaction\/[\w-]+(\/(login|consent))?$/.exec(request.url?.split('?')[0] ?? '');
    if (!interaction) return void providerCallback(request, response);
    void answerInteraction(request, response, interaction[2]).catch((error: unknown) => {
      response.statusCode = 500;
      response.end(String(error));
    });
  });

  async function answerInteraction(request: http.IncomingMessage, response: http.ServerResponse, step?: string) {
    const details = await provider.interactionDetails(request, response);
    if (request.method === 'GET') {
      response.setHeader('content-type', 'application/json');
      return void response.end(JSON.stringify({ prompt: details.prompt.name }));
    }
    const form = new URLSearchParams(await readBody(request));
    if (step === 'login') {
      const subject = form.get('login') ?? '';
      if (!accounts.has(subject)) throw new Error(`No test account ${subject}`);
      return provider.interactionFinished(request, response, { login: { accountId: subject } });
    }
    if (form.get('deny') === 'yes') {
      return provider.interactionFinished(request, response, {
        error: 'access_denied',
        error_description: 'The person did not agree',
      });
    }
    const accountId = details.session?.accountId;
    const grant = details.grantId
      ? await provider.Grant.find(details.grantId)
      : new provider.Grant({ accountId, clientId: String(details.params.client_id) });
    if (!grant) throw new Error('The grant of the interaction is gone');
    const missing = details.prompt.details as { missingOIDCScope?: string[]; missingOIDCClaims?: string[] };
    if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(' '));
    if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
    const grantId = await grant.save();
    return provider.interactionFinished(request, response, { consent: { grantId } }, { mergeWithLastSubmission: true });
  }

  return {
    issuer,
    clientId,
    clientSecret,
    addAccount(account) {
      accounts.set(account.subject, account);
      return account;
    },
    async signIn(authorizationUrl, subject, { deny = false } = {}) {
      const cookies = new Map<string, string>();
      let url = new URL(authorizationUrl);
      for (let step = 0; step < 20; step++) {
        if (url.href.startsWith(redirectUri)) return url;
        let response = await browse(url, cookies);
        if (response.status === 200 && url.pathname.startsWith('/interaction/')) {
          const { prompt } = (await response.json()) as { prompt: string };
          const form: Record<string, string> = prompt === 'login' ? { login: subject } : { deny: deny ? 'yes' : 'no' };
          response = await browse(new URL(`${url.pathname}/${prompt}`, url), cookies, new URLSearchParams(form));
        }
        const location = response.headers.get('location');
        if (!location)
          throw new Error(`The provider stopped at ${url.href}: ${response.status} ${await response.text()}`);
        url = new URL(location, url);
      }
      throw new Error('The provider kept redirecting');
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}

const stored = new Map<string, AdapterPayload>();

/** The provider's state in memory, explicitly: the package warns about its own default one. */
class MemoryAdapter implements Adapter {
  readonly #model: string;

  constructor(model: string) {
    this.#model = model;
  }

  #key = (id: string) => `${this.#model}:${id}`;

  async upsert(id: string, payload: AdapterPayload) {
    stored.set(this.#key(id), payload);
  }

  async find(id: string) {
    return stored.get(this.#key(id));
  }

  async findByUserCode(userCode: string) {
    return [...stored.values()].find((payload) => payload.userCode === userCode);
  }

  async findByUid(uid: string) {
    return [...stored.values()].find((payload) => payload.uid === uid);
  }

  async consume(id: string) {
    const payload = stored.get(this.#key(id));
    if (payload) payload.consumed = Math.floor(Date.now() / 1000);
  }

  async destroy(id: string) {
    stored.delete(this.#key(id));
  }

  async revokeByGrantId(grantId: string) {
    for (const [key, payload] of stored) if (payload.grantId === grantId) stored.delete(key);
  }
}

/** One request as a browser makes it: with the cookies so far, redirects not followed. */
async function browse(url: URL, cookies: Map<string, string>, form?: URLSearchParams) {
  const response = await fetch(url, {
    method: form ? 'POST' : 'GET',
    redirect: 'manual',
    headers: {
      cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join('; '),
      ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
    },
    ...(form ? { body: form } : {}),
  });
  for (const header of response.headers.getSetCookie()) {
    const [pair = ''] = header.split(';');
    const separator = pair.indexOf('=');
    const [name, value] = [pair.slice(0, separator), pair.slice(separator + 1)];
    if (value === '' || /expires=Thu, 01 Jan 1970/i.test(header)) cookies.delete(name);
    else cookies.set(name, value);
  }
  return response;
}

function readBody(request: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => {
      body += chunk;
    });
    request.on('end', () => resolve(body));
    request.on('error', reject);
  });
}
