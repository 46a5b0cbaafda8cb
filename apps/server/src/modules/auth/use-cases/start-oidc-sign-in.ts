import type { Kysely } from 'kysely';
import * as client from 'openid-client';
import { hashSecret, randomSecret } from '../../../platform/auth/secrets.ts';
import type { Clock } from '../../../platform/clock.ts';
import type { DB } from '../../../platform/db/database.ts';
import { deleteExpiredOidcSignIns, insertOidcSignIn } from '../auth.repository.ts';
import type { OidcClient } from '../oidc-client.ts';

/** How long a person has to sign in at the provider and come back. */
export const OIDC_SIGN_IN_MINUTES = 10;

export type OidcStart =
  | { kind: 'redirect'; url: URL; binding: string }
  | { kind: 'unavailable'; reason: 'oidc-unavailable'; detail: string };

/**
 * Starts an authorization-code sign-in with PKCE: state, nonce and code verifier stay in the
 * database, keyed by the hash of a random binding value that only the browser gets (in a cookie).
 */
export function makeStartOidcSignIn({ db, clock, oidc }: { db: Kysely<DB>; clock: Clock; oidc: OidcClient }) {
  return async function startOidcSignIn(): Promise<OidcStart> {
    let configuration: client.Configuration;
    try {
      configuration = await oidc.configuration();
    } catch (error) {
      return { kind: 'unavailable', reason: 'oidc-unavailable', detail: String(error) };
    }
    const now = clock.now();
    const binding = randomSecret();
    const state = client.randomState();
    const nonce = client.randomNonce();
    const codeVerifier = client.randomPKCECodeVerifier();
    await db.transaction().execute(async (trx) => {
      await deleteExpiredOidcSignIns(trx, now);
      await insertOidcSignIn(trx, {
        binding_hash: hashSecret(binding),
        state,
        nonce,
        code_verifier: codeVerifier,
        created_at: now,
        expires_at: new Date(now.getTime() + OIDC_SIGN_IN_MINUTES * 60_000),
      });
    });
    const url = client.buildAuthorizationUrl(configuration, {
      redirect_uri: oidc.settings.redirectUri,
      response_type: 'code',
      scope: 'openid email',
      state,
      nonce,
      code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
    });
    return { kind: 'redirect', url, binding };
  };
}
