import { passwordRuleBroken } from '../../platform/auth/password.ts';
import { violatedUniqueConstraint } from '../../platform/db/constraint-errors.ts';
import { ConflictError, DomainError, NotFoundError, ValidationError } from '../../platform/errors/errors.ts';

/** A one-time link that existed but will never work again. */
class LinkGoneError extends DomainError {
  readonly status = 410;
}
export const linkGone = (code: 'link-used' | 'link-expired', detail: string) => new LinkGoneError(code, detail);

export const personNotFound = (id: string) => new NotFoundError('person-not-found', `No person ${id}`);

export function assertVersion(current: number, given: number) {
  if (current !== given) {
    throw new ConflictError(
      'stale-version',
      `The person was changed meanwhile (now version ${current}, yours ${given}); reload and try again`,
    );
  }
}

/** Refuses a password that breaks the policy with 400 naming the field and the rule. */
export async function assertPasswordAllowed(password: string, person: { email: string; name: string }) {
  const broken = await passwordRuleBroken(password, person);
  if (broken) {
    throw new ValidationError(`The password ${broken.message}`, [
      { field: 'password', in: 'body', rule: broken.rule, message: broken.message },
    ]);
  }
}

/** Turns the unique email index's violation into a 409 naming the field; rethrows anything else. */
export function rethrowDuplicate(error: unknown): never {
  if (violatedUniqueConstraint(error) === 'person_email') {
    throw new ConflictError('duplicate', 'Another person has this email (email)');
  }
  throw error;
}
