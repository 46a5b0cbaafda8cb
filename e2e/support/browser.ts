import fs from 'node:fs';
import path from 'node:path';
import axe from 'axe-core';
import { type Browser, chromium, type Locator, type Page } from 'playwright-core';
import { inject } from 'vitest';

export type UiLanguage = 'lv' | 'en';

export const desktop = { width: 1280, height: 800 };
export const mobile = { width: 390, height: 844 };

const screenshotsDir = path.resolve(import.meta.dirname, '../screenshots');

/** Debian's Chromium, not a downloaded build: this machine cannot fetch browsers. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
}

/** A fresh page whose remembered language is `language` (as if the user had chosen it earlier). */
export async function openPage(
  browser: Browser,
  { language, viewport = desktop }: { language?: UiLanguage; viewport?: typeof desktop } = {},
): Promise<Page> {
  const context = await browser.newContext({ viewport, baseURL: inject('baseUrl') });
  if (language) {
    await context.addInitScript((chosen) => localStorage.setItem('saimnieks.language', chosen), language);
  }
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return page;
}

/** Opens a path and waits until its page heading is there, that is until its data arrived. */
export async function visit(page: Page, pathname: string): Promise<string> {
  await page.goto(pathname);
  return heading(page);
}

/** The page's h1 with exactly this text: wait for it after a click, which may leave the old page up a moment. */
export function pageHeading(page: Page, text: string): Locator {
  return page.getByRole('heading', { level: 1, name: text, exact: true });
}

/** The text of the page's h1, once it is shown and no loader remains. */
export async function heading(page: Page): Promise<string> {
  const h1 = page.locator('h1');
  await h1.waitFor();
  await page.getByRole('status').waitFor({ state: 'detached' });
  return (await h1.textContent())?.trim() ?? '';
}

interface AxeViolation {
  id: string;
  impact: string | null | undefined;
  help: string;
  targets: string[];
}

/** Runs axe-core with the WCAG 2.1 A and AA rules and answers the violations, each with the elements at fault. */
export async function accessibilityViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: axe.source });
  return page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
  });
}

export function describeViolations(violations: readonly AxeViolation[]): string {
  return violations
    .map(({ id, impact, help, targets }) => `${id} (${impact}): ${help}\n    at ${targets.join('\n    at ')}`)
    .join('\n');
}

/** Saves the whole page, or only the screen with `fullPage: false` (for what overlays the page). */
export async function saveScreenshot(page: Page, name: string, { fullPage = true } = {}): Promise<void> {
  fs.mkdirSync(screenshotsDir, { recursive: true });
  await page.screenshot({ path: path.join(screenshotsDir, `${name}.png`), fullPage });
}

declare global {
  interface Window {
    axe: typeof axe;
  }
}

/** Fails with the violations listed when axe finds any WCAG 2.1 A or AA violation on the page as it is now. */
export async function expectAccessible(page: Page): Promise<void> {
  const violations = await accessibilityViolations(page);
  if (violations.length > 0) throw new Error(`WCAG 2.1 AA violations:\n${describeViolations(violations)}`);
}
