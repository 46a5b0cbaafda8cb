import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  accessibilityViolations,
  describeViolations,
  launchBrowser,
  mobile,
  openPage,
  pageHeading,
  saveScreenshot,
  type UiLanguage,
  visit,
} from '../support/browser.ts';
import { signInThroughApi } from '../support/session.ts';

interface PageUnderTest {
  name: string;
  /** The address, or how to find it once signed in (for pages of records the server made). */
  path: string | ((page: Page) => Promise<string>);
  /** Pages behind sign-in are visited as the administrator. */
  signedIn?: boolean;
}

const ownPersonPage = async (page: Page) => {
  const session = (await (await page.context().request.get('/api/v1/auth/session')).json()) as {
    person: { id: string };
  };
  return `/administration/people/${session.person.id}`;
};

/** Every page the application has, with a name for its screenshot. */
const pages: PageUnderTest[] = [
  { name: 'home', path: '/' },
  { name: 'catalogue', path: '/catalogue' },
  { name: 'catalogue-life-events', path: '/catalogue/life-events' },
  { name: 'catalogue-unknown-service', path: '/catalogue/services/00000000-0000-4000-8000-000000000000' },
  { name: 'portfolio-signed-out', path: '/portfolio' },
  { name: 'operations', path: '/operations' },
  { name: 'measurement', path: '/measurement' },
  { name: 'administration-signed-out', path: '/administration' },
  { name: 'model', path: '/model' },
  { name: 'tasks', path: '/model/tasks' },
  { name: 'task-PU2-7', path: '/model/tasks/PU2-7' },
  { name: 'task-PU1-5', path: '/model/tasks/PU1-5' },
  { name: 'task-PU2-10', path: '/model/tasks/PU2-10' },
  { name: 'scheme', path: '/model/scheme' },
  { name: 'roles', path: '/model/roles' },
  { name: 'stages', path: '/model/stages' },
  { name: 'conditions', path: '/model/conditions' },
  { name: 'capabilities', path: '/model/capabilities' },
  { name: 'unknown-task', path: '/model/tasks/PU9-9' },
  { name: 'unknown-page', path: '/no/such/page' },
  { name: 'sign-in', path: '/sign-in' },
  { name: 'sign-in-needed', path: '/sign-in?next=%2Fadministration' },
  { name: 'password-reset', path: '/password-reset' },
  { name: 'set-password', path: '/set-password#token=an-example-token-of-a-link-0123456789' },
  { name: 'set-password-without-token', path: '/set-password' },
  { name: 'setup', path: '/setup#token=an-example-token-of-a-link-0123456789' },
  { name: 'portfolio', path: '/portfolio', signedIn: true },
  { name: 'recipient-groups', path: '/portfolio/recipient-groups', signedIn: true },
  { name: 'reviews', path: '/portfolio/reviews', signedIn: true },
  { name: 'portfolio-settings', path: '/portfolio/settings', signedIn: true },
  { name: 'administration', path: '/administration', signedIn: true },
  { name: 'organisations', path: '/administration/organisations', signedIn: true },
  { name: 'people', path: '/administration/people', signedIn: true },
  { name: 'person', path: ownPersonPage, signedIn: true },
  { name: 'responsibilities', path: '/administration/responsibilities', signedIn: true },
  { name: 'audit', path: '/administration/audit', signedIn: true },
  { name: 'account', path: '/administration/account', signedIn: true },
];

/** Opens a page, signed in when it needs it, and waits for its heading. */
async function open(page: Page, { path, signedIn }: PageUnderTest) {
  if (signedIn) await signInThroughApi(page.context());
  await visit(page, typeof path === 'string' ? path : await path(page));
}
const languages: readonly UiLanguage[] = ['lv', 'en'];

describe('accessibility', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  describe.each(languages)('in %s on a desktop', (language) => {
    it.each(pages)('$name has one h1 and no WCAG 2.1 AA violations', async (underTest) => {
      const page = await openPage(browser, { language });
      await open(page, underTest);
      const { name } = underTest;

      expect(await page.locator('h1').count()).toBe(1);
      expect(await page.locator('html').getAttribute('lang')).toBe(language);
      await saveScreenshot(page, `desktop-${language}-${name}`);
      const violations = await accessibilityViolations(page);
      expect(violations, describeViolations(violations)).toEqual([]);
      await page.context().close();
    });
  });

  describe('in lv on a phone', () => {
    it.each(pages)('$name has no WCAG 2.1 AA violations', async (underTest) => {
      const page = await openPage(browser, { language: 'lv', viewport: mobile });
      await open(page, underTest);
      const { name } = underTest;

      await saveScreenshot(page, `mobile-lv-${name}`);
      const violations = await accessibilityViolations(page);
      expect(violations, describeViolations(violations)).toEqual([]);
      await page.context().close();
    });

    it('keeps the hidden navigation out of the keyboard path and opens it from the menu button', async () => {
      const page = await openPage(browser, { language: 'lv', viewport: mobile });
      await visit(page, '/model/tasks');
      const menu = page.getByRole('button', { name: 'Rādīt vai slēpt navigāciju' });
      expect(await menu.getAttribute('aria-expanded')).toBe('false');
      // Skip link, menu button, product name, language, sign-in: the sixth stop is already in the page.
      for (let presses = 0; presses < 6; presses++) await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);

      await menu.click();
      expect(await menu.getAttribute('aria-expanded')).toBe('true');
      // The navigation slides in; it is open once it stands at the left edge of the screen.
      await page.waitForFunction(() => document.getElementById('main-navigation')?.getBoundingClientRect().left === 0);
      await saveScreenshot(page, 'mobile-lv-navigation-open', { fullPage: false });
      await page.getByRole('navigation', { name: 'Galvenā navigācija' }).getByRole('link', { name: 'Lomas' }).click();

      await pageHeading(page, 'Lomas pa mērogiem').waitFor();
      expect(await menu.getAttribute('aria-expanded')).toBe('false');
      await saveScreenshot(page, 'mobile-lv-navigation-closed-after-use');
      const violations = await accessibilityViolations(page);
      expect(violations, describeViolations(violations)).toEqual([]);
      await page.context().close();
    });
  });
});
