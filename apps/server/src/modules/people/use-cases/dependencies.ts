import type { Kysely } from 'kysely';
import type { AuditContext } from '../../../platform/audit/audit.ts';
import type { Principal } from '../../../platform/auth/principal.ts';
import type { Clock } from '../../../platform/clock.ts';
import type { DB } from '../../../platform/db/database.ts';
import type { Mailer } from '../../../platform/mail/mail.ts';

export interface PeopleDependencies {
  db: Kysely<DB>;
  clock: Clock;
  mailer: Mailer;
  /** The address people reach the product at; links in messages start with it. */
  publicUrl: string;
}

/** A signed-in person making a change, and where the request came from. */
export interface Acting {
  principal: Principal;
  context: AuditContext;
}
