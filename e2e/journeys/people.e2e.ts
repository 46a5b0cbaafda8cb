import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launchBrowser, openPage, pageHeading, saveScreenshot, visit } from '../support/browser.ts';
import { apiPost, choose, mailedLinkTo, signInThroughApi, signInThroughForm, unique } from '../support/session.ts';

interface Organisation {
  id: string;
}

describe('people, roles and accounts', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('invites a person, assigns roles with a compatibility warning, and the person sets a password and makes a token', async () => {
    const suffix = unique();
    const person = { name: `Anna Bērziņa ${suffix}`, email: `anna.${suffix}@example.lv` };
    const password = 'Gaiša-rīta-kafija-2026';
    const sector = `Kultūras nozare ${suffix}`;

    // The administrator: a sector to hold a role at, made through the API.
    const page = await openPage(browser);
    const admin = page.context();
    const session = await signInThroughApi(admin);
    const state = await (await admin.request.get('/api/v1/organisations?kind=state')).json();
    const stateId = (state as { items: Organisation[] }).items[0]?.id;
    await apiPost<Organisation>(admin, session, '/api/v1/organisations', {
      kind: 'sector',
      parentId: stateId,
      names: { lv: sector, en: null },
    });

    // Invite.
    expect(await visit(page, '/administration/people')).toBe('Cilvēki');
    await page.getByRole('button', { name: 'Uzaicināt cilvēku' }).click();
    const dialog = page.getByRole('dialog', { name: 'Uzaicināt cilvēku' });
    await dialog.getByRole('textbox', { name: 'Vārds un uzvārds' }).fill(person.name);
    await dialog.getByRole('textbox', { name: 'E-pasta adrese' }).fill(person.email);
    await choose(dialog, 'Organizācija', 'Latvijas Republika');
    await saveScreenshot(page, 'journey-invite-person', { fullPage: false });
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Uzaicināt' }).click();
    await page.getByText(`Uzaicinājums nosūtīts: ${person.name}, ${person.email}.`).waitFor();
    await page
      .getByRole('row', { name: new RegExp(person.email) })
      .getByText('Uzaicinājums nosūtīts')
      .waitFor();

    // Roles: R01 at the state, then R02 at a sector, which the R01–R02 rule allows only with a justification.
    await page.getByRole('link', { name: `Atvērt: ${person.name}` }).click();
    await pageHeading(page, person.name).waitFor();
    const assign = page.getByRole('form', { name: 'Piešķirt lomu' });
    await choose(assign, 'Organizācija', 'Latvijas Republika');
    expect(await assign.getByRole('combobox', { name: 'Loma' }).inputValue()).toMatch(/^R01 /);
    await assign.getByText('Konfliktu ar citām šī cilvēka lomām nav.').waitFor();
    await assign.getByRole('button', { name: 'Piešķirt' }).click();
    await page.getByText('Loma R01 piešķirta.').waitFor();
    const roles = page.getByRole('table', { name: 'Lomu piešķīrumi' });
    await roles.getByRole('row', { name: /R01 .*Spēkā/ }).waitFor();

    await choose(assign, 'Organizācija', sector);
    await assign.getByText('Lomas nav savietojamas: vajadzīgs pamatojums').waitFor();
    await assign.getByText('Valsts vadošā iestāde uzrauga nozaru vadošās iestādes', { exact: false }).waitFor();
    await saveScreenshot(page, 'journey-role-compatibility-warning');
    await expectAccessible(page);
    await assign.getByRole('button', { name: 'Piešķirt' }).click();
    const justification = assign.getByRole('textbox', { name: 'Pamatojums' });
    expect(await justification.getAttribute('aria-invalid')).toBe('true');
    await justification.fill('Pagaidu aizvietošana, kamēr nozarē tiek iecelta vadošā iestāde.');
    await assign.getByRole('button', { name: 'Piešķirt' }).click();
    await page.getByText('Loma R02 piešķirta.').waitFor();
    await roles.getByRole('row', { name: /R02 .*Pagaidu aizvietošana/ }).waitFor();

    await roles.getByRole('button', { name: `Atsaukt lomu R02 (${sector})` }).click();
    await page.getByRole('dialog', { name: 'Atsaukt lomu?' }).getByRole('button', { name: 'Atsaukt' }).click();
    await page.getByText('Loma R02 atsaukta.').waitFor();
    await roles.getByRole('row', { name: /R02 .*Atsaukta/ }).waitFor();
    await saveScreenshot(page, 'journey-person-roles');

    // The invited person sets a password through the mailed link, signs in and makes an API token.
    const invited = await openPage(browser);
    await invited.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    expect(await visit(invited, await mailedLinkTo(person.email))).toBe('Paroles iestatīšana');
    await invited.getByRole('textbox', { name: 'Jaunā parole' }).fill(password);
    await invited.getByRole('textbox', { name: 'Parole vēlreiz' }).fill(password);
    await invited.getByRole('button', { name: 'Iestatīt paroli' }).click();
    await invited.getByText('Parole ir iestatīta. Tagad varat pieteikties.').waitFor();
    expect(new URL(invited.url()).hash).toBe('');
    await visit(invited, '/sign-in?next=/administration/account');
    await signInThroughForm(invited, { email: person.email, password });
    await pageHeading(invited, 'Mans konts').waitFor();
    await invited.getByRole('table', { name: 'Atvērtās sesijas' }).getByText('Šī sesija').waitFor();

    await invited.getByRole('textbox', { name: 'Nosaukums' }).fill('Pārskatu eksports');
    await invited.getByRole('button', { name: 'Izveidot pilnvaru' }).click();
    const secretAlert = invited.getByRole('alert').filter({ hasText: 'Pilnvara „Pārskatu eksports” izveidota' });
    const secret = (await secretAlert.locator('pre').textContent())?.trim() ?? '';
    expect(secret).toMatch(/^smn_/);
    expect(await secretAlert.evaluate((element) => element === document.activeElement)).toBe(true);
    await secretAlert.getByRole('button', { name: 'Kopēt' }).click();
    await secretAlert.getByRole('button', { name: 'Nokopēts' }).waitFor();
    expect(await invited.evaluate(() => navigator.clipboard.readText())).toBe(secret);
    await saveScreenshot(invited, 'journey-token-secret');
    await expectAccessible(invited);
    await expectTokenWorks(invited.context(), secret, 200);
    await secretAlert.getByRole('button', { name: 'Gatavs: pilnvara saglabāta' }).click();
    expect(await secretAlert.count()).toBe(0);

    const tokens = invited.getByRole('table', { name: 'API pilnvaras' });
    await tokens.getByRole('row', { name: /Pārskatu eksports .*Derīga/ }).waitFor();
    await tokens.getByRole('button', { name: 'Atsaukt pilnvaru „Pārskatu eksports”' }).click();
    await invited.getByRole('dialog', { name: 'Atsaukt pilnvaru?' }).getByRole('button', { name: 'Atsaukt' }).click();
    await tokens.getByRole('row', { name: /Pārskatu eksports .*Atsaukta/ }).waitFor();
    await expectTokenWorks(invited.context(), secret, 401);
    await saveScreenshot(invited, 'journey-my-account');

    // The administrator deactivates the person, whose session then ends. Setting the password made a new version
    // of the person: a stale page would be told so (409), so it is read again first.
    await page.reload();
    await pageHeading(page, person.name).waitFor();
    await page.getByText('Iestatīta', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Deaktivizēt' }).click();
    await page
      .getByRole('dialog', { name: 'Deaktivizēt cilvēku?' })
      .getByRole('button', { name: 'Deaktivizēt' })
      .click();
    await page.getByText(`Konts deaktivizēts: ${person.name}.`).waitFor();
    await invited.reload();
    await pageHeading(invited, 'Pieteikšanās').waitFor();

    await invited.context().close();
    await admin.close();
  });

  it('ends the current session from my account, which signs me out', async () => {
    const page = await openPage(browser, { language: 'en' });
    await signInThroughApi(page.context());
    expect(await visit(page, '/administration/account')).toBe('My account');

    await page.getByRole('button', { name: 'End this session' }).click();
    await page.getByRole('dialog', { name: 'End the session?' }).getByRole('button', { name: 'End' }).click();

    await pageHeading(page, 'Sign in').waitFor();
    await page.getByText('You have signed out.', { exact: false }).waitFor();
    await page.context().close();
  });
  it('shows a person without roles the matrix to read and no audit log', async () => {
    const suffix = unique();
    const person = { name: `Pēteris Kalniņš ${suffix}`, email: `peteris.${suffix}@example.lv` };
    const password = 'Zila-jūra-un-balts-smilšu-krasts';
    const admin = await browser.newContext({ baseURL: inject('baseUrl') });
    const session = await signInThroughApi(admin);
    const state = (await (await admin.request.get('/api/v1/organisations?kind=state')).json()) as {
      items: { id: string }[];
    };
    await apiPost(admin, session, '/api/v1/people', { ...person, organisationId: state.items[0]?.id });
    const token = new URLSearchParams(new URL(await mailedLinkTo(person.email), 'http://x').hash.slice(1)).get('token');
    await admin.close();

    // The person's own browser, not signed in yet: setting a password needs no CSRF token.
    const page = await openPage(browser);
    const set = await page.context().request.post('/api/v1/auth/password', { data: { token, password } });
    expect(set.status()).toBe(204);
    await signInThroughApi(page.context(), { email: person.email, password });
    expect(await visit(page, '/administration/responsibilities')).toBe('Atbildību matrica');
    await page.getByText('Matricu labo lomas, kas veic vai apstiprina uzdevumu PU1-1', { exact: false }).waitFor();
    expect(await page.getByRole('combobox').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Saglabāt kā jaunu versiju' }).count()).toBe(0);
    await saveScreenshot(page, 'journey-matrix-read-only', { fullPage: false });

    expect(await visit(page, '/administration/audit')).toBe('Audita pieraksts');
    await page.getByText('Audita pierakstu var lasīt tikai administrators', { exact: false }).waitFor();
    expect(await page.getByRole('table').count()).toBe(0);
    await expectAccessible(page);
    await page.context().close();
  });
});

async function expectTokenWorks(context: BrowserContext, secret: string, status: number) {
  // A request of its own, without the browser's cookies: the token alone must do.
  const response = await context.request.fetch('/api/v1/auth/session', {
    headers: { authorization: `Bearer ${secret}`, cookie: '' },
  });
  expect(response.status()).toBe(status);
}
