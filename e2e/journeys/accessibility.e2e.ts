import type { Browser } from 'playwright-core';
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

/** Every page the application has, with a name for its screenshot. */
const pages = [
  { name: 'home', path: '/' },
  { name: 'portfolio', path: '/portfolio' },
  { name: 'operations', path: '/operations' },
  { name: 'measurement', path: '/measurement' },
  { name: 'administration', path: '/administration' },
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
];
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
    it.each(pages)('$path has one h1 and no WCAG 2.1 AA violations', async ({ name, path }) => {
      const page = await openPage(browser, { language });
      await visit(page, path);

      expect(await page.locator('h1').count()).toBe(1);
      expect(await page.locator('html').getAttribute('lang')).toBe(language);
      await saveScreenshot(page, `desktop-${language}-${name}`);
      const violations = await accessibilityViolations(page);
      expect(violations, describeViolations(violations)).toEqual([]);
      await page.context().close();
    });
  });

  describe('in lv on a phone', () => {
    it.each(pages)('$path has no WCAG 2.1 AA violations', async ({ name, path }) => {
      const page = await openPage(browser, { language: 'lv', viewport: mobile });
      await visit(page, path);

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
      // Skip link, menu button, product name, language: the fifth stop is already in the page.
      for (let presses = 0; presses < 5; presses++) await page.keyboard.press('Tab');
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
