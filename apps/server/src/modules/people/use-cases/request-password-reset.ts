import { type AuditContext, recordAudit } from '../../../platform/audit/audit.ts';
import { passwordResetMessage } from '../messages.ts';
import { issueOneTimeToken, linkTo } from '../one-time-tokens.ts';
import { countTokensSince, findPersonByEmail, findPersonForUpdate } from '../people.repository.ts';
import type { PeopleDependencies } from './dependencies.ts';

/** At most this many reset links per account and hour; more requests are accepted and ignored. */
export const RESET_LINKS_PER_HOUR = 3;

/**
 * Sends a password reset link (valid for an hour) to an active person. The caller learns nothing
 * either way: unknown emails, deactivated accounts and requests over the limit are silently
 * ignored, and the mail is not waited for, so the answer's timing does not tell either.
 */
export function makeRequestPasswordReset({ db, clock, mailer, publicUrl }: PeopleDependencies) {
  return async function requestPasswordReset(email: string, origin: Omit<AuditContext, 'actor'>) {
    const now = clock.now();
    const found = await findPersonByEmail(db, email);
    if (!found?.active) return;
    const issued = await db.transaction().execute(async (trx) => {
      const person = await findPersonForUpdate(trx, found.id);
      if (!person?.active) return undefined;
      const recent = await countTokensSince(trx, person.id, 'password-reset', new Date(now.getTime() - 3_600_000));
      if (recent >= RESET_LINKS_PER_HOUR) return undefined;
      const token = await issueOneTimeToken(trx, 'password-reset', person.id, now);
      await recordAudit(
        trx,
        { ...origin, actor: { kind: 'system', label: 'password reset request' } },
        { action: 'person.password-reset', entityType: 'person', entityId: person.id, changes: {} },
        now,
      );
      return { person, token };
    });
    if (issued)
      void mailer.deliver(passwordResetMessage(issued.person, linkTo(publicUrl, 'password-reset', issued.token)));
  };
}
