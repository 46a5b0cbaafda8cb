import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  expectAccessible,
  launchBrowser,
  mobile,
  openPage,
  pageHeading,
  saveScreenshot,
  visit,
} from '../support/browser.ts';
import { apiPost, choose, mailedLinkTo, signInThroughApi, unique } from '../support/session.ts';

const PASSWORD = 'Gaiša-rīta-kafija-2026';

interface Portfolio {
  institution: { id: string; name: string };
  /** Portfolio owners (R04) of the institution: one writes the description, the other approves it. */
  author: { id: string; email: string; name: string };
  reviewer: { id: string; email: string; name: string };
  admin: BrowserContext;
  adminSession: { csrfToken: string };
}

/** An institution with two portfolio owners who can sign in, made through the API by the administrator. */
async function portfolioOfTwo(browser: Browser, suffix: string): Promise<Portfolio> {
  const admin = await browser.newContext({ baseURL: inject('baseUrl') });
  const adminSession = await signInThroughApi(admin);
  const state = (await (await admin.request.get('/api/v1/organisations?kind=state')).json()) as {
    items: { id: string }[];
  };
  const sector = await apiPost<{ id: string }>(admin, adminSession, '/api/v1/organisations', {
    kind: 'sector',
    parentId: state.items[0]?.id,
    names: { lv: `Labklājības nozare ${suffix}`, en: null },
  });
  const name = `Sociālās apdrošināšanas aģentūra ${suffix}`;
  const institution = await apiPost<{ id: string }>(admin, adminSession, '/api/v1/organisations', {
    kind: 'institution',
    parentId: sector.id,
    names: { lv: name, en: null },
    // Identifiers are made from the short name: one of its own keeps this run's services apart.
    shortName: `S${suffix.toUpperCase()}`,
  });
  const person = async (personName: string, email: string) => {
    const created = await apiPost<{ id: string }>(admin, adminSession, '/api/v1/people', {
      name: personName,
      email,
      organisationId: institution.id,
    });
    const token = new URLSearchParams(new URL(await mailedLinkTo(email), 'http://x').hash.slice(1)).get('token');
    const set = await admin.request.post('/api/v1/auth/password', {
      headers: { 'x-csrf-token': adminSession.csrfToken },
      data: { token, password: PASSWORD },
    });
    expect(set.status()).toBe(204);
    await apiPost(admin, adminSession, '/api/v1/role-assignments', {
      personId: created.id,
      roleCode: 'R04',
      scopeKind: 'organisation',
      scopeId: institution.id,
    });
    return { id: created.id, email, name: personName };
  };
  return {
    institution: { id: institution.id, name },
    author: await person(`Anna Bērziņa ${suffix}`, `anna.${suffix}@example.lv`),
    reviewer: await person(`Jānis Kalniņš ${suffix}`, `janis.${suffix}@example.lv`),
    admin,
    adminSession,
  };
}

async function signedInPage(browser: Browser, email: string, options: Parameters<typeof openPage>[1] = {}) {
  const page = await openPage(browser, options);
  const session = await signInThroughApi(page.context(), { email, password: PASSWORD });
  return { page, session };
}

/** What the editor says of the draft, in its live region beside the submit button. */
const saveStatus = (page: Page, text: string | RegExp) => page.locator('[aria-live="polite"]').getByText(text);

/** Waits until the editor says the draft is saved, with the time of day. */
async function savedByItself(page: Page) {
  await saveStatus(page, /^Saglabāts \d{2}:\d{2}$/).waitFor();
}

describe('service portfolio', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('creates a service, edits its draft as it saves itself, gets it approved and published, and moves it through the gates', async () => {
    const suffix = unique();
    const portfolio = await portfolioOfTwo(browser, suffix);
    const title = `Bērna kopšanas pabalsts ${suffix}`;
    const { page, session } = await signedInPage(browser, portfolio.author.email);

    // A new service: required fields are asked for first, next to them.
    expect(await visit(page, '/portfolio')).toBe('Pakalpojumu portfelis');
    await page.getByRole('button', { name: 'Jauns pakalpojums' }).click();
    const dialog = page.getByRole('dialog', { name: 'Jauns pakalpojums' });
    await dialog.getByRole('button', { name: 'Pievienot' }).click();
    const titleInput = dialog.getByRole('textbox', { name: 'Nosaukums latviski' });
    expect(await titleInput.getAttribute('aria-invalid')).toBe('true');
    await dialog.getByText('Jāaizpilda.').first().waitFor();
    await saveScreenshot(page, 'journey-portfolio-new-service-errors', { fullPage: false });
    await expectAccessible(page);
    await choose(dialog, 'Turētājs (kompetentā iestāde)', portfolio.institution.name);
    await choose(dialog, 'Pakalpojuma veids', 'Individuāla labuma pakalpojums');
    await titleInput.fill(title);
    await dialog
      .getByRole('textbox', { name: 'Īss apraksts latviski' })
      .fill('Pabalsts vecākam, kas kopj bērnu līdz pusotra gada vecumam.');
    await dialog.getByRole('button', { name: 'Pievienot' }).click();

    await pageHeading(page, title).waitFor();
    const identifier = `S${suffix.toUpperCase()}-0001`;
    await page.getByText(`Pakalpojums ${identifier} „${title}” ir pievienots portfelim.`).waitFor();
    const serviceUrl = new URL(page.url()).pathname;
    const serviceId = serviceUrl.split('/').at(-1) ?? '';
    await page.getByText('Versija 1: Melnraksts').waitFor();
    await saveScreenshot(page, 'journey-portfolio-service-created');
    await expectAccessible(page);

    // The editor saves by itself once the description follows the rules, and says why not meanwhile.
    await page.getByRole('link', { name: 'Labot melnrakstu' }).click();
    await pageHeading(page, `Labot aprakstu: ${identifier}`).waitFor();
    await savedByItself(page);
    await page.getByRole('textbox', { name: 'Nosaukums angliski' }).fill('Childcare benefit');
    await saveStatus(page, 'Ir nesaglabātas izmaiņas').waitFor();
    await savedByItself(page);

    await page.getByRole('button', { name: 'Pievienot kanālu' }).click();
    const channel = page.getByRole('group', { name: '1. kanāls' });
    const url = channel.getByRole('textbox', { name: 'Adrese tīmeklī' });
    // The focus went into the new channel, so that typing goes on there.
    expect(await channel.evaluate((group) => group.contains(document.activeElement))).toBe(true);
    await url.fill('latvija.gov.lv');
    await channel.getByText('Nepareizs formāts.').waitFor();
    expect(await url.getAttribute('aria-invalid')).toBe('true');
    await saveStatus(page, 'Nesaglabāts: jāizlabo kļūdas (1)').waitFor();
    await page.getByRole('button', { name: 'Rādīt kļūdas' }).click();
    const errors = page.getByRole('alert').filter({ hasText: 'Izlabojiet šīs kļūdas:' });
    await errors.getByRole('link', { name: 'Kanāli › 1. › Adrese tīmeklī' }).click();
    expect(await url.evaluate((input) => input === document.activeElement)).toBe(true);
    await saveScreenshot(page, 'journey-portfolio-editor-errors');
    await expectAccessible(page);
    await url.fill('https://www.latvija.gov.lv/lv/e-pakalpojumi');
    await channel.getByRole('textbox', { name: 'Izpildes laiks' }).fill('P10D');
    await channel.getByText('Nozīmē: 10 dienu').waitFor();
    await savedByItself(page);

    await page.getByRole('button', { name: 'Pievienot tiesību aktu' }).click();
    const act = page.getByRole('group', { name: '1. tiesību akts' });
    await act.getByRole('textbox', { name: 'Nosaukums latviski' }).fill('Valsts sociālo pabalstu likums');
    await act.getByRole('textbox', { name: 'Adrese tīmeklī' }).fill('https://likumi.lv/ta/id/68483');
    await act.getByRole('textbox', { name: 'Pants, daļa vai punkts' }).fill('7. pants');

    // Markdown with a preview, as the catalogue will show it; HTML stays text.
    await page
      .getByRole('textbox', { name: 'Pilns apraksts latviski' })
      .fill('## Kā pieteikties\n\nIesniegumu var iesniegt **tiešsaistē**. <b>nav HTML</b>');
    await page.getByRole('tab', { name: 'Priekšskatījums' }).first().click();
    await page.getByRole('heading', { name: 'Kā pieteikties' }).waitFor();
    await page.getByText('<b>nav HTML</b>', { exact: false }).waitFor();
    await savedByItself(page);
    const saved = await (await page.context().request.get(`/api/v1/services/${serviceId}/descriptions/1`)).json();
    expect(saved.content.title.en).toBe('Childcare benefit');
    expect(saved.content.legalBasis[0].article).toBe('7. pants');
    await saveScreenshot(page, 'journey-portfolio-editor-saved');

    // Somebody else saves the same draft meanwhile: what was typed stays, and is saved over theirs when kept.
    const other = await page.context().request.put(`/api/v1/services/${serviceId}/descriptions/1`, {
      headers: { 'x-csrf-token': session.csrfToken },
      data: {
        version: saved.version,
        content: { ...saved.content, shortDescription: { lv: 'Cits teksts no citas cilnes.', en: null } },
      },
    });
    expect(other.status()).toBe(200);
    await page
      .getByRole('textbox', { name: 'Īss apraksts angliski' })
      .fill('A benefit for a parent caring for a child.');
    const conflict = page.getByRole('alert').filter({ hasText: 'Šo melnrakstu pa to laiku saglabāja kāds cits' });
    await conflict.getByText('Atšķiras: Īss apraksts.').waitFor();
    await saveScreenshot(page, 'journey-portfolio-editor-conflict', { fullPage: false });
    await expectAccessible(page);
    await conflict.getByRole('button', { name: 'Paturēt manu tekstu un saglabāt to' }).click();
    await savedByItself(page);
    const kept = await (await page.context().request.get(`/api/v1/services/${serviceId}/descriptions/1`)).json();
    expect(kept.content.shortDescription).toEqual({
      lv: 'Pabalsts vecākam, kas kopj bērnu līdz pusotra gada vecumam.',
      en: 'A benefit for a parent caring for a child.',
    });

    await page.getByRole('button', { name: 'Iesniegt pārskatīšanai' }).click();
    await pageHeading(page, title).waitFor();
    await page.getByText('Versija 1 iesniegta pārskatīšanai.').waitFor();
    await page.getByText('Versija 1: Pārskatīšanā').waitFor();
    // Nobody approves what they submitted themselves.
    expect(await page.getByRole('button', { name: 'Apstiprināt' }).count()).toBe(0);

    // The other portfolio owner approves it from the review queue.
    const reviewer = (await signedInPage(browser, portfolio.reviewer.email)).page;
    expect(await visit(reviewer, '/portfolio/reviews')).toBe('Pārskatīšana');
    const queue = reviewer.getByRole('table', { name: /^Iesniegtās versijas/ });
    await queue.getByRole('row').filter({ hasText: identifier }).waitFor();
    await saveScreenshot(reviewer, 'journey-portfolio-review-queue');
    await expectAccessible(reviewer);
    await queue.getByRole('button', { name: `Apstiprināt: ${identifier}, versija 1` }).click();
    const review = reviewer.getByRole('dialog', { name: `Pārskatīt versiju 1: ${identifier}` });
    await review.getByRole('button', { name: 'Saglabāt lēmumu' }).click();
    await reviewer.getByText(`${identifier}: Versija 1 apstiprināta.`).waitFor();
    await reviewer.context().close();

    // The author publishes it.
    await page.reload();
    await page.getByText('Versija 1: Apstiprināts').waitFor();
    await page.getByRole('button', { name: 'Publicēt' }).click();
    await page.getByText('Versija 1 publicēta; katalogs rāda to.').waitFor();
    await page.getByRole('heading', { name: 'Publicētā versija 1' }).waitFor();

    // Into creation: refused for want of a service owner, which the refusal names; allowed once there is one.
    await page.getByRole('button', { name: 'Mainīt posmu' }).click();
    const move = page.getByRole('dialog', { name: `Mainīt posmu: ${identifier}` });
    await move.getByRole('radio', { name: 'Izveide' }).check();
    await move.getByRole('textbox', { name: 'Pamatojums' }).fill('Apraksts publicēts; sākam e-pakalpojuma izveidi.');
    await move.getByRole('button', { name: 'Mainīt posmu' }).click();
    const refusal = move.getByRole('alert').filter({ hasText: 'Pakalpojums vēl nevar ieiet posmā „Izveide”.' });
    await refusal.getByText('Ir pakalpojuma saimnieks').waitFor();
    await refusal.getByText('Atļautās pārejas no pašreizējā posma: Izveide, Likvidēšana.').waitFor();
    expect(await refusal.evaluate((alert) => alert === document.activeElement)).toBe(true);
    await saveScreenshot(page, 'journey-portfolio-transition-refused', { fullPage: false });
    await expectAccessible(page);

    await apiPost(portfolio.admin, portfolio.adminSession, '/api/v1/role-assignments', {
      personId: portfolio.author.id,
      roleCode: 'R05',
      scopeKind: 'service',
      scopeId: serviceId,
    });
    await move.getByRole('button', { name: 'Mainīt posmu' }).click();
    await page.getByText(`Pakalpojums ${identifier} tagad ir posmā „Izveide”.`).waitFor();
    await page.getByRole('tab', { name: 'Vēsture' }).click();
    await page
      .getByRole('table', { name: 'Posmu maiņa, vecākā vispirms' })
      .getByRole('row')
      .filter({ hasText: 'Apraksts publicēts; sākam e-pakalpojuma izveidi.' })
      .filter({ hasText: portfolio.author.name })
      .waitFor();
    await page.getByRole('tab', { name: 'Atbildīgie' }).click();
    await page.getByRole('link', { name: portfolio.author.name }).first().waitFor();

    // The board: the card sits in its stage and moves without a mouse.
    await visit(page, `/portfolio?q=${identifier}`);
    expect(await page.getByRole('radio', { name: 'Dēlis' }).isChecked()).toBe(true);
    await page.getByRole('heading', { name: 'Izveide: 1' }).waitFor();
    const cardButton = page.getByRole('button', { name: `Mainīt posmu: ${identifier}` });
    await cardButton.focus();
    await page.keyboard.press('Enter');
    await page
      .getByRole('dialog', { name: `Mainīt posmu: ${identifier}` })
      .getByRole('radio', { name: 'Ieviešana' })
      .waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await saveScreenshot(page, 'journey-portfolio-board');
    await expectAccessible(page);

    // The table, remembered after a reload, and downloads with the same filters.
    await page.getByText('Tabula', { exact: true }).click();
    await page.getByRole('table', { name: 'Pakalpojumi: 1' }).getByRole('row').filter({ hasText: title }).waitFor();
    await page.reload();
    await page.getByRole('table', { name: 'Pakalpojumi: 1' }).waitFor();
    const csv = await page.getByRole('link', { name: 'Lejupielādēt atlasi CSV formātā' }).getAttribute('href');
    expect(Object.fromEntries(new URL(csv ?? '', 'http://x').searchParams)).toEqual({
      format: 'csv',
      q: identifier,
      lang: 'lv',
    });
    await saveScreenshot(page, 'journey-portfolio-table');
    await expectAccessible(page);

    await page.context().close();
    await portfolio.admin.close();
  });

  it('lets the state lead institution change the portfolio rules', async () => {
    const page = await openPage(browser);
    await signInThroughApi(page.context());
    expect(await visit(page, '/portfolio/settings')).toBe('Portfeļa noteikumi');
    const interval = page.getByRole('textbox', { name: 'Pārskatīšanas intervāls (mēneši)' });
    const months = Number(await interval.inputValue());
    await interval.fill(String(months === 12 ? 11 : 12));
    await page.getByRole('checkbox', { name: 'Norādīts kontaktpunkts: Likvidēšana' }).check();
    await page.getByRole('button', { name: 'Saglabāt noteikumus' }).click();
    await page.getByText(/^Noteikumi saglabāti \(versija \d+\)\.$/).waitFor();

    // A code the rules refuse is shown at its field, in the reader's words.
    await page.getByRole('button', { name: 'Pievienot pakāpi' }).click();
    const degree = page.getByRole('group', { name: '4. pakāpe' });
    await degree.getByRole('textbox', { name: 'Kods' }).fill('Ar Atstarpēm');
    await degree.getByRole('textbox', { name: 'Nosaukums latviski' }).fill('Izmēģinājuma');
    await page.getByRole('button', { name: 'Saglabāt noteikumus' }).click();
    const code = degree.getByRole('textbox', { name: 'Kods' });
    expect(await code.getAttribute('aria-invalid')).toBe('true');
    expect(await code.evaluate((input) => input === document.activeElement)).toBe(true);
    await saveScreenshot(page, 'journey-portfolio-settings-error');
    await expectAccessible(page);

    // Put the rules back as other journeys expect them.
    await page.reload();
    await pageHeading(page, 'Portfeļa noteikumi').waitFor();
    await page.getByRole('checkbox', { name: 'Norādīts kontaktpunkts: Likvidēšana' }).uncheck();
    await page.getByRole('button', { name: 'Saglabāt noteikumus' }).click();
    await page.getByText(/^Noteikumi saglabāti/).waitFor();
    await page.context().close();
  });

  it('finds services by search to hold a role at and to meet a recipient need, which the service page then lists', async () => {
    const suffix = unique();
    const portfolio = await portfolioOfTwo(browser, suffix);
    const title = `Bērna piedzimšanas pabalsts ${suffix}`;
    const identifier = `S${suffix.toUpperCase()}-0001`;
    const created = await apiPost<{ id: string }>(portfolio.admin, portfolio.adminSession, '/api/v1/services', {
      holderId: portfolio.institution.id,
      kind: 'individual',
      title: { lv: title, en: null },
      shortDescription: { lv: 'Vienreizējs pabalsts pēc bērna piedzimšanas.', en: null },
    });

    // The administrator makes the author the owner of the service, found by words typed without diacritics.
    const admin = await portfolio.admin.newPage();
    await visit(admin, `/administration/people/${portfolio.author.id}`);
    const assign = admin.getByRole('form', { name: 'Piešķirt lomu' });
    await assign.getByRole('radio', { name: 'Pakalpojumā' }).check();
    await assign.getByRole('combobox', { name: 'Pakalpojums' }).fill(`berna piedzimsanas pabalsts ${suffix}`);
    await admin.getByRole('option', { name: `${identifier} · ${title}` }).click();
    await choose(assign, 'Loma', /^R05 /);
    await assign.getByRole('button', { name: 'Piešķirt' }).click();
    await admin.getByText(/^Loma R05/).waitFor();
    await admin.close();

    // The author reaches the recipient groups from the portfolio's navigation and adds a group.
    const { page } = await signedInPage(browser, portfolio.author.email);
    await visit(page, '/portfolio');
    await page
      .getByRole('navigation', { name: 'Galvenā navigācija' })
      .getByRole('link', { name: 'Saņēmēju grupas un vajadzības' })
      .click();
    await pageHeading(page, 'Saņēmēju grupas un vajadzības').waitFor();
    const groupName = `Jaunie vecāki ${suffix}`;
    await page.getByRole('button', { name: 'Pievienot saņēmēju grupu' }).click();
    const groupDialog = page.getByRole('dialog', { name: 'Jauna saņēmēju grupa' });
    // The only institution where the author keeps groups is chosen already.
    const keeper = groupDialog.getByRole('combobox', { name: 'Iestāde vai pašvaldība' });
    expect(await keeper.inputValue()).toBe(portfolio.institution.name);
    await groupDialog.getByRole('textbox', { name: 'Nosaukums latviski' }).fill(groupName);
    await groupDialog.getByRole('button', { name: 'Izveidot' }).click();
    await page.getByText(`Saņēmēju grupa „${groupName}” ir izveidota.`).waitFor();

    // A need met by the service: a search that finds nothing says so beside the field, one that does offers it.
    await page.getByRole('article', { name: groupName }).getByRole('button', { name: 'Pievienot vajadzību' }).click();
    const needDialog = page.getByRole('dialog', { name: `Jauna vajadzība grupai „${groupName}”` });
    const need = 'Saņemt pabalstu, neejot uz iestādi';
    await needDialog.getByRole('textbox', { name: 'Vajadzība latviski' }).fill(need);
    const services = needDialog.getByRole('combobox', { name: 'Pakalpojumi, kas to aptver' });
    await services.fill(`nav tāda pakalpojuma ${suffix}`);
    await needDialog.getByText('Neviens pakalpojums neatbilst meklētajam.').waitFor();
    await saveScreenshot(page, 'journey-portfolio-need-nothing-found', { fullPage: false });
    await expectAccessible(page);
    await services.fill(identifier);
    await page.getByRole('option', { name: `${identifier} · ${title}` }).click();
    await saveScreenshot(page, 'journey-portfolio-need-service-chosen', { fullPage: false });
    await expectAccessible(page);
    await needDialog.getByRole('button', { name: 'Pievienot', exact: true }).click();
    await needDialog.waitFor({ state: 'detached' });
    const card = page.getByRole('article', { name: groupName });
    await card.getByRole('link', { name: `${identifier} ${title}` }).click();

    // The service page lists the need on its tab, and its owner among its people.
    await pageHeading(page, title).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/portfolio/services/${created.id}`);
    await page.getByRole('tab', { name: 'Saņēmēji un vajadzības' }).click();
    const needs = page.getByRole('table').getByRole('row').filter({ hasText: need });
    await needs.getByRole('link', { name: groupName }).waitFor();
    await needs.getByText('Vidēja').waitFor();
    await saveScreenshot(page, 'journey-portfolio-service-needs');
    await expectAccessible(page);
    await page.getByRole('tab', { name: 'Atbildīgie' }).click();
    await page.getByRole('link', { name: portfolio.author.name }).first().waitFor();

    await page.context().close();
    await portfolio.admin.close();
  });

  it('has no WCAG 2.1 AA violations on its pages in English and on a phone', async () => {
    const suffix = unique();
    const portfolio = await portfolioOfTwo(browser, suffix);
    const created = await portfolio.admin.request.post('/api/v1/services', {
      headers: { 'x-csrf-token': portfolio.adminSession.csrfToken },
      data: {
        holderId: portfolio.institution.id,
        kind: 'general',
        title: { lv: `Pensiju kalkulators ${suffix}`, en: `Pension calculator ${suffix}` },
        shortDescription: { lv: 'Aprēķina prognozējamo pensiju.', en: 'Estimates a future pension.' },
      },
    });
    const { id } = (await created.json()) as { id: string };

    const english = (await signedInPage(browser, portfolio.author.email, { language: 'en' })).page;
    for (const [name, path, heading] of [
      ['portfolio', '/portfolio', 'Service portfolio'],
      ['service', `/portfolio/services/${id}`, `Pension calculator ${suffix}`],
      ['service-history', `/portfolio/services/${id}?tab=history`, `Pension calculator ${suffix}`],
      ['service-needs', `/portfolio/services/${id}?tab=needs`, `Pension calculator ${suffix}`],
      ['editor', `/portfolio/services/${id}/edit`, `Edit the description: S${suffix.toUpperCase()}-0001`],
      ['reviews', '/portfolio/reviews', 'Reviews'],
      ['settings', '/portfolio/settings', 'Portfolio rules'],
      ['recipient-groups', '/portfolio/recipient-groups', 'Recipient groups and needs'],
    ] as const) {
      expect(await visit(english, path)).toBe(heading);
      await saveScreenshot(english, `desktop-en-portfolio-${name}`);
      await expectAccessible(english);
    }
    await english.context().close();

    const phone = (await signedInPage(browser, portfolio.author.email, { viewport: mobile })).page;
    for (const [name, path] of [
      ['portfolio', '/portfolio'],
      ['service', `/portfolio/services/${id}`],
      ['editor', `/portfolio/services/${id}/edit`],
    ] as const) {
      await visit(phone, path);
      await saveScreenshot(phone, `mobile-lv-portfolio-${name}`);
      await expectAccessible(phone);
    }
    await phone.context().close();
    await portfolio.admin.close();
  });
});
