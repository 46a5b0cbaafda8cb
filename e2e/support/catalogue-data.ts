import { randomUUID } from 'node:crypto';
import type { Browser, BrowserContext } from 'playwright-core';
import { inject } from 'vitest';
import { apiPost, mailedLinkTo, signInThroughApi, unique } from './session.ts';

/*
 * Published services for the catalogue journeys, made the way staff make them: through the staff API, with the
 * description written and submitted by one portfolio owner (R04) and approved by another, then published.
 */

interface Session {
  context: BrowserContext;
  csrfToken: string;
}

interface PortfolioOwner extends Session {
  personId: string;
}

async function send<Answer>(session: Session, method: 'PUT' | 'POST', path: string, data: unknown): Promise<Answer> {
  const response = await session.context.request.fetch(path, {
    method,
    data,
    headers: { 'x-csrf-token': session.csrfToken },
  });
  if (!response.ok()) throw new Error(`${method} ${path} failed: ${response.status()} ${await response.text()}`);
  return (await response.json()) as Answer;
}

async function get<Answer>(session: Session, path: string): Promise<Answer> {
  const response = await session.context.request.get(path);
  if (!response.ok()) throw new Error(`GET ${path} failed: ${response.status()} ${await response.text()}`);
  return (await response.json()) as Answer;
}

const PASSWORD = 'Kataloga-dati-ir-publiski-2026';

/** A person at the institution holding R04 there, signed in in a browser context of their own. */
async function portfolioOwner(
  browser: Browser,
  admin: Session,
  institutionId: string,
  { name, mailbox }: { name: string; mailbox: string },
): Promise<PortfolioOwner> {
  const suffix = unique();
  const email = `${mailbox}.${suffix}@example.lv`;
  const person = await apiPost<{ id: string }>(admin.context, admin, '/api/v1/people', {
    name: `${name} ${suffix}`,
    email,
    organisationId: institutionId,
  });
  await apiPost(admin.context, admin, '/api/v1/role-assignments', {
    personId: person.id,
    roleCode: 'R04',
    scopeKind: 'organisation',
    scopeId: institutionId,
  });
  const token = new URLSearchParams(new URL(await mailedLinkTo(email), 'http://x').hash.slice(1)).get('token');
  const context = await browser.newContext({ baseURL: inject('baseUrl') });
  const set = await context.request.post('/api/v1/auth/password', { data: { token, password: PASSWORD } });
  if (set.status() !== 204) throw new Error(`Setting the password of ${email} failed: ${set.status()}`);
  const { csrfToken } = await signInThroughApi(context, { email, password: PASSWORD });
  return { context, csrfToken, personId: person.id };
}

export interface CatalogueData {
  holder: { id: string; name: string };
  provider: { id: string; name: string };
  residence: { id: string; identifier: string };
  eid: { id: string; identifier: string };
  close: () => Promise<void>;
}

type Content = Record<string, unknown>;

/**
 * An institution with two portfolio owners, and two published services of it: the declaration of residence
 * (free, online and in person, for the life events "moving" and "residence") and the eID card (a fee), which the
 * first names as related.
 */
export async function publishCatalogueServices(browser: Browser): Promise<CatalogueData> {
  const suffix = unique();
  const adminContext = await browser.newContext({ baseURL: inject('baseUrl') });
  const admin: Session = { context: adminContext, ...(await signInThroughApi(adminContext)) };
  const state = await get<{ items: { id: string }[] }>(admin, '/api/v1/organisations?kind=state');
  const sector = await apiPost<{ id: string }>(adminContext, admin, '/api/v1/organisations', {
    kind: 'sector',
    parentId: state.items[0]?.id,
    names: { lv: `Iekšlietu nozare ${suffix}`, en: `Interior sector ${suffix}` },
  });
  const institution = async (lv: string, en: string) => {
    const names = { lv: `${lv} ${suffix}`, en: `${en} ${suffix}` };
    const created = await apiPost<{ id: string }>(adminContext, admin, '/api/v1/organisations', {
      kind: 'institution',
      parentId: sector.id,
      names,
    });
    return { id: created.id, name: names.lv };
  };
  const holder = await institution(
    'Pilsonības un migrācijas lietu pārvalde',
    'Office of Citizenship and Migration Affairs',
  );
  const provider = await institution('Valsts reģionālās attīstības aģentūra', 'State Regional Development Agency');
  const author = await portfolioOwner(browser, admin, holder.id, { name: 'Ilze Ozola', mailbox: 'ilze' });
  const reviewer = await portfolioOwner(browser, admin, holder.id, { name: 'Jānis Bērziņš', mailbox: 'janis' });

  const publish = async (
    title: { lv: string; en: string },
    shortDescription: { lv: string; en: string },
    content: Content,
  ) => {
    const service = await send<{ id: string; identifier: string; workingVersion: { number: number } }>(
      author,
      'POST',
      '/api/v1/services',
      { holderId: holder.id, identifierPrefix: 'PMLP', kind: 'individual', title, shortDescription },
    );
    const path = `/api/v1/services/${service.id}/descriptions/${service.workingVersion.number}`;
    const draft = await get<{ version: number }>(author, path);
    const saved = await send<{ version: number }>(author, 'PUT', path, {
      version: draft.version,
      content: { title, shortDescription, ...content },
    });
    const submitted = await send<{ version: number }>(author, 'POST', `${path}/submit`, { version: saved.version });
    const approved = await send<{ version: number }>(reviewer, 'POST', `${path}/review`, {
      version: submitted.version,
      decision: 'approve',
    });
    await send(author, 'POST', `${path}/publish`, { version: approved.version });
    return { id: service.id, identifier: service.identifier };
  };

  const eidOffice = randomUUID();
  const eid = await publish(
    { lv: 'Personas apliecības (eID kartes) izsniegšana', en: 'Issue of an identity card (eID card)' },
    {
      lv: 'Personas apliecība apliecina identitāti un ļauj droši pieteikties e-pakalpojumos.',
      en: 'The identity card proves who you are and lets you sign in to e-services securely.',
    },
    {
      audience: ['natural_person'],
      lifeEvents: ['MOV'],
      channels: [
        {
          id: eidOffice,
          type: 'office',
          name: { lv: 'Klientu apkalpošanas nodaļa', en: 'Customer service office' },
          address: 'Čiekurkalna 1. līnija 1, Rīga, LV-1026',
          processingTime: 'P10D',
          physicalAccessibility: {
            lv: 'Ieeja bez pakāpieniem; pieejama tualete cilvēkiem ratiņkrēslā.',
            en: 'Step-free entrance; an accessible toilet.',
          },
        },
      ],
      costs: [{ kind: 'state_duty', amount: 12.5, currency: 'EUR', channelIds: [eidOffice] }],
      legalBasis: [
        {
          title: { lv: 'Personu apliecinošu dokumentu likums', en: 'Personal Identification Documents Law' },
          url: 'https://likumi.lv/ta/id/243484',
          article: '6. pants',
        },
      ],
    },
  );

  const online = randomUUID();
  const office = randomUUID();
  const residence = await publish(
    { lv: 'Dzīvesvietas deklarēšana', en: 'Declaration of residence' },
    {
      lv: 'Paziņojiet valstij savu dzīvesvietu, lai saņemtu pašvaldības pakalpojumus un vēstules īstajā adresē.',
      en: 'Tell the state where you live, to get municipal services and letters at the right address.',
    },
    {
      description: {
        lv: '# Kad jādeklarē\n\nDzīvesvieta jādeklarē **viena mēneša laikā** pēc pārcelšanās.\n\n- Tiešsaistē ar e-parakstu vai eID karti\n- Klātienē pašvaldībā',
        en: '# When to declare\n\nDeclare your residence **within one month** of moving.\n\n- Online with an e-signature or eID card\n- In person at the municipality',
      },
      audience: ['natural_person'],
      lifeEvents: ['MOV', 'RES'],
      languages: ['lv', 'en'],
      channels: [
        {
          id: online,
          type: 'online',
          name: { lv: 'E-pakalpojums Latvija.lv', en: 'Latvija.lv e-service' },
          url: 'https://www.latvija.lv/lv/pakalpojumi/dzivesvietas-deklaracija',
          processingTime: 'P1D',
          wcagLevel: 'AA',
        },
        {
          id: office,
          type: 'office',
          name: { lv: 'Pašvaldības klientu centrs', en: 'Municipal customer centre' },
          address: 'Brīvības iela 49/53, Rīga, LV-1010',
          phone: '+371 67 012 345',
          openingHours: { lv: 'P.–C. 8.30–17.00, Pk. 8.30–15.00', en: 'Mon–Thu 8.30–17.00, Fri 8.30–15.00' },
          processingTime: 'P30D',
        },
      ],
      costs: [{ kind: 'free', amount: 0, currency: 'EUR' }],
      inputs: [
        {
          name: { lv: 'Personu apliecinošs dokuments', en: 'An identity document' },
          description: { lv: 'Pase vai personas apliecība.', en: 'A passport or identity card.' },
        },
      ],
      outputs: [
        {
          name: {
            lv: 'Deklarētā dzīvesvieta Iedzīvotāju reģistrā',
            en: 'Your declared residence in the Population Register',
          },
        },
      ],
      requirements: [{ name: { lv: 'Tiesības dzīvot norādītajā mājoklī', en: 'The right to live at the address' } }],
      contactPoints: [{ email: 'pasts@example.lv', phone: '+371 67 219 191' }],
      legalBasis: [
        {
          title: { lv: 'Dzīvesvietas deklarēšanas likums', en: 'Declaration of Place of Residence Law' },
          url: 'https://likumi.lv/ta/id/317016',
          article: '3. pants',
        },
      ],
      providers: [{ organisationId: provider.id, role: 'provider' }],
      relatedServices: [eid.id],
    },
  );

  // The declaration is delivered: it has an owner (R05), a published description, channels and a legal basis.
  // The eID card stays in planning, which the catalogue tells its readers.
  await apiPost(adminContext, admin, '/api/v1/role-assignments', {
    personId: reviewer.personId,
    roleCode: 'R05',
    scopeKind: 'service',
    scopeId: residence.id,
  });
  let { version } = await get<{ version: number }>(author, `/api/v1/services/${residence.id}`);
  for (const to of ['creation', 'introduction', 'delivery']) {
    ({ version } = await send<{ version: number }>(author, 'POST', `/api/v1/services/${residence.id}/transitions`, {
      version,
      to,
      reason: 'Pakalpojums ir gatavs sniegšanai.',
    }));
  }

  return {
    holder,
    provider,
    residence,
    eid,
    close: async () => {
      await Promise.all([adminContext.close(), author.context.close(), reviewer.context.close()]);
    },
  };
}
