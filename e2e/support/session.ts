import fs from 'node:fs';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { inject } from 'vitest';
import { administrator } from './accounts.ts';

export { administrator };

/**
 * Signs the browser context in through the API, as the sign-in form would, for journeys about other pages. The
 * session cookie lands in the context, so its pages are signed in.
 */
export async function signInThroughApi(
  context: BrowserContext,
  account: { email: string; password: string } = administrator,
): Promise<{ csrfToken: string }> {
  const response = await context.request.post('/api/v1/auth/login', { data: account });
  if (!response.ok()) {
    throw new Error(`Signing in ${account.email} failed: ${response.status()} ${await response.text()}`);
  }
  return (await response.json()) as { csrfToken: string };
}

/** Makes a change through the API in the signed-in context, for data a journey needs but is not about. */
export async function apiPost<Answer>(
  context: BrowserContext,
  { csrfToken }: { csrfToken: string },
  path: string,
  data: unknown,
): Promise<Answer> {
  const response = await context.request.post(path, { data, headers: { 'x-csrf-token': csrfToken } });
  if (!response.ok()) throw new Error(`POST ${path} failed: ${response.status()} ${await response.text()}`);
  return (await response.json()) as Answer;
}

/** Chooses an option of a Mantine select (a combobox whose list opens on click). */
export async function choose(scope: Page | Locator, label: string, option: string | RegExp): Promise<void> {
  const page = 'page' in scope ? scope.page() : scope;
  await scope.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option }).click();
}

/** Fills in and sends the sign-in form on the page that shows it (Latvian labels). */
export async function signInThroughForm(
  page: Page,
  account: { email: string; password: string } = administrator,
): Promise<void> {
  await page.getByRole('textbox', { name: 'E-pasta adrese' }).fill(account.email);
  await page.getByRole('textbox', { name: 'Parole', exact: true }).fill(account.password);
  await page.getByRole('button', { name: 'Pieteikties' }).click();
}

/**
 * The one-time link the server "sent" to an address: without SMTP it writes each message with its link to the
 * log. Answers the link's path and fragment (`/set-password#token=…`), to open on the test's own server address.
 */
export async function mailedLinkTo(email: string, { after = 0 } = {}): Promise<string> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const links = fs
      .readFileSync(inject('serverLog'), 'utf8')
      .split('\n')
      .slice(after)
      .flatMap((line) => {
        try {
          const entry = JSON.parse(line) as { mail?: { to?: string; link?: string } };
          return entry.mail?.to === email && entry.mail.link ? [entry.mail.link] : [];
        } catch {
          return [];
        }
      });
    const link = links.at(-1);
    if (link) {
      const url = new URL(link);
      return url.pathname + url.hash;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`No mail to ${email} in the server log`);
}

/** A suffix that keeps the names a journey creates apart from those of other journeys and runs. */
export const unique = () => Math.random().toString(36).slice(2, 7);
