import fs from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launchBrowser, openPage, pageHeading, saveScreenshot, visit } from '../support/browser.ts';
import { administrator, mailedLinkTo, signInThroughForm, unique } from '../support/session.ts';

describe('sign-in', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('sends a visitor of a protected page to sign in and back, shows who is signed in, and signs out', async () => {
    const page = await openPage(browser);

    expect(await visit(page, '/administration/people')).toBe('Pieteikšanās');
    expect(new URL(page.url()).searchParams.get('next')).toBe('/administration/people');
    await page.getByText('Lai atvērtu šo lapu, piesakieties.').waitFor();
    await signInThroughForm(page);

    await pageHeading(page, 'Cilvēki').waitFor();
    expect(new URL(page.url()).pathname).toBe('/administration/people');
    const account = page.getByRole('button', { name: `Konts: ${administrator.name}` });
    await account.click();
    await page.getByRole('menuitem', { name: 'Izrakstīties' }).click();

    await pageHeading(page, 'Pieteikšanās').waitFor();
    await page.getByText('Jūs izrakstījāties.', { exact: false }).waitFor();
    await saveScreenshot(page, 'journey-signed-out');
    expect(await page.getByRole('button', { name: /^Konts:/ }).count()).toBe(0);
    // The session is over on the server too: the protected page asks to sign in again.
    expect(await visit(page, '/administration')).toBe('Pieteikšanās');
    await page.context().close();
  });

  it('says a wrong password in words, without telling which of the two was wrong', async () => {
    const page = await openPage(browser);
    await visit(page, '/sign-in');

    await signInThroughForm(page, { email: administrator.email, password: 'nav-tā-parole-2026' });

    const alert = page.getByRole('alert').filter({ hasText: 'Pieteikšanās neizdevās' });
    await alert.getByText('E-pasta adrese vai parole nav pareiza.').waitFor();
    expect(await page.getByRole('textbox', { name: 'Parole', exact: true }).inputValue()).toBe('');
    // The focus goes to what went wrong, so that a screen reader reads it out.
    expect(await alert.evaluate((element) => element === document.activeElement)).toBe(true);
    await saveScreenshot(page, 'journey-sign-in-wrong-password');
    await expectAccessible(page);
    await page.context().close();
  });

  it('says how long to wait, in words, once an account is throttled', async () => {
    const page = await openPage(browser, { language: 'en' });
    await visit(page, '/sign-in');
    // An address nobody has: the attempts count against it, not against the administrator.
    const nobody = { email: `nobody-${unique()}@example.lv`, password: 'wrong-wrong-wrong' };

    const email = page.getByRole('textbox', { name: 'Email address' });
    const password = page.getByRole('textbox', { name: 'Password', exact: true });
    let status = 0;
    for (let attempt = 1; attempt <= 6 && status !== 429; attempt++) {
      await email.fill(nobody.email);
      await password.fill(nobody.password);
      const answered = page.waitForResponse((response) => response.url().endsWith('/api/v1/auth/login'));
      await page.getByRole('button', { name: 'Sign in' }).click();
      status = (await answered).status();
    }

    expect(status).toBe(429);
    await page.getByText(/Too many failed attempts\. Try again in 15 minutes\./).waitFor();
    await saveScreenshot(page, 'journey-sign-in-throttled');
    await expectAccessible(page);
    await page.context().close();
  });
  it('offers OpenID Connect only where the server says it is configured, and explains a refused one', async () => {
    const page = await openPage(browser);
    // This server has no provider; the answers of one that has (and of one too old to say) are stood in for.
    await page.route('**/api/v1/auth/methods', (route) => route.fulfill({ json: { password: true, oidc: true } }));
    await visit(page, '/sign-in?error=oidc-not-linked');

    const oidc = page.getByRole('link', { name: 'Pieteikties ar Latvija.lv / OpenID Connect' });
    expect(await oidc.getAttribute('href')).toBe('/api/v1/auth/oidc/start');
    await page.getByText('Šī identitāte nav sasaistīta ne ar vienu Saimnieka lietotāju.', { exact: false }).waitFor();
    await saveScreenshot(page, 'journey-sign-in-oidc');
    await expectAccessible(page);

    await page.unroute('**/api/v1/auth/methods');
    await page.route('**/api/v1/auth/methods', (route) =>
      route.fulfill({ status: 404, contentType: 'application/problem+json', body: '{}' }),
    );
    await page.reload();
    await pageHeading(page, 'Pieteikšanās').waitFor();
    await page.getByRole('button', { name: 'Pieteikties' }).waitFor();
    expect(await oidc.count()).toBe(0);
    await page.context().close();
  });
  it('asks for a password reset link from the sign-in page', async () => {
    const page = await openPage(browser);
    const linesBefore = fs.readFileSync(inject('serverLog'), 'utf8').split('\n').length - 1;
    await visit(page, '/sign-in');
    await page.getByRole('link', { name: 'Aizmirsāt paroli?' }).click();
    await pageHeading(page, 'Paroles atjaunošana').waitFor();

    await page.getByRole('button', { name: 'Nosūtīt saiti' }).click();
    const email = page.getByRole('textbox', { name: 'E-pasta adrese' });
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    await email.fill(administrator.email);
    await page.getByRole('button', { name: 'Nosūtīt saiti' }).click();

    await page.getByText('Ja šai adresei ir konts, uz to ir nosūtīta saite', { exact: false }).waitFor();
    expect(await mailedLinkTo(administrator.email, { after: linesBefore })).toMatch(/^\/set-password#token=/);
    await page.context().close();
  });
});
