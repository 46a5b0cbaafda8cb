import { randomUUID } from 'node:crypto';
import type { DemoContent } from './types.ts';

/*
 * Building blocks of the demo descriptions: channels, costs, legal acts and contact points that
 * several services share. Each channel made here gets an id of its own, so costs can name the
 * channels they apply to.
 */

type Channel = NonNullable<DemoContent['channels']>[number];
type Cost = NonNullable<DemoContent['costs']>[number];
type LegalAct = NonNullable<DemoContent['legalBasis']>[number];
type NamedItem = NonNullable<DemoContent['inputs']>[number];
type ContactPoint = NonNullable<DemoContent['contactPoints']>[number];
type Text = { lv: string; en: string | null };

export const text = (lv: string, en: string | null = null): Text => ({ lv, en });

/** An item of inputs, outputs, requirements or rules. */
export const item = (name: Text, description: Text | null = null): NamedItem => ({ name, description });

// ---------------------------------------------------------------------------------------------
// Channels

const channel = (fields: Omit<Channel, 'id'>): Channel => ({ id: randomUUID(), ...fields });

/** An e-service in the state portal latvija.gov.lv (WCAG 2.1 AA). */
export const portalService = (name: Text, processingTime: string) =>
  channel({ type: 'portal', name, url: 'https://latvija.gov.lv', processingTime, wcagLevel: 'AA' });

/** An institution's own online e-service. */
export const onlineService = (name: Text, url: string, processingTime: string, wcagLevel: 'A' | 'AA' = 'AA') =>
  channel({ type: 'online', name, url, processingTime, wcagLevel });

export const mobileApp = (name: Text, url: string, processingTime: string) =>
  channel({ type: 'mobile_app', name, url, processingTime, wcagLevel: 'AA' });

export const office = (
  name: Text,
  address: string,
  { hours, processingTime, access }: { hours: Text; processingTime: string; access: Text },
) => channel({ type: 'office', name, address, openingHours: hours, processingTime, physicalAccessibility: access });

export const phoneLine = (phone: string, hours: Text) =>
  channel({ type: 'phone', name: text('Informatīvais tālrunis', 'Information line'), phone, openingHours: hours });

export const emailBox = (email: string, processingTime: string) =>
  channel({ type: 'email', name: text('E-pasts', 'E-mail'), email, processingTime });

export const postal = (address: string, processingTime: string) =>
  channel({ type: 'post', name: text('Pa pastu', 'By post'), address, processingTime });

export const WORKING_DAYS = text('Darba dienās 8.30–17.00', 'Working days 8.30–17.00');
export const LONG_THURSDAYS = text(
  'P. 8.30–18.00, O.–C. 8.30–17.00, Pk. 8.30–15.00',
  'Mon 8.30–18.00, Tue–Thu 8.30–17.00, Fri 8.30–15.00',
);
export const STEP_FREE = text(
  'Ieeja bez pakāpieniem, lifts un pielāgota tualete; rindas numuru var saņemt pie ieejas.',
  'Step-free entrance, lift and accessible toilet; queue tickets at the entrance.',
);
export const RAMP_ENTRANCE = text(
  'Ieeja ar uzbrauktuvi; apkalpošana pirmajā stāvā.',
  'Entrance with a ramp; service on the ground floor.',
);

// ---------------------------------------------------------------------------------------------
// Costs

const amountOf = (
  kind: Cost['kind'],
  amount: number,
  description: Text,
  channels: Channel[],
  legalBasis: Text | null,
) => ({
  kind,
  amount,
  currency: 'EUR' as const,
  description,
  channelIds: channels.map((used) => used.id),
  legalBasis,
});

export const free = (
  description = text('Pakalpojums ir bez maksas', 'The service is free of charge'),
  channels: Channel[] = [],
): Cost => amountOf('free', 0, description, channels, null);

export const fee = (
  amount: number,
  description: Text,
  { channels = [], legalBasis = null }: { channels?: Channel[]; legalBasis?: Text | null } = {},
): Cost => amountOf('fee', amount, description, channels, legalBasis);

export const stateDuty = (
  amount: number,
  description: Text,
  { channels = [], legalBasis = null }: { channels?: Channel[]; legalBasis?: Text | null } = {},
): Cost => amountOf('state_duty', amount, description, channels, legalBasis);

// ---------------------------------------------------------------------------------------------
// Legal acts: a link only where we are sure of the likumi.lv address.

const law =
  (lv: string, en: string, url: string | null = null) =>
  (article: string | null = null): LegalAct => ({ title: { lv, en }, url, article });

export const LAW = {
  stateSocialBenefits: law(
    'Valsts sociālo pabalstu likums',
    'State Social Allowances Law',
    'https://likumi.lv/ta/id/68483',
  ),
  maternityAndSickness: law(
    'Likums "Par maternitātes un slimības apdrošināšanu"',
    'Law on Maternity and Sickness Insurance',
    'https://likumi.lv/ta/id/38051',
  ),
  statePensions: law('Likums "Par valsts pensijām"', 'Law on State Pensions', 'https://likumi.lv/ta/id/38048'),
  unemploymentInsurance: law(
    'Likums "Par apdrošināšanu bezdarba gadījumam"',
    'Law on Unemployment Insurance',
    'https://likumi.lv/ta/id/14595',
  ),
  stateSocialInsurance: law(
    'Likums "Par valsts sociālo apdrošināšanu"',
    'Law on State Social Insurance',
    'https://likumi.lv/ta/id/45466',
  ),
  socialServices: law(
    'Sociālo pakalpojumu un sociālās palīdzības likums',
    'Law on Social Services and Social Assistance',
    'https://likumi.lv/ta/id/68488',
  ),
  energySupport: law(
    'Energoresursu cenu ārkārtēja pieauguma samazinājuma pasākumu likums',
    'Law on Measures to Reduce the Extraordinary Rise in Energy Prices',
  ),
  civilRegistration: law(
    'Civilstāvokļa aktu reģistrācijas likums',
    'Civil Registration Law',
    'https://likumi.lv/ta/id/253442',
  ),
  civilLaw: law('Civillikums', 'The Civil Law', 'https://likumi.lv/ta/id/225418'),
  identityDocuments: law(
    'Personu apliecinošu dokumentu likums',
    'Personal Identification Documents Law',
    'https://likumi.lv/ta/id/243484',
  ),
  residenceDeclaration: law('Dzīvesvietas deklarēšanas likums', 'Law on the Declaration of the Place of Residence'),
  naturalPersonsRegister: law('Fizisko personu reģistra likums', 'Law on the Register of Natural Persons'),
  immigration: law('Imigrācijas likums', 'Immigration Law', 'https://likumi.lv/ta/id/68522'),
  citizenship: law('Pilsonības likums', 'Citizenship Law'),
  roadTraffic: law('Ceļu satiksmes likums', 'Road Traffic Law', 'https://likumi.lv/ta/id/45467'),
  csddPrices: law(
    'Ministru kabineta 2013. gada 24. septembra noteikumi Nr. 1000 "Valsts akciju sabiedrības "Ceļu satiksmes drošības direkcija" publisko maksas pakalpojumu cenrādis"',
    'Cabinet Regulation No. 1000 of 24 September 2013, the price list of the public paid services of the Road Traffic Safety Directorate',
  ),
  personalIncomeTax: law(
    'Likums "Par iedzīvotāju ienākuma nodokli"',
    'Law on Personal Income Tax',
    'https://likumi.lv/ta/id/56880',
  ),
  taxesAndFees: law('Likums "Par nodokļiem un nodevām"', 'Law on Taxes and Fees', 'https://likumi.lv/ta/id/33946'),
  valueAddedTax: law('Pievienotās vērtības nodokļa likums', 'Value Added Tax Law', 'https://likumi.lv/ta/id/253451'),
  microEnterpriseTax: law('Mikrouzņēmumu nodokļa likums', 'Micro-enterprise Tax Law'),
  propertyTax: law('Likums "Par nekustamā īpašuma nodokli"', 'Law on Immovable Property Tax'),
  stateRevenueService: law(
    'Valsts ieņēmumu dienesta likums',
    'State Revenue Service Law',
    'https://likumi.lv/ta/id/356460',
  ),
  construction: law('Būvniecības likums', 'Construction Law', 'https://likumi.lv/ta/id/258572'),
  buildingRegulations: law(
    'Ministru kabineta 2014. gada 19. augusta noteikumi Nr. 500 "Vispārīgie būvnoteikumi"',
    'Cabinet Regulation No. 500 of 19 August 2014, General Construction Regulations',
  ),
  localGovernments: law('Pašvaldību likums', 'Local Government Law', 'https://likumi.lv/ta/id/336956'),
  education: law('Izglītības likums', 'Education Law', 'https://likumi.lv/ta/id/50759'),
};

// ---------------------------------------------------------------------------------------------
// Contact points and channels of each institution

const contact = (email: string, phone: string, url: string, hours: Text = WORKING_DAYS): ContactPoint => ({
  email,
  phone,
  url,
  openingHours: hours,
});

export const CONTACT = {
  lm: contact('lm@lm.gov.lv', '+371 67021600', 'https://www.lm.gov.lv'),
  vsaa: contact('vsaa@vsaa.gov.lv', '+371 67021700', 'https://www.vsaa.gov.lv'),
  pmlp: contact('pmlp@pmlp.gov.lv', '+371 67219639', 'https://www.pmlp.gov.lv'),
  csdd: contact('csdd@csdd.lv', '+371 67025700', 'https://www.csdd.lv'),
  vid: contact('vid@vid.gov.lv', '+371 67120000', 'https://www.vid.gov.lv'),
  riga: contact('info@riga.lv', '+371 80000800', 'https://www.riga.lv'),
  rpbv: contact('buvvalde@riga.lv', '+371 67105800', 'https://www.riga.lv/lv/buvvalde'),
  sigulda: contact('pasts@sigulda.lv', '+371 67970844', 'https://www.sigulda.lv'),
};

/** The in-person channels institutions use for many of their services, made fresh for each service. */
export const OFFICES = {
  vsaa: (processingTime: string) =>
    office(text('VSAA Rīgas Centra nodaļa', 'VSAA Riga Centre branch'), 'Lāčplēša iela 70a, Rīga, LV-1011', {
      hours: LONG_THURSDAYS,
      processingTime,
      access: STEP_FREE,
    }),
  pmlp: (processingTime: string) =>
    office(text('PMLP Rīgas 1. nodaļa', 'PMLP Riga Branch No. 1'), 'Čiekurkalna 1. līnija 1, k-3, Rīga, LV-1026', {
      hours: LONG_THURSDAYS,
      processingTime,
      access: STEP_FREE,
    }),
  csdd: (processingTime: string) =>
    office(text('CSDD Rīgas Bauskas ielas nodaļa', 'CSDD Riga Bauskas iela branch'), 'Bauskas iela 86, Rīga, LV-1004', {
      hours: text('P.–Pk. 8.00–19.00, S. 9.00–15.00', 'Mon–Fri 8.00–19.00, Sat 9.00–15.00'),
      processingTime,
      access: RAMP_ENTRANCE,
    }),
  vid: (processingTime: string) =>
    office(text('VID Klientu apkalpošanas centrs', 'VID Client Service Centre'), 'Talejas iela 1, Rīga, LV-1978', {
      hours: LONG_THURSDAYS,
      processingTime,
      access: STEP_FREE,
    }),
  riga: (processingTime: string) =>
    office(
      text('Rīgas pašvaldības Klientu apkalpošanas centrs', 'Riga Municipality Client Service Centre'),
      'Brīvības iela 49/53, Rīga, LV-1010',
      { hours: LONG_THURSDAYS, processingTime, access: STEP_FREE },
    ),
  rigaRegistry: (processingTime: string) =>
    office(
      text('Rīgas valstspilsētas pašvaldības Dzimtsarakstu nodaļa', 'Riga Registry Office'),
      'Kalpaka bulvāris 6, Rīga, LV-1050',
      { hours: WORKING_DAYS, processingTime, access: RAMP_ENTRANCE },
    ),
  rpbv: (processingTime: string) =>
    office(
      text('Rīgas pilsētas būvvaldes Klientu apkalpošanas centrs', 'Construction Board client centre'),
      'Amatu iela 4, Rīga, LV-1050',
      {
        hours: text('P.–C. 8.30–17.00, Pk. 8.30–15.00', 'Mon–Thu 8.30–17.00, Fri 8.30–15.00'),
        processingTime,
        access: text(
          'Ieeja ar uzbrauktuvi no Amatu ielas; lifts uz visiem stāviem.',
          'Ramp from Amatu iela; lift to every floor.',
        ),
      },
    ),
  sigulda: (processingTime: string) =>
    office(
      text(
        'Siguldas novada Valsts un pašvaldības vienotais klientu apkalpošanas centrs',
        'Sigulda one-stop client service centre',
      ),
      'Pils iela 16, Sigulda, LV-2150',
      { hours: LONG_THURSDAYS, processingTime, access: STEP_FREE },
    ),
};
