import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, pageHeading, visit } from '../support/browser.ts';

describe('not found', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('answers an unknown task code with a not-found page that names the missing task', async () => {
    const page = await openPage(browser);

    expect(await visit(page, '/model/tasks/PU9-9')).toBe('Lapa nav atrasta');
    await page.getByText('Uzdevums nav atrasts').waitFor();
    await page.getByRole('link', { name: 'Uz sākumlapu' }).waitFor();
    expect(await page.title()).toBe('Lapa nav atrasta · Saimnieks');
  });

  it('answers an unknown address with a not-found page inside the application', async () => {
    const page = await openPage(browser, { language: 'en' });

    expect(await visit(page, '/no/such/page')).toBe('Page not found');
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Model' }).click();
    await pageHeading(page, 'The service management model').waitFor();
  });
});
