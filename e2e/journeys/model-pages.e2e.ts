import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, visit } from '../support/browser.ts';

describe('model pages', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('shows the model version and its four goals as a 2×2', async () => {
    const page = await openPage(browser);
    expect(await visit(page, '/model')).toBe('Pakalpojumu pārvaldības modelis');

    const goals = page.getByRole('table', { name: /Pārvaldības mērķi/ });
    expect(await goals.getByRole('columnheader').allInnerTexts()).toEqual([
      'Mērķis',
      'Īstermiņā (tagad un tuvākajā nākotnē)',
      'Ilgtermiņā (tālākā nākotnē)',
    ]);
    const efficiency = await goals
      .getByRole('row', { name: /^Efektivitāte/ })
      .getByRole('cell')
      .allTextContents();
    expect(efficiency).toEqual(['Optimizēti un automatizēti procesi', 'Pakalpojumu kultūra']);
    await page.getByText('Modeļa versija').waitFor();
  });

  it('lists the 32 tasks under their three groups', async () => {
    const page = await openPage(browser, { language: 'en' });
    expect(await visit(page, '/model/tasks')).toBe('Service management tasks');

    expect(await page.getByRole('heading', { level: 2 }).allInnerTexts()).toEqual([
      'PU1 · Policy level tasks',
      'PU2 · Core activity and support level tasks',
      'PU3 · Tasks at all levels',
    ]);
    expect(await page.getByRole('main').getByRole('table').getByRole('link').count()).toBe(32);
    const incidentRow = page.getByRole('row', { name: /PU2-21/ });
    expect(await incidentRow.textContent()).toContain('Incident management');
  });

  it('groups the ten roles under the six scales', async () => {
    const page = await openPage(browser);
    expect(await visit(page, '/model/roles')).toBe('Lomas pa mērogiem');

    expect(await page.getByRole('heading', { level: 2 }).allInnerTexts()).toEqual([
      'Valsts mērogs',
      'Nozares mērogs',
      'Pašvaldības mērogs',
      'Iestādes mērogs',
      'Pakalpojuma mērogs',
      'Resursa mērogs',
    ]);
    const service = page.getByRole('region', { name: 'Pakalpojuma mērogs' });
    expect(await service.getByRole('listitem').allInnerTexts()).toEqual([
      'R05 Pakalpojuma saimnieks',
      'R06 Pakalpojuma sniedzējs',
      'R07 Pakalpojuma saņēmējs',
    ]);
    expect(await page.getByRole('main').getByRole('listitem').count()).toBe(10);
  });

  it('shows the policy stages and the six lifecycle stages in order', async () => {
    const page = await openPage(browser);
    expect(await visit(page, '/model/stages')).toBe('Dzīves cikla posmi');

    const steps = async (cycle: string) =>
      (await page.getByRole('region', { name: cycle }).getByRole('listitem').allInnerTexts()).map((step) =>
        step.replace(/\s+/g, ' '),
      );
    expect(await steps('Politikas līmeņa posmi')).toEqual([
      '1 Plānošana (aktualizēšana)',
      '2 Sagatavošana īstenošanai',
      '3 Īstenošanas kontrole',
    ]);
    expect(await steps('Pakalpojuma dzīves cikls')).toEqual([
      '1 Plānošana',
      '2 Izveide (vai pielāgošana)',
      '3 Ieviešana (vai lietošana)',
      '4 Sniegšana',
      '5 Uzturēšana (un pilnveide)',
      '6 Likvidēšana',
    ]);
  });

  it('shows the ten condition groups with their sub-conditions', async () => {
    const page = await openPage(browser);
    expect(await visit(page, '/model/conditions')).toBe('Pakalpojumu izveides, sniegšanas un pilnveides nosacījumi');

    const groups = await page.getByRole('heading', { level: 2 }).allInnerTexts();
    expect(groups).toHaveLength(10);
    expect(groups[0]).toBe('N1 · Pārvaldāmība');
    expect(groups[9]).toBe('N10 · Drošība');
    const reach = page.getByRole('region', { name: 'N3 · Piekļūstamība' }).getByRole('listitem');
    expect(await reach.count()).toBe(4);
    expect(await reach.first().textContent()).toMatch(/^N3-1 /);
  });

  it('shows the capabilities and the kinds of resources', async () => {
    const page = await openPage(browser);
    expect(await visit(page, '/model/capabilities')).toBe('Spējas un resursi');

    expect(await page.getByRole('region', { name: 'Spējas' }).getByRole('listitem').first().textContent()).toBe(
      'Organizatoriskā struktūra',
    );
    expect(await page.getByRole('region', { name: 'Resursi' }).getByRole('listitem').allInnerTexts()).toEqual([
      'Informācija',
      'Digitālās tehnoloģijas',
      'Citi resursi',
    ]);
  });

  it('says plainly that a module is not built yet and what it will hold', async () => {
    const page = await openPage(browser, { language: 'en' });
    expect(await visit(page, '/operations')).toBe('Operations');

    await page.getByText('This module is still being built.').waitFor();
    await page.getByText(/^Requests, incidents, problems, changes/).waitFor();
  });
});
