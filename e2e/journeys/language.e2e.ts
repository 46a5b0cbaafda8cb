import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { heading, launchBrowser, openPage, pageHeading, visit } from '../support/browser.ts';

describe('language', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('speaks Latvian first, and keeps English after a reload once the user chose it', async () => {
    const page = await openPage(browser);

    expect(await visit(page, '/')).toBe('Saimnieks');
    expect(await page.locator('html').getAttribute('lang')).toBe('lv');
    await page.getByRole('link', { name: 'Iepazīt pakalpojumu pārvaldības modeli' }).waitFor();
    const navigation = page.getByRole('navigation', { name: 'Galvenā navigācija' });
    await navigation.getByRole('link', { name: 'Pakalpojumu portfelis' }).waitFor();

    await page.getByRole('radiogroup', { name: 'Valoda' }).locator('label', { hasText: 'EN' }).click();

    await page.getByRole('link', { name: 'Explore the service management model' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.getByRole('link', { name: 'Iepazīt pakalpojumu pārvaldības modeli' }).count()).toBe(0);

    await page.reload();
    expect(await heading(page)).toBe('Saimnieks');
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Service portfolio' })
      .waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.title()).toBe('Saimnieks');
  });

  it('switches the page, its tab title and the model data to the chosen language', async () => {
    const page = await openPage(browser, { language: 'en' });

    expect(await visit(page, '/model/roles')).toBe('Roles by scale');
    expect(await page.title()).toBe('Roles by scale · Saimnieks');
    await page.getByRole('region', { name: 'Service' }).getByText('Service owner').waitFor();

    await page.getByRole('radiogroup', { name: 'Language' }).locator('label', { hasText: 'LV' }).click();

    await pageHeading(page, 'Lomas pa mērogiem').waitFor();
    expect(await page.title()).toBe('Lomas pa mērogiem · Saimnieks');
    await page.getByRole('region', { name: 'Pakalpojuma mērogs' }).getByText('Pakalpojuma saimnieks').waitFor();
  });

  it('lets a keyboard user skip the header and navigation', async () => {
    const page = await openPage(browser);
    await visit(page, '/model');

    await page.keyboard.press('Tab');
    const skipLink = page.getByRole('link', { name: 'Pāriet uz saturu' });
    expect(await skipLink.evaluate((link) => link === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');

    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('MAIN');
  });
});
