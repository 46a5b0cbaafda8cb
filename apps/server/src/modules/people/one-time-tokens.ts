import { LINK_PATHS } from '@saimnieks/contracts/people';
import type { Kysely } from 'kysely';
import { hashSecret, randomSecret } from '../../platform/auth/secrets.ts';
import type { DB } from '../../platform/db/database.ts';
import { ValidationError } from '../../platform/errors/errors.ts';
import {
  findOneTimeTokenForUpdate,
  insertOneTimeToken,
  type OneTimeTokenRow,
  type TokenPurpose,
} from './people.repository.ts';
import { linkGone } from './people.rules.ts';

const HOUR = 3_600_000;

/** How long each kind of link works. */
export const TOKEN_LIFETIME_MS: Record<TokenPurpose, number> = {
  invitation: 7 * 24 * HOUR,
  'password-reset': HOUR,
  setup: 24 * HOUR,
};

/** The address a link's token is used at; the token follows `#` so it never reaches a server log. */
export const linkTo = (publicUrl: string, purpose: TokenPurpose, token: string) =>
  `${publicUrl}${purpose === 'setup' ? LINK_PATHS.setup : LINK_PATHS.setPassword}#token=${token}`;

/** Creates a one-time link's token; only its hash is stored, so the secret exists only in the link. */
export async function issueOneTimeToken(
  db: Kysely<DB>,
  purpose: TokenPurpose,
  personId: string | null,
  now: Date,
): Promise<string> {
  const token = randomSecret();
  await insertOneTimeToken(db, {
    token_hash: hashSecret(token),
    purpose,
    person_id: personId,
    created_at: now,
    expires_at: new Date(now.getTime() + TOKEN_LIFETIME_MS[purpose]),
  });
  return token;
}

/**
 * Checks that a token is unused, unexpired and of one of the purposes. A token nobody issued (or
 * issued for another purpose) answers 400 naming the field; one that was used or has expired
 * answers 410 Gone, because it did exist and will never work again.
 */
export function checkOneTimeToken(
  row: OneTimeTokenRow | undefined,
  purposes: TokenPurpose[],
  now: Date,
): asserts row is OneTimeTokenRow {
  if (!row || !purposes.includes(row.purpose as TokenPurpose)) {
    throw new ValidationError('The link is not valid', [
      { field: 'token', in: 'body', rule: 'unknown_token', message: 'is not a link this server issued' },
    ]);
  }
  if (row.used_at) throw linkGone('link-used', 'The link has been used already, or a newer one replaced it');
  if (row.expires_at <= now) throw linkGone('link-expired', 'The link has expired; ask for a new one');
}

/** Finds a token that may be used now and locks it for the rest of the transaction. */
export async function redeemOneTimeToken(db: Kysely<DB>, token: string, purposes: TokenPurpose[], now: Date) {
  const row = await findOneTimeTokenForUpdate(db, hashSecret(token));
  checkOneTimeToken(row, purposes, now);
  return row;
}
