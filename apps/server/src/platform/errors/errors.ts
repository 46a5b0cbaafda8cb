import type { FieldError } from '@saimnieks/contracts/problem';

/**
 * The few HTTP-agnostic errors a use case may throw. `code` names the problem type; the error
 * handler turns each into RFC 9457 problem details.
 */
export abstract class DomainError extends Error {
  abstract readonly status: number;
  readonly code: string;
  /** Problem members beyond the standard ones (RFC 9457 §3.2), e.g. the unmet gates of a refused transition. */
  readonly extensions: Record<string, unknown>;

  constructor(code: string, detail: string, extensions: Record<string, unknown> = {}) {
    super(detail);
    this.code = code;
    this.extensions = extensions;
  }
}

export class NotFoundError extends DomainError {
  readonly status = 404;
}
export class ForbiddenError extends DomainError {
  readonly status = 403;
}
export class ConflictError extends DomainError {
  readonly status = 409;
}
export class ValidationError extends DomainError {
  readonly status = 400;
  readonly errors: FieldError[];

  constructor(detail: string, errors: FieldError[]) {
    super('validation', detail);
    this.errors = errors;
  }
}
export class UnavailableError extends DomainError {
  readonly status = 503;
}
export class UnauthenticatedError extends DomainError {
  readonly status = 401;
}
/** Too many attempts; `retryAfterSeconds` goes out as the Retry-After header. */
export class TooManyRequestsError extends DomainError {
  readonly status = 429;
  readonly retryAfterSeconds: number;

  constructor(detail: string, retryAfterSeconds: number) {
    super('too-many-attempts', detail);
    this.retryAfterSeconds = retryAfterSeconds;
  }
}
