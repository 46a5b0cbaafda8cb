import type { Principal } from '../../platform/auth/principal.ts';
import type { Clock } from '../../platform/clock.ts';

// Ten seconds: another instance of the product notices a revoked session, a deactivated person or
// a changed role within that time; this instance forgets everything at once on any change.
const TTL_MS = 10_000;
const MAX_ENTRIES = 10_000;

/**
 * Remembers who a credential belongs to for a few seconds, so a burst of requests does not look
 * up the same session, person and roles again and again. Any successful change made through this
 * instance empties it: changes are rare next to reads, and clearing everything cannot miss one.
 */
export function makePrincipalCache(clock: Clock) {
  const entries = new Map<string, { principal: Principal | null; until: number }>();
  return {
    async through(key: string, load: () => Promise<Principal | null>): Promise<Principal | null> {
      const now = clock.now().getTime();
      const entry = entries.get(key);
      if (entry && entry.until > now) return entry.principal;
      const principal = await load();
      if (entries.size >= MAX_ENTRIES) entries.clear();
      // Nobody is not remembered: a wrong credential costs its own lookup.
      if (principal) {
        const expiresAt =
          principal.via.kind === 'session' ? principal.via.expiresAt.getTime() : Number.POSITIVE_INFINITY;
        entries.set(key, { principal, until: Math.min(now + TTL_MS, expiresAt) });
      } else {
        entries.delete(key);
      }
      return principal;
    },
    clear: () => entries.clear(),
  };
}
