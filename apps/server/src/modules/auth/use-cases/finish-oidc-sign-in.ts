import type { OidcSignInError } from '@saimnieks/contracts/auth';
import type { Kysely } from 'kysely';
import * as client from 'openid-client';
import { type AuditContext, diffOf, recordAudit } from '../../../platform/audit/audit.ts';
import { hashSecret } from '../../../platform/auth/secrets.ts';
import type { Clock } from '../../../platform/clock.ts';
import type { DB } from '../../../platform/db/database.ts';
import { findPersonByEmail, findPersonByOidcSubject, linkOidcSubject, takeOidcSignIn } from '../auth.repository.ts';
import type { OidcClient } from '../oidc-client.ts';
import { openSession, type SessionSettings } from './open-session.ts';

export type OidcFinish =
  | { kind: 'signed-in'; token: string; personId: string }
  | { kind: 'refused'; reason: OidcSignInError; detail: string };

const refused = (reason: OidcSignInError, detail: string): OidcFinish => ({ kind: 'refused', reason, detail });

/** The identity the provider vouches for: its subject, and the email only when it says it verified it. */
async function identityOf(
  configuration: client.Configuration,
  tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>,
) {
  const idToken = tokens.claims();
  if (!idToken) throw new Error('The provider sent no ID token');
  // Many providers put the email claims only in the userinfo answer, not in the ID token.
  const claims =
    typeof idToken.email === 'string'
      ? idToken
      : await client.fetchUserInfo(configuration, tokens.access_token, idToken.sub);
  const email = typeof claims.email === 'string' && claims.email_verified === true ? claims.email : null;
  return { subject: idToken.sub, verifiedEmail: email, claimedEmail: typeof claims.email === 'string' };
}

/**
 * Finishes an OpenID Connect sign-in on the provider's callback: checks the answer against the
 * sign-in this browser started (state, nonce, PKCE, issuer), then finds the person by the stored
 * subject or, the first time, by the email the provider verified, and stores the subject. Opens a
 * session exactly as a password sign-in does. Every refusal says why, for the sign-in page.
 */
export function makeFinishOidcSignIn({
  db,
  clock,
  session,
  oidc,
}: {
  db: Kysely<DB>;
  clock: Clock;
  session: SessionSettings;
  oidc: OidcClient;
}) {
  return async function finishOidcSignIn(
    binding: string | undefined,
    callbackUrl: URL,
    context: Omit<AuditContext, 'actor'>,
  ): Promise<OidcFinish> {
    const now = clock.now();
    if (!binding) return refused('oidc-failed', 'No sign-in was started in this browser');
    const started = await takeOidcSignIn(db, hashSecret(binding));
    if (!started || started.expires_at <= now) {
      return refused('oidc-failed', 'The sign-in was not started here, was finished already or took too long');
    }

    let identity: Awaited<ReturnType<typeof identityOf>>;
    try {
      const configuration = await oidc.configuration();
      const tokens = await client.authorizationCodeGrant(configuration, callbackUrl, {
        expectedState: started.state,
        expectedNonce: started.nonce,
        pkceCodeVerifier: started.code_verifier,
      });
      identity = await identityOf(configuration, tokens);
    } catch (error) {
      return refused('oidc-failed', `The provider's answer was refused: ${String(error)}`);
    }

    const bySubject = await findPersonByOidcSubject(db, identity.subject);
    let person = bySubject;
    if (!person) {
      if (!identity.verifiedEmail) {
        const why = identity.claimedEmail ? 'its email is not verified' : 'it has no email';
        return refused('oidc-not-linked', `The identity is linked to nobody and ${why}`);
      }
      const byEmail = await findPersonByEmail(db, identity.verifiedEmail);
      if (!byEmail) return refused('oidc-not-linked', 'Nobody has this identity or its email');
      if (byEmail.oidc_subject !== null) {
        return refused('oidc-not-linked', 'The person with this email is linked to another identity');
      }
      person = byEmail;
    }
    if (!person.active) return refused('oidc-deactivated', 'The person is deactivated');

    const signedIn = person;
    const token = await db.transaction().execute(async (trx) => {
      if (!bySubject) {
        if (!(await linkOidcSubject(trx, signedIn.id, identity.subject))) return null;
        await recordAudit(
          trx,
          { ...context, actor: { kind: 'person', personId: signedIn.id, label: signedIn.name } },
          {
            action: 'person.link-oidc',
            entityType: 'person',
            entityId: signedIn.id,
            changes: diffOf({ oidcSubject: null }, { oidcSubject: identity.subject }),
          },
          now,
        );
      }
      return openSession(trx, { person: signedIn, method: 'oidc', context, settings: session, now });
    });
    if (!token) return refused('oidc-not-linked', 'The person was linked to another identity meanwhile');
    return { kind: 'signed-in', token, personId: signedIn.id };
  };
}
