import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectAccessible,
  launchBrowser,
  mobile,
  openPage,
  pageHeading,
  saveScreenshot,
  visit,
} from '../support/browser.ts';
import { type CatalogueData, publishCatalogueServices } from '../support/catalogue-data.ts';

const resultLink = (page: Page, title: string) => page.getByRole('link', { name: title, exact: true });

/**
 * Waits until the page is at this search and shows its own results, not the previous ones kept on screen (dimmed)
 * while they load: the count is announced only then.
 */
async function resultsOf(page: Page, search: string) {
  await page.waitForURL((url) => url.search === search);
  await page
    .locator('main section[aria-busy="false"] [aria-live="polite"]')
    .filter({ hasText: /\S/ })
    .waitFor({ state: 'attached' });
}

describe('public catalogue', () => {
  let browser: Browser;
  let data: CatalogueData;
  beforeAll(async () => {
    browser = await launchBrowser();
    data = await publishCatalogueServices(browser);
  });
  afterAll(async () => {
    await data?.close();
    await browser.close();
  });

  it('finds a service without diacritics, narrows it by life event, and opens it in Latvian and then English', async () => {
    const page = await openPage(browser);

    // Reached from the main navigation, signed out.
    await visit(page, '/');
    await page
      .getByRole('navigation', { name: 'Galvenā navigācija' })
      .getByRole('link', { name: 'Pakalpojumu katalogs' })
      .click();
    await pageHeading(page, 'Pakalpojumu katalogs').waitFor();
    await page.getByRole('button', { name: /^Konts:/ }).waitFor({ state: 'detached' });
    // The pointer is still on the link, now the current page's: axe checks its hover shade too.
    await saveScreenshot(page, 'catalogue-desktop-lv-start');
    await expectAccessible(page);

    // Latvian words typed without diacritics.
    const words = page.getByRole('searchbox', { name: 'Ko meklējat?' });
    await words.fill('dzivesvieta');
    await words.press('Enter');
    await resultsOf(page, '?q=dzivesvieta');
    await resultLink(page, 'Dzīvesvietas deklarēšana').waitFor();
    // The count is said by screen readers once the results are in, and heads them.
    const announcement = page.locator('main [aria-live="polite"]');
    const said = announcement.getByText(/^Atrast(s \d*1 pakalpojums|i \d+ pakalpojumi)$/);
    await said.waitFor({ state: 'attached' });
    // Read what was said, not the region: a live region may be emptied again to repeat itself.
    const count = await said.textContent();
    expect(await page.getByRole('heading', { level: 2, name: /^Atrast/ }).textContent()).toBe(count);
    const item = page.getByRole('listitem').filter({ has: resultLink(page, 'Dzīvesvietas deklarēšana') });
    await item.getByText(data.holder.name).waitFor();
    await item.getByRole('list', { name: 'Saņemšanas veidi' }).getByText('E-pakalpojums').waitFor();
    await item.getByRole('list', { name: 'Saņemšanas veidi' }).getByText('Klātienē').waitFor();
    await saveScreenshot(page, 'catalogue-desktop-lv-results');
    await expectAccessible(page);

    // Each option says how many services choosing it finds; the institution filter lists those with services.
    const institutions = page.getByRole('combobox', { name: 'Iestāde' });
    await institutions
      .getByRole('option', { name: `${data.holder.name} (1)`, exact: true })
      .waitFor({ state: 'attached' });
    expect(await institutions.getByRole('option', { name: data.provider.name }).count()).toBe(0);

    // A life event the service has keeps it; one it has not leaves nothing, with advice.
    await page
      .getByRole('combobox', { name: 'Dzīves situācija' })
      .selectOption({ label: 'Pārcelšanās un ceļošana (1)' });
    await resultsOf(page, '?q=dzivesvieta&lifeEvent=MOV');
    await resultLink(page, 'Dzīvesvietas deklarēšana').waitFor();
    await page.getByRole('combobox', { name: 'Dzīves situācija' }).selectOption({ label: 'Pensionēšanās (0)' });
    await resultsOf(page, '?q=dzivesvieta&lifeEvent=RET');
    // An institution none of whose services are found stays in the list, with none.
    await institutions
      .getByRole('option', { name: `${data.holder.name} (0)`, exact: true })
      .waitFor({ state: 'attached' });
    await page.getByRole('heading', { level: 2, name: 'Neviens pakalpojums neatbilst meklēšanai' }).waitFor();
    await page.getByText('Noņemiet kādu atlases nosacījumu vai notīriet atlasi.').waitFor();
    await page.getByRole('link', { name: 'Pārlūkojiet pakalpojumus pēc dzīves situācijas.' }).waitFor();
    await saveScreenshot(page, 'catalogue-desktop-lv-nothing-found');
    await expectAccessible(page);

    // The back button returns to the previous search, and its filter shows in the form again.
    await page.goBack();
    await resultsOf(page, '?q=dzivesvieta&lifeEvent=MOV');
    await resultLink(page, 'Dzīvesvietas deklarēšana').waitFor();
    expect(await page.getByRole('combobox', { name: 'Dzīves situācija' }).inputValue()).toBe('MOV');
    expect(await words.inputValue()).toBe('dzivesvieta');

    // The service page.
    await resultLink(page, 'Dzīvesvietas deklarēšana').click();
    await pageHeading(page, 'Dzīvesvietas deklarēšana').waitFor();
    expect(new URL(page.url()).pathname).toBe(`/catalogue/services/${data.residence.id}`);
    expect(await page.title()).toBe('Dzīvesvietas deklarēšana · Saimnieks');
    // Delivered, unlike the eID card below: no warning that it may not be available yet.
    expect(await page.getByText('Šis pakalpojums vēl tiek ieviests.', { exact: false }).count()).toBe(0);
    const facts = page.getByRole('region', { name: 'Īsumā' });
    await facts.getByText('Visā Latvijā').waitFor();
    await facts.getByRole('link', { name: 'Bez maksas' }).waitFor();
    await facts.getByText('Iedzīvotājiem').waitFor();
    await facts.getByRole('link', { name: 'Mājoklis' }).waitFor();
    // The author's "# When to declare" sits under the page's h2, not beside the h1.
    const description = page.getByRole('region', { name: 'Apraksts' });
    await description.getByRole('heading', { level: 3, name: 'Kad jādeklarē' }).waitFor();
    expect(await page.locator('h1').count()).toBe(1);
    const channels = page.getByRole('region', { name: 'Kā saņemt' });
    const online = channels.getByRole('listitem').filter({ hasText: 'E-pakalpojums Latvija.lv' });
    await online.getByText('1 diena', { exact: true }).waitFor();
    await online.getByText('Atbilst WCAG 2.1 AA līmenim').waitFor();
    const office = channels.getByRole('listitem').filter({ hasText: 'Pašvaldības klientu centrs' });
    await office.getByText('30 dienas', { exact: true }).waitFor();
    expect(await office.getByRole('link', { name: '+371 67 012 345' }).getAttribute('href')).toBe('tel:+37167012345');
    await page.getByRole('region', { name: 'Kas jāsagatavo' }).getByText('Personu apliecinošs dokuments').waitFor();
    await page.getByRole('region', { name: 'Kas sniedz pakalpojumu' }).getByText(data.provider.name).waitFor();
    const law = page.getByRole('region', { name: 'Tiesiskais pamats' }).getByRole('link', {
      name: 'Dzīvesvietas deklarēšanas likums',
    });
    expect(await law.getAttribute('href')).toBe('https://likumi.lv/ta/id/317016');
    await page.getByRole('navigation', { name: 'Šajā lapā' }).getByRole('link', { name: 'Izmaksas' }).waitFor();
    await saveScreenshot(page, 'catalogue-desktop-lv-service');
    await expectAccessible(page);

    // In English: the page, the description and the units of time follow.
    await page.getByRole('radiogroup', { name: 'Valoda' }).locator('label', { hasText: 'EN' }).click();
    await pageHeading(page, 'Declaration of residence').waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByRole('region', { name: 'Description' }).getByRole('heading', { name: 'When to declare' }).waitFor();
    const channelsEn = page.getByRole('region', { name: 'How to get it' });
    await channelsEn
      .getByRole('listitem')
      .filter({ hasText: 'Latvija.lv e-service' })
      .getByText('1 day', { exact: true })
      .waitFor();
    await channelsEn.getByText('30 days', { exact: true }).waitFor();
    await page.getByRole('region', { name: 'In brief' }).getByText('Throughout Latvia').waitFor();
    await saveScreenshot(page, 'catalogue-desktop-en-service');
    await expectAccessible(page);

    // A related service, with its fee in euro.
    await page
      .getByRole('region', { name: 'Related services' })
      .getByRole('link', { name: 'Issue of an identity card (eID card)' })
      .click();
    await pageHeading(page, 'Issue of an identity card (eID card)').waitFor();
    await page.getByRole('region', { name: 'Costs' }).getByText('State duty: €12.50').waitFor();
    await page.getByRole('region', { name: 'In brief' }).getByRole('link', { name: 'State duty €12.50' }).waitFor();
    await saveScreenshot(page, 'catalogue-desktop-en-service-with-fee');
    await expectAccessible(page);
    await page.context().close();
  });

  it('shows the fee in Latvian euro format and lists the services of an institution', async () => {
    const page = await openPage(browser);
    expect(await visit(page, `/catalogue/services/${data.eid.id}`)).toBe(
      'Personas apliecības (eID kartes) izsniegšana',
    );
    await page.getByRole('region', { name: 'Izmaksas' }).getByText('Valsts nodeva: 12,50\u00a0€').waitFor();
    await page.getByRole('region', { name: 'Kā saņemt' }).getByText('10 dienas', { exact: true }).waitFor();
    // Still in planning: the reader is told it may not be available yet.
    await page.getByText('Šis pakalpojums vēl tiek ieviests.', { exact: false }).waitFor();

    await page.getByRole('link', { name: 'Citi šīs iestādes pakalpojumi' }).click();
    await pageHeading(page, 'Pakalpojumu katalogs').waitFor();
    await resultsOf(page, `?institution=${data.holder.id}`);
    await resultLink(page, 'Dzīvesvietas deklarēšana').waitFor();
    await resultLink(page, 'Personas apliecības (eID kartes) izsniegšana').waitFor();
    expect(await page.getByRole('combobox', { name: 'Iestāde' }).inputValue()).toBe(data.holder.id);
    await page.context().close();
  });

  it('browses by life event, each with its count, into the filtered search', async () => {
    const page = await openPage(browser);
    const asked: string[] = [];
    page.on('request', (request) => {
      const { pathname } = new URL(request.url());
      if (pathname.startsWith('/api/v1/catalogue/')) asked.push(pathname);
    });
    expect(await visit(page, '/catalogue/life-events')).toBe('Pakalpojumi pēc dzīves situācijas');
    const moving = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: 'Pārcelšanās un ceļošana' }) });
    await moving.getByText(/^\d+ pakalpojum(s|i)$/).waitFor();
    await page
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: 'Pensionēšanās' }) })
      .getByText('Pakalpojumu vēl nav')
      .waitFor();
    await page
      .getByRole('region', { name: 'Uzņēmējiem' })
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: 'Uzņēmējdarbības uzsākšana' }) })
      .getByText(/^(\d+ pakalpojum(s|i)|Pakalpojumu vēl nav)$/)
      .waitFor();
    // The counts of all the life and business events come in one request.
    expect(asked).toEqual(['/api/v1/catalogue/facets']);
    await saveScreenshot(page, 'catalogue-desktop-lv-life-events');
    await expectAccessible(page);

    await moving.getByRole('link').click();
    await pageHeading(page, 'Pakalpojumu katalogs').waitFor();
    await resultsOf(page, '?lifeEvent=MOV');
    await resultLink(page, 'Dzīvesvietas deklarēšana').waitFor();
    await resultLink(page, 'Personas apliecības (eID kartes) izsniegšana').waitFor();

    // The same in English, the search keeping its filter.
    await page.getByRole('radiogroup', { name: 'Valoda' }).locator('label', { hasText: 'EN' }).click();
    await pageHeading(page, 'Service catalogue').waitFor();
    await resultLink(page, 'Declaration of residence').waitFor();
    expect(await page.getByRole('combobox', { name: 'Life event' }).inputValue()).toBe('MOV');
    await saveScreenshot(page, 'catalogue-desktop-en-results');
    await expectAccessible(page);
    expect(await visit(page, '/catalogue/life-events')).toBe('Services by life event');
    await page.getByRole('link', { name: 'Moving' }).waitFor();
    await expectAccessible(page);
    await page.context().close();
  });

  it('answers a service that is not published with a not-found page leading back to the search', async () => {
    const page = await openPage(browser);
    expect(await visit(page, `/catalogue/services/${randomUUID()}`)).toBe('Pakalpojums nav atrasts');
    await page.getByText('Iespējams, tā apraksts vēl nav publicēts', { exact: false }).waitFor();
    await saveScreenshot(page, 'catalogue-desktop-lv-not-found');
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Meklēt pakalpojumu katalogā' }).click();
    await pageHeading(page, 'Pakalpojumu katalogs').waitFor();

    expect(await visit(page, '/catalogue/services/not-a-service')).toBe('Pakalpojums nav atrasts');
    await page.context().close();
  });

  it('works on a phone: the filters fold away, and the search and the service page stay accessible', async () => {
    const page = await openPage(browser, { viewport: mobile });
    await visit(page, '/catalogue?q=dzivesvieta');
    await resultsOf(page, '?q=dzivesvieta');
    await resultLink(page, 'Dzīvesvietas deklarēšana').waitFor();
    const toggle = page.getByRole('button', { name: 'Rādīt atlasi' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByRole('combobox', { name: 'Dzīves situācija' }).isVisible()).toBe(false);
    await saveScreenshot(page, 'catalogue-mobile-lv-results');
    await expectAccessible(page);

    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    // A nationwide service is available in Rīga too: counted there, and found.
    await page.getByRole('combobox', { name: 'Pašvaldība' }).selectOption({ label: 'Rīga (1)' });
    await resultsOf(page, '?q=dzivesvieta&municipality=0001000');
    await resultLink(page, 'Dzīvesvietas deklarēšana').waitFor();
    await saveScreenshot(page, 'catalogue-mobile-lv-filters');
    await expectAccessible(page);

    await resultLink(page, 'Dzīvesvietas deklarēšana').click();
    await pageHeading(page, 'Dzīvesvietas deklarēšana').waitFor();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(mobile.width);
    await saveScreenshot(page, 'catalogue-mobile-lv-service');
    await expectAccessible(page);

    expect(await visit(page, '/catalogue/life-events')).toBe('Pakalpojumi pēc dzīves situācijas');
    await saveScreenshot(page, 'catalogue-mobile-lv-life-events');
    await expectAccessible(page);
    await page.context().close();
  });

  it('is usable by keyboard: skip to the content, search with Enter, open a result', async () => {
    const page = await openPage(browser);
    await visit(page, '/catalogue');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Pāriet uz saturu');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('MAIN');

    // Into the page: the link to browsing, then the search field.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('search');
    await page.keyboard.type('eid kartes');
    await page.keyboard.press('Enter');
    const link = resultLink(page, 'Personas apliecības (eID kartes) izsniegšana');
    await link.focus();
    await page.keyboard.press('Enter');
    await pageHeading(page, 'Personas apliecības (eID kartes) izsniegšana').waitFor();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('MAIN');
    await page.context().close();
  });
});
