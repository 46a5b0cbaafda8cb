import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, openPage, pageHeading, saveScreenshot, visit } from '../support/browser.ts';
import { administrator, apiPost, signInThroughApi, signInThroughForm, unique } from '../support/session.ts';

/** A registration number whose check digit is right (weights 9,1,4,8,3,10,2,5,7,6,1; sum modulo 11 is 3). */
const REGISTRATION_NUMBER = '90000123450';

const navigation = (page: Page) => page.getByRole('navigation', { name: 'Galvenā navigācija' });

describe('administration', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('builds the organisation tree, finds it in an intact audit trail, versions the matrix, and signs out', async () => {
    const page = await openPage(browser);
    const suffix = unique();
    const sector = `Zaļās enerģijas nozare ${suffix}`;
    const institution = `Ūdens un ķīmijas iestāde ${suffix}`;

    await visit(page, '/sign-in');
    await signInThroughForm(page);
    await pageHeading(page, 'Saimnieks').waitFor();
    await navigation(page).getByRole('link', { name: 'Administrēšana' }).click();
    await pageHeading(page, 'Administrēšana').waitFor();
    await navigation(page).getByRole('link', { name: 'Organizācijas' }).click();
    await pageHeading(page, 'Organizācijas').waitFor();

    // A sector under the state, which is chosen when the page opens.
    await page.getByRole('heading', { level: 2, name: 'Latvijas Republika' }).waitFor();
    await page.getByRole('button', { name: 'Izveidot padoto organizāciju' }).click();
    const form = page.getByRole('form', { name: 'Jauna organizācija zem: Latvijas Republika' });
    expect(await form.getByLabel('Veids').inputValue()).toBe('Nozare');
    await form.getByRole('textbox', { name: 'Nosaukums latviski' }).fill(sector);
    await form.getByRole('textbox', { name: 'Nosaukums angliski' }).fill(`Green "energy", sector ${suffix}`);
    await form.getByRole('button', { name: 'Izveidot' }).click();
    await page.getByText(`Organizācija „${sector}” ir izveidota.`).waitFor();
    const sectorHeading = page.getByRole('heading', { level: 2, name: sector });
    expect(await sectorHeading.evaluate((heading) => heading === document.activeElement)).toBe(true);
    await page.getByRole('list').getByRole('link', { name: sector }).waitFor();

    // An institution under the sector: a wrong registration number is refused next to its field first.
    await page.getByRole('button', { name: 'Izveidot padoto organizāciju' }).click();
    const childForm = page.getByRole('form', { name: `Jauna organizācija zem: ${sector}` });
    expect(await childForm.getByLabel('Veids').inputValue()).toBe('Iestāde');
    await childForm.getByRole('textbox', { name: 'Nosaukums latviski' }).fill(institution);
    const registration = childForm.getByRole('textbox', { name: 'Reģistrācijas numurs' });
    await registration.fill('90000123451');
    await childForm.getByRole('button', { name: 'Izveidot' }).click();
    await childForm.getByText('Kontrolcipars nesakrīt: tas nav derīgs reģistrācijas numurs.').waitFor();
    expect(await registration.getAttribute('aria-invalid')).toBe('true');
    expect(await registration.evaluate((input) => input === document.activeElement)).toBe(true);
    const describedBy = (await registration.getAttribute('aria-describedby')) ?? '';
    expect(await page.locator(`[id="${describedBy.split(' ')[0]}"]`).textContent()).toContain('Kontrolcipars');
    await saveScreenshot(page, 'journey-organisation-field-error');
    await expectAccessible(page);
    await registration.fill(REGISTRATION_NUMBER);
    await childForm.getByRole('button', { name: 'Izveidot' }).click();
    await page.getByText(`Organizācija „${institution}” ir izveidota.`).waitFor();
    await page.getByRole('heading', { level: 2, name: institution }).waitFor();
    await page.getByText(REGISTRATION_NUMBER).waitFor();
    await saveScreenshot(page, 'journey-organisation-tree');

    // The audit trail has both, and its chain is intact.
    await navigation(page).getByRole('link', { name: 'Audita pieraksts' }).click();
    await pageHeading(page, 'Audita pieraksts').waitFor();
    const events = page.getByRole('table', { name: /Audita notikumi/ });
    await events.getByRole('row').filter({ hasText: 'organisation.create' }).filter({ hasText: sector }).waitFor();
    await events.getByRole('row').filter({ hasText: 'organisation.create' }).filter({ hasText: institution }).waitFor();
    await page.getByRole('button', { name: 'Pārbaudīt ķēdi' }).click();
    await page.getByText(/^Ķēde ir nebojāta\. Pārbaudīto notikumu skaits: \d+\.$/).waitFor();
    await saveScreenshot(page, 'journey-audit-log');
    await expectAccessible(page);

    // The loaded rows as CSV: byte order mark, the header, the semicolon of Latvian spreadsheets, quoting.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /^Lejupielādēt CSV/ }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^audita-notikumi-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = fs.readFileSync((await download.path()) ?? '', 'utf8');
    expect(csv.startsWith('\uFEFFNr.;Laiks (Rīga);Laiks (UTC);Darītāja veids;Darītāja ID;Darītājs;Darbība;')).toBe(
      true,
    );
    const sectorRow = csv.split('\r\n').find((line) => line.includes(sector));
    expect(sectorRow).toContain(';organisation.create;organisation;');
    // The changes are JSON, whose quotes are doubled inside a quoted cell.
    expect(sectorRow).toContain(`""Green \\""energy\\"", sector ${suffix}""`);

    // One cell of the responsibility matrix changed, saved as the next version.
    await navigation(page).getByRole('link', { name: 'Atbildību matrica' }).click();
    await pageHeading(page, 'Atbildību matrica').waitFor();
    const versionHeading = page.getByRole('heading', { level: 2, name: /^Versija \d+$/ });
    const version = Number((await versionHeading.textContent())?.replace(/\D/g, ''));
    const cell = page.getByRole('combobox', { name: /^PU1-1 .* R05 Pakalpojuma saimnieks$/ });
    const before = await cell.inputValue();
    await cell.selectOption(before === 'informed' ? 'consulted' : 'informed');
    await page.getByText('Mainītas šūnas: 1').waitFor();
    await page
      .getByRole('textbox', { name: 'Piezīme par izmaiņām' })
      .fill('Pakalpojuma saimnieku informē par politikas plānošanu.');
    await page.getByRole('button', { name: 'Saglabāt kā jaunu versiju' }).click();
    await page.getByText(`Saglabāts kā versija ${version + 1}.`).waitFor();
    await page.getByRole('heading', { level: 2, name: `Versija ${version + 1}` }).waitFor();
    await page.getByText('Izmaiņu nav.').waitFor();
    await saveScreenshot(page, 'journey-matrix-saved');

    // Signing out from the header.
    await page.getByRole('button', { name: `Konts: ${administrator.name}` }).click();
    await page.getByRole('menuitem', { name: 'Izrakstīties' }).click();
    await pageHeading(page, 'Pieteikšanās').waitFor();
    await page.getByText('Jūs izrakstījāties.', { exact: false }).waitFor();
    expect(await page.getByRole('button', { name: /^Konts:/ }).count()).toBe(0);
    await page.context().close();
  });

  it('keeps the matrix rules while editing: a task nobody performs is marked and cannot be saved', async () => {
    const page = await openPage(browser, { language: 'en' });
    await visit(page, '/sign-in');
    await page.getByRole('textbox', { name: 'Email address' }).fill(administrator.email);
    await page.getByRole('textbox', { name: 'Password', exact: true }).fill(administrator.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await pageHeading(page, 'Saimnieks').waitFor();
    expect(await visit(page, '/administration/responsibilities')).toBe('Responsibility matrix');

    const row = page.getByRole('row', { name: /^PU1-1 / });
    const performers = row.locator('select').filter({ has: page.locator('option[value="performs"]:checked') });
    for (const select of await performers.all()) await select.selectOption('none');

    await page.getByText('No role is set to perform this task.').waitFor();
    expect(await row.locator('select').first().getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByRole('button', { name: 'Save as a new version' }).isDisabled()).toBe(true);
    await saveScreenshot(page, 'journey-matrix-rule-broken');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Discard changes' }).click();
    await page.getByText('No changes.').waitFor();
    await page.context().close();
  });
  it('tells why a change was refused: a stale version, and archiving an organisation with active children', async () => {
    const page = await openPage(browser);
    const context = page.context();
    const session = await signInThroughApi(context);
    const suffix = unique();
    const state = (await (await context.request.get('/api/v1/organisations?kind=state')).json()) as {
      items: { id: string }[];
    };
    const sector = await apiPost<{ id: string; version: number }>(context, session, '/api/v1/organisations', {
      kind: 'sector',
      parentId: state.items[0]?.id,
      names: { lv: `Veselības nozare ${suffix}`, en: null },
    });
    await apiPost(context, session, '/api/v1/organisations', {
      kind: 'institution',
      parentId: sector.id,
      names: { lv: `Slimnīca ${suffix}`, en: null },
    });

    await visit(page, `/administration/organisations?id=${sector.id}`);
    await page.getByRole('heading', { level: 2, name: `Veselības nozare ${suffix}` }).waitFor();

    // Someone else renames the sector while the form is open.
    await page.getByRole('button', { name: 'Labot' }).click();
    const form = page.getByRole('form', { name: `Labot: Veselības nozare ${suffix}` });
    const renamed = await context.request.patch(`/api/v1/organisations/${sector.id}`, {
      headers: { 'x-csrf-token': session.csrfToken },
      data: { version: sector.version, shortName: 'VN' },
    });
    expect(renamed.status()).toBe(200);
    await form.getByRole('textbox', { name: 'Nosaukums angliski' }).fill(`Health sector ${suffix}`);
    await form.getByRole('button', { name: 'Saglabāt' }).click();
    const stale = page.getByRole('alert').filter({ hasText: 'Ieraksts pa to laiku ir mainīts' });
    await stale.getByText('Kāds šo organizāciju pa to laiku ir mainījis.', { exact: false }).waitFor();
    expect(await stale.evaluate((alert) => alert === document.activeElement)).toBe(true);
    await saveScreenshot(page, 'journey-organisation-stale-version');
    await expectAccessible(page);
    // The data was read again, so saving once more goes through on top of the other change.
    await form.getByRole('button', { name: 'Saglabāt' }).click();
    await page.getByText('Izmaiņas saglabātas.').waitFor();
    await page.getByText('VN', { exact: true }).waitFor();

    // Archiving refused while an institution is active under it, with the reason.
    await page.getByRole('main').getByRole('button', { name: 'Arhivēt' }).click();
    const dialog = page.getByRole('dialog', { name: 'Arhivēt organizāciju?' });
    await dialog.getByRole('button', { name: 'Arhivēt' }).click();
    await dialog.getByText('Tai vēl ir aktīvas padotās organizācijas (1).', { exact: false }).waitFor();
    await saveScreenshot(page, 'journey-organisation-archive-refused', { fullPage: false });
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Atcelt' }).click();

    // Archiving the institution first, then it is gone from the tree unless archived ones are shown.
    await page
      .getByRole('list')
      .getByRole('link', { name: `Slimnīca ${suffix}` })
      .click();
    await page.getByRole('heading', { level: 2, name: `Slimnīca ${suffix}` }).waitFor();
    await page.getByRole('main').getByRole('button', { name: 'Arhivēt' }).click();
    await page.getByRole('dialog', { name: 'Arhivēt organizāciju?' }).getByRole('button', { name: 'Arhivēt' }).click();
    await page.getByText(`Organizācija „Slimnīca ${suffix}” ir arhivēta.`).waitFor();
    expect(
      await page
        .getByRole('list')
        .getByRole('link', { name: `Slimnīca ${suffix}` })
        .count(),
    ).toBe(0);
    await page.getByRole('checkbox', { name: 'Rādīt arhivētās' }).check();
    await page
      .getByRole('list')
      .getByRole('link', { name: `Slimnīca ${suffix}` })
      .waitFor();
    await context.close();
  });
  it('filters the audit log and pages back to older events', async () => {
    const page = await openPage(browser, { language: 'en' });
    const context = page.context();
    const session = await signInThroughApi(context);
    const suffix = unique();
    const state = (await (await context.request.get('/api/v1/organisations?kind=state')).json()) as {
      items: { id: string }[];
    };
    // More events of one kind than a page holds (50).
    const municipalities = 55;
    for (let number = 1; number <= municipalities; number++) {
      await apiPost(context, session, '/api/v1/organisations', {
        kind: 'municipality',
        parentId: state.items[0]?.id,
        names: { lv: `Novads ${suffix} ${number}`, en: null },
        atuCode: String(1_000_000 + Math.floor(Math.random() * 8_999_999)),
      });
    }

    expect(await visit(page, '/administration/audit')).toBe('Audit log');
    await page.getByRole('combobox', { name: 'Action' }).fill('organisation.create');
    await page.getByRole('button', { name: 'Filter', exact: true }).click();
    await page.waitForURL(/action=organisation.create/);
    const table = page.getByRole('table', { name: /Audit events/ });
    const ids = async () => (await table.locator('tbody th').allTextContents()).map((text) => Number(text.trim()));
    await page.getByRole('button', { name: 'Download CSV (50)' }).waitFor();
    // The unfiltered page may still be up a moment after the address changed: wait for only the header to differ.
    await expect.poll(() => table.getByRole('row').filter({ hasNotText: 'organisation.create' }).count()).toBe(1);

    await page.getByRole('button', { name: 'Load older' }).click();
    await page.getByRole('button', { name: /^Download CSV \((5[1-9]|[6-9]\d|\d{3})\)$/ }).waitFor();
    const loaded = await ids();
    expect(loaded.length).toBeGreaterThan(municipalities);
    expect([...loaded].sort((a, b) => b - a)).toEqual(loaded);
    expect(new Set(loaded).size).toBe(loaded.length);
    await context.close();
  });
});
