import { createHash, randomBytes } from 'node:crypto';

/** A random secret for a cookie, a link or an API token: 256 bits, URL-safe. */
export const randomSecret = () => randomBytes(32).toString('base64url');

/** Secrets are stored only as their hash, so a database leak does not hand out sessions. */
export const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('hex');
