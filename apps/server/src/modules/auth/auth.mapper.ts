import type { ApiToken, MySession, SignInMethod } from '@saimnieks/contracts/auth';

export const toApiToken = (row: {
  id: string;
  name: string;
  created_at: Date;
  expires_at: Date;
  last_used_at: Date | null;
  revoked_at: Date | null;
}): ApiToken => ({
  id: row.id,
  name: row.name,
  createdAt: row.created_at.toISOString(),
  expiresAt: row.expires_at.toISOString(),
  lastUsedAt: row.last_used_at?.toISOString() ?? null,
  revokedAt: row.revoked_at?.toISOString() ?? null,
});

/** A session as its person sees it; it ends at the idle limit unless used again before. */
export const toMySession = (
  row: {
    id: string;
    token_hash: string;
    method: string;
    created_at: Date;
    last_seen_at: Date;
    expires_at: Date;
    address: string | null;
    user_agent: string | null;
  },
  { idleMinutes, currentTokenHash }: { idleMinutes: number; currentTokenHash: string | null },
): MySession => {
  const idleEnd = row.last_seen_at.getTime() + idleMinutes * 60_000;
  return {
    id: row.id,
    method: row.method as SignInMethod,
    createdAt: row.created_at.toISOString(),
    lastSeenAt: row.last_seen_at.toISOString(),
    expiresAt: new Date(Math.min(idleEnd, row.expires_at.getTime())).toISOString(),
    address: row.address,
    userAgent: row.user_agent,
    current: row.token_hash === currentTokenHash,
  };
};
