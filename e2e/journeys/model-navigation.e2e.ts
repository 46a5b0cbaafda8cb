import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, pageHeading, saveScreenshot, visit } from '../support/browser.ts';

/** Presses Tab until the focused element matches, as a keyboard user would; fails if it is never reached. */
async function tabTo(page: Page, selector: string): Promise<void> {
  for (let presses = 0; presses < 80; presses++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((wanted) => document.activeElement?.matches(wanted) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

describe('model navigation', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('goes from the model to a task and, by keyboard, through its graph to a prerequisite', async () => {
    const page = await openPage(browser);
    await visit(page, '/');

    await page.getByRole('navigation', { name: 'Galvenā navigācija' }).getByRole('link', { name: 'Modelis' }).click();
    await pageHeading(page, 'Pakalpojumu pārvaldības modelis').waitFor();

    await page.getByRole('main').getByRole('link', { name: 'Uzdevumi' }).click();
    await pageHeading(page, 'Pakalpojumu pārvaldības uzdevumi').waitFor();

    await page.getByRole('link', { name: 'Pakalpojumu aprakstu veidošana, reģistrēšana un uzturēšana' }).click();
    await pageHeading(page, 'PU2-7 Pakalpojumu aprakstu veidošana, reģistrēšana un uzturēšana').waitFor();
    expect(new URL(page.url()).pathname).toBe('/model/tasks/PU2-7');

    const graph = page.getByLabel('Uzdevuma PU2-7 atkarību shēma');
    expect(
      await graph.locator('a').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('aria-label'))),
    ).toEqual([
      'PU2-6 Pakalpojumu pārvaldības speciālo normatīvo aktu izstrāde un pilnveide',
      'PU2-7 Pakalpojumu aprakstu veidošana, reģistrēšana un uzturēšana',
      'PU2-8 Informācijas nodrošināšana pakalpojumu saņēmējiem par pieejamiem pakalpojumiem',
    ]);
    expect(await graph.locator('path[marker-end]').count()).toBe(2);
    const prerequisite = await graph.getByRole('link', { name: /^PU2-6 / }).boundingBox();
    const current = await graph.getByRole('link', { name: /^PU2-7 / }).boundingBox();
    const dependant = await graph.getByRole('link', { name: /^PU2-8 / }).boundingBox();
    expect(prerequisite?.x).toBeLessThan(current?.x ?? 0);
    expect(current?.x).toBeLessThan(dependant?.x ?? 0);

    await tabTo(page, 'svg a[aria-label^="PU2-6 "]');
    await saveScreenshot(page, 'desktop-lv-graph-node-focused');
    await page.keyboard.press('Enter');

    await pageHeading(page, 'PU2-6 Pakalpojumu pārvaldības speciālo normatīvo aktu izstrāde un pilnveide').waitFor();
    expect(new URL(page.url()).pathname).toBe('/model/tasks/PU2-6');
    await page.getByRole('heading', { name: 'Atkarīgie uzdevumi' }).waitFor();
    await page
      .getByLabel('Uzdevuma PU2-6 atkarību shēma')
      .getByRole('link', { name: /^PU2-7 / })
      .waitFor();
  });

  it('dashes the arrows that come from the reading and explains them in a legend', async () => {
    const page = await openPage(browser, { language: 'en' });
    await visit(page, '/model/tasks/PU2-1');

    const graph = page.getByLabel('Dependency scheme of task PU2-1');
    expect(await graph.locator('path[marker-end]').count()).toBe(4);
    const dashed = await graph
      .locator('path[marker-end]')
      .evaluateAll((arrows) => arrows.filter((arrow) => getComputedStyle(arrow).strokeDasharray !== 'none').length);
    expect(dashed).toBe(4);
    await page.getByText('Arrow from the reading of the scheme, where the original arrows were lost').waitFor();
    const prerequisites = page.getByRole('region', { name: 'Prerequisites' }).getByRole('listitem');
    expect(await prerequisites.count()).toBe(4);
    expect(await prerequisites.first().textContent()).toContain('from the reading');
  });

  it('says so when no links of a task are known', async () => {
    const page = await openPage(browser);
    await visit(page, '/model/tasks/PU2-10');

    await page.getByText('Šī uzdevuma atkarības nav zināmas: modeļa shēmā šīs bultas ir zudušas.').waitFor();
    expect(await page.locator('svg a').count()).toBe(0);
  });

  it('draws the whole model in layers, every dependency pointing rightwards', async () => {
    const page = await openPage(browser);
    expect(await visit(page, '/model/scheme')).toBe('Uzdevumu atkarību shēma');

    const graph = page.getByLabel('Visu uzdevumu atkarību shēma');
    const nodes = await graph.locator('a').count();
    const unlinked = await page
      .getByRole('region', { name: 'Uzdevumi bez zināmām atkarībām' })
      .getByRole('link')
      .count();
    expect(nodes + unlinked).toBe(32);
    const position = async (code: string) =>
      (await graph.getByRole('link', { name: new RegExp(`^${code} `) }).boundingBox())?.x ?? 0;
    expect(await position('PU2-6')).toBeLessThan(await position('PU2-7'));
    expect(await position('PU2-21')).toBeLessThan(await position('PU2-22'));
    expect(await position('PU3-1')).toBeLessThan(await position('PU1-1'));
  });
});
