import {
  CONTACT,
  fee,
  item,
  LAW,
  mobileApp,
  OFFICES,
  onlineService,
  phoneLine,
  text,
  WORKING_DAYS,
} from './content.ts';
import type { DemoService } from './types.ts';

/** The services of the Road Traffic Safety Directorate. */

const CSDD_TEAM = { owner: 'juris.klavins', providers: ['elina.silina'] };
const CSDD_PHONE = () => phoneLine('+371 67025700', WORKING_DAYS);
const E_CSDD = (processingTime: string) =>
  onlineService(
    text('E-pakalpojumu portāls e.csdd.lv', 'E-service portal e.csdd.lv'),
    'https://e.csdd.lv',
    processingTime,
  );
const PRICE_LIST = (point: string) =>
  text(`MK noteikumi Nr. 1000, 2. pielikums, ${point}. punkts`, `Cabinet Regulation No. 1000, Annex 2, item ${point}`);
const REGISTRATION_CERTIFICATE = item(
  text('Transportlīdzekļa reģistrācijas apliecība', 'Vehicle registration certificate'),
);
const INSURANCE = item(
  text('Derīga OCTA polise', 'Valid compulsory motor insurance'),
  text('CSDD to pārbauda datubāzē.', 'CSDD checks it in the database.'),
);

const registrationOnline = E_CSDD('PT15M');
const registrationOffice = OFFICES.csdd('PT1H');

export const TRANSPORT_SERVICES: DemoService[] = [
  {
    key: 'csdd-owner-change',
    holder: 'csdd',
    kind: 'individual',
    priority: 'high',
    managementDegree: 'full',
    stage: 'maintenance',
    monthsAgo: 11,
    team: CSDD_TEAM,
    earlier: {
      channels: [registrationOffice],
      costs: [
        fee(5.74, text('Transportlīdzekļa reģistrācija', 'Vehicle registration'), { legalBasis: PRICE_LIST('1') }),
      ],
    },
    content: {
      title: text('Transportlīdzekļa īpašnieka maiņas reģistrācija', 'Registering a change of vehicle owner'),
      shortDescription: text(
        'Pērkot Latvijā reģistrētu transportlīdzekli, jaunais īpašnieks to reģistrē uz sava vārda – tiešsaistē vai CSDD nodaļā.',
        'The buyer of a vehicle registered in Latvia registers it in their name, online or at a CSDD branch.',
      ),
      description: text(
        '## Tiešsaistē\n\nPārdevējs e.csdd.lv norāda pircēju, pircējs darījumu apstiprina. Jauno reģistrācijas apliecību nosūta pa pastu vai to var saņemt nodaļā.\n\n## Klātienē\n\nAbi dodas uz jebkuru CSDD nodaļu ar personu apliecinošiem dokumentiem un reģistrācijas apliecību.',
        '## Online\n\nThe seller names the buyer at e.csdd.lv and the buyer confirms. The new registration certificate is posted or collected at a branch.\n\n## In person\n\nBoth go to any CSDD branch with their identity documents and the registration certificate.',
      ),
      audience: ['natural_person', 'legal_person'],
      lifeEvents: ['DRV'],
      themes: ['04'],
      keywords: { lv: ['auto', 'transportlīdzeklis', 'pārreģistrācija'], en: ['car', 'vehicle', 're-registration'] },
      languages: ['lv', 'en', 'ru'],
      legalBasis: [LAW.roadTraffic(), LAW.csddPrices()],
      channels: [registrationOnline, registrationOffice, CSDD_PHONE()],
      costs: [
        fee(5.74, text('Transportlīdzekļa reģistrācija', 'Vehicle registration'), {
          channels: [registrationOnline, registrationOffice],
          legalBasis: PRICE_LIST('1'),
        }),
      ],
      inputs: [REGISTRATION_CERTIFICATE, INSURANCE, item(text('Personu apliecinošs dokuments', 'Identity document'))],
      outputs: [item(text('Jauna reģistrācijas apliecība', 'New registration certificate'))],
      requirements: [item(text('Derīga valsts tehniskā apskate', 'Valid roadworthiness test'))],
      contactPoints: [CONTACT.csdd],
    },
    related: ['csdd-inspection'],
  },
  {
    key: 'csdd-first-registration',
    holder: 'csdd',
    kind: 'individual',
    priority: 'medium',
    managementDegree: 'standard',
    stage: 'delivery',
    monthsAgo: 6,
    team: CSDD_TEAM,
    content: {
      title: text('Transportlīdzekļa pirmreizējā reģistrācija Latvijā', 'First registration of a vehicle in Latvia'),
      shortDescription: text(
        'Jaunu vai no ārvalstīm ievestu transportlīdzekli reģistrē Latvijā pēc identifikācijas un valsts tehniskās apskates.',
        'A new or imported vehicle is registered in Latvia after identification and a roadworthiness test.',
      ),
      description: text(
        'Pirms reģistrācijas CSDD pārbauda transportlīdzekļa dokumentus un identifikācijas numuru. Ievestam transportlīdzeklim vajadzīgs arī ārvalstu reģistrācijas dokuments.',
        'Before registration CSDD checks the documents and the identification number. An imported vehicle also needs its foreign registration document.',
      ),
      audience: ['natural_person', 'legal_person'],
      lifeEvents: ['DRV'],
      businessEvents: ['RUBU'],
      themes: ['04'],
      keywords: { lv: ['auto imports', 'pirmreizējā reģistrācija'], en: ['imported car', 'first registration'] },
      languages: ['lv', 'en', 'ru'],
      legalBasis: [LAW.roadTraffic(), LAW.csddPrices()],
      channels: [OFFICES.csdd('PT1H'), CSDD_PHONE()],
      costs: [
        fee(11.88, text('Transportlīdzekļa pirmreizējā reģistrācija Latvijā', 'First registration in Latvia'), {
          legalBasis: PRICE_LIST('3'),
        }),
      ],
      inputs: [
        item(text('Īpašumtiesības apliecinošs dokuments', 'Proof of ownership')),
        item(
          text('Ārvalstu reģistrācijas dokuments', 'Foreign registration document'),
          text('Ievestam transportlīdzeklim.', 'For an imported vehicle.'),
        ),
        INSURANCE,
      ],
      outputs: [REGISTRATION_CERTIFICATE, item(text('Valsts reģistrācijas numura zīmes', 'Number plates'))],
      contactPoints: [CONTACT.csdd],
    },
    required: ['csdd-inspection'],
  },
  {
    key: 'csdd-driving-licence',
    holder: 'csdd',
    kind: 'individual',
    priority: 'high',
    managementDegree: 'full',
    stage: 'delivery',
    monthsAgo: 7,
    team: CSDD_TEAM,
    content: {
      title: text('Vadītāja apliecības iegūšana', 'Obtaining a driving licence'),
      shortDescription: text(
        'Pēc apmācības autoskolā un CSDD teorijas un braukšanas eksāmeniem izsniedz vadītāja apliecību.',
        'After driving school and the CSDD theory and driving tests, a driving licence is issued.',
      ),
      description: text(
        '1. Pabeidziet apmācību autoskolā.\n2. Nokārtojiet teorijas eksāmenu (pieteikties var e.csdd.lv).\n3. Nokārtojiet braukšanas eksāmenu.\n4. Saņemiet vadītāja apliecību CSDD nodaļā.',
        '1. Complete driving school.\n2. Pass the theory test (book at e.csdd.lv).\n3. Pass the driving test.\n4. Collect the licence at a CSDD branch.',
      ),
      audience: ['natural_person'],
      lifeEvents: ['DRV'],
      themes: ['04'],
      keywords: { lv: ['tiesības', 'autovadītājs', 'eksāmens'], en: ['driving licence', 'driving test'] },
      languages: ['lv', 'en', 'ru'],
      legalBasis: [LAW.roadTraffic(), LAW.csddPrices()],
      channels: [E_CSDD('P1D'), OFFICES.csdd('P1D'), CSDD_PHONE()],
      costs: [
        fee(9, text('Teorijas eksāmens', 'Theory test')),
        fee(25, text('Braukšanas eksāmens', 'Driving test')),
        fee(21, text('Vadītāja apliecības izgatavošana', 'Making the licence')),
      ],
      inputs: [
        item(text('Autoskolas apliecība', 'Driving school certificate')),
        item(
          text('Medicīniskā izziņa', 'Medical certificate'),
          text('Ārsts to iesniedz elektroniski.', 'Sent electronically by the doctor.'),
        ),
      ],
      outputs: [item(text('Vadītāja apliecība', 'Driving licence'))],
      requirements: [
        item(text('Sasniegts attiecīgajai kategorijai noteiktais vecums', 'Minimum age for the category')),
      ],
      contactPoints: [CONTACT.csdd],
    },
    related: ['csdd-digital-licence'],
  },
  {
    key: 'csdd-licence-exchange',
    holder: 'csdd',
    kind: 'individual',
    priority: 'medium',
    managementDegree: 'basic',
    stage: 'delivery',
    monthsAgo: 14,
    team: CSDD_TEAM,
    content: {
      title: text('Vadītāja apliecības maiņa', 'Exchanging a driving licence'),
      shortDescription: text(
        'Apliecības maiņa, beidzoties derīguma termiņam, mainot vārdu vai uzvārdu vai nozaudētas apliecības vietā.',
        'Exchanging a licence when it expires, after a change of name, or when it is lost.',
      ),
      description: text(
        'Maiņu var pieteikt e.csdd.lv; jauno apliecību nosūta pa pastu vai to var saņemt nodaļā. Ārvalstīs izsniegtu apliecību maina tikai klātienē.',
        'Apply at e.csdd.lv; the new licence is posted or collected at a branch. A foreign licence is exchanged in person only.',
      ),
      audience: ['natural_person'],
      lifeEvents: ['DRV', 'MOV'],
      themes: ['04'],
      keywords: { lv: ['tiesību maiņa', 'vadītāja apliecība'], en: ['licence renewal'] },
      languages: ['lv', 'en', 'ru'],
      legalBasis: [LAW.roadTraffic(), LAW.csddPrices()],
      channels: [E_CSDD('P5D'), OFFICES.csdd('PT1H')],
      costs: [fee(21, text('Vadītāja apliecības izgatavošana', 'Making the licence'))],
      inputs: [item(text('Iepriekšējā vadītāja apliecība', 'Previous driving licence'))],
      outputs: [item(text('Jauna vadītāja apliecība', 'New driving licence'))],
      contactPoints: [CONTACT.csdd],
    },
  },
  {
    key: 'csdd-inspection',
    holder: 'csdd',
    kind: 'individual',
    priority: 'high',
    managementDegree: 'standard',
    stage: 'maintenance',
    monthsAgo: 9,
    team: CSDD_TEAM,
    content: {
      title: text('Transportlīdzekļa valsts tehniskā apskate', 'Vehicle roadworthiness test'),
      shortDescription: text(
        'Regulāra pārbaude, vai transportlīdzeklis atbilst satiksmes drošības un vides prasībām.',
        'A regular check that a vehicle meets road safety and environmental requirements.',
      ),
      description: text(
        'Bez derīgas tehniskās apskates transportlīdzeklis nedrīkst piedalīties ceļu satiksmē. Apskatei var pieteikties e.csdd.lv, lai nav jāgaida rindā.',
        'A vehicle without a valid test may not be driven on the roads. Book at e.csdd.lv to avoid queues.',
      ),
      audience: ['natural_person', 'legal_person'],
      lifeEvents: ['DRV'],
      themes: ['04'],
      keywords: { lv: ['tehniskā apskate', 'TA'], en: ['MOT', 'roadworthiness'] },
      languages: ['lv', 'ru'],
      legalBasis: [LAW.roadTraffic(), LAW.csddPrices()],
      channels: [E_CSDD('PT30M'), OFFICES.csdd('PT30M')],
      costs: [fee(35, text('Vieglā automobiļa tehniskā apskate', 'Test of a passenger car'))],
      inputs: [REGISTRATION_CERTIFICATE, INSURANCE],
      outputs: [item(text('Tehniskās apskates uzlīme', 'Test sticker'))],
      contactPoints: [CONTACT.csdd],
    },
  },
  {
    key: 'csdd-digital-licence',
    holder: 'csdd',
    kind: 'individual',
    priority: 'medium',
    managementDegree: 'standard',
    stage: 'introduction',
    monthsAgo: 1,
    submitted: true,
    team: CSDD_TEAM,
    content: {
      title: text('Digitālā vadītāja apliecība lietotnē', 'Digital driving licence in an app'),
      shortDescription: text(
        'Ieviešanā: vadītāja apliecība viedtālrunī, ko policija var pārbaudīt bez plastikāta kartes.',
        'Being introduced: a driving licence on a smartphone that the police can check without the plastic card.',
      ),
      description: text(
        'Lietotnē redzamas vadītāja apliecības ziņas un QR kods pārbaudei. Plastikāta apliecība joprojām derīga.',
        'The app shows the licence data and a QR code for checks. The plastic licence stays valid.',
      ),
      audience: ['natural_person'],
      lifeEvents: ['DRV'],
      themes: ['04'],
      languages: ['lv', 'en'],
      legalBasis: [LAW.roadTraffic()],
      channels: [mobileApp(text('Lietotne "e-CSDD"', 'The "e-CSDD" app'), 'https://e.csdd.lv', 'PT5M')],
      contactPoints: [CONTACT.csdd],
    },
    related: ['csdd-driving-licence'],
  },
];
