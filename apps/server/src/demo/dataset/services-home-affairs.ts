import {
  CONTACT,
  free,
  item,
  LAW,
  mobileApp,
  OFFICES,
  onlineService,
  phoneLine,
  stateDuty,
  text,
  WORKING_DAYS,
} from './content.ts';
import type { DemoService } from './types.ts';

/** The services of the Office of Citizenship and Migration Affairs. */

const PMLP_TEAM = { owner: 'sandra.petersone', providers: ['oskars.eglitis'] };
const PMLP_PHONE = () => phoneLine('+371 67219639', WORKING_DAYS);
const PHOTO_ON_SITE = item(
  text('Fotografēšana un pirkstu nospiedumi', 'Photograph and fingerprints'),
  text(
    'Nodaļā uz vietas; pirkstu nospiedumus ņem no 12 gadu vecuma.',
    'Taken at the branch; fingerprints from the age of 12.',
  ),
);
const IDENTITY = item(text('Personu apliecinošs dokuments', 'Identity document'));

const passportOffice = OFFICES.pmlp('P10D');

export const HOME_AFFAIRS_SERVICES: DemoService[] = [
  {
    key: 'pmlp-passport',
    holder: 'pmlp',
    kind: 'individual',
    priority: 'high',
    managementDegree: 'full',
    stage: 'maintenance',
    monthsAgo: 10,
    team: PMLP_TEAM,
    earlier: {
      costs: [
        stateDuty(
          28.46,
          text(
            'Valsts nodeva par pasi, ja to izsniedz 10 darbdienu laikā',
            'State duty for a passport issued within 10 working days',
          ),
        ),
      ],
    },
    content: {
      title: text('Pases izsniegšana', 'Issuing a passport'),
      shortDescription: text(
        'Latvijas pilsoņa vai nepilsoņa pase – ceļošanas dokuments, kas derīgs līdz 10 gadiem.',
        'The passport of a Latvian citizen or non-citizen: a travel document valid for up to 10 years.',
      ),
      description: text(
        '## Kā saņemt\n\n1. Piesakieties vizītei PMLP nodaļā.\n2. Nodaļā jūs nofotografē un paņem pirkstu nospiedumus.\n3. Pasi saņemat izvēlētajā nodaļā.\n\nBērnam līdz 15 gadiem pasi pieprasa vecāks vai aizbildnis.',
        '## How to get it\n\n1. Book a visit at a PMLP branch.\n2. You are photographed and fingerprinted there.\n3. Collect the passport at the branch you chose.\n\nFor a child under 15, a parent or guardian applies.',
      ),
      audience: ['natural_person'],
      lifeEvents: ['MOV'],
      themes: ['03'],
      keywords: { lv: ['pase', 'ceļošana', 'personu apliecinošs dokuments'], en: ['passport', 'travel document'] },
      languages: ['lv', 'en', 'ru'],
      legalBasis: [LAW.identityDocuments()],
      channels: [passportOffice, PMLP_PHONE()],
      costs: [
        stateDuty(
          30,
          text('Valsts nodeva, ja pasi izsniedz 10 darbdienu laikā', 'State duty, issue within 10 working days'),
          {
            channels: [passportOffice],
          },
        ),
        stateDuty(
          60,
          text('Valsts nodeva, ja pasi izsniedz 2 darbdienu laikā', 'State duty, issue within 2 working days'),
          {
            channels: [passportOffice],
          },
        ),
      ],
      inputs: [IDENTITY, PHOTO_ON_SITE],
      outputs: [item(text('Pase', 'Passport'))],
      requirements: [item(text('Latvijas pilsonis vai nepilsonis', 'A Latvian citizen or non-citizen'))],
      rules: [
        item(
          text(
            'Pase derīga līdz 10 gadiem; bērniem – līdz 5 gadiem',
            'Valid up to 10 years; for children up to 5 years',
          ),
        ),
      ],
      contactPoints: [CONTACT.pmlp],
    },
    related: ['pmlp-eid'],
  },
  {
    key: 'pmlp-eid',
    holder: 'pmlp',
    kind: 'individual',
    priority: 'high',
    managementDegree: 'full',
    stage: 'delivery',
    monthsAgo: 6,
    team: PMLP_TEAM,
    content: {
      title: text('Personas apliecības (eID kartes) izsniegšana', 'Issuing an identity card (eID)'),
      shortDescription: text(
        'Obligātais personu apliecinošais dokuments ar elektronisko identifikāciju un drošu elektronisko parakstu.',
        'The mandatory identity document, with electronic identification and a qualified electronic signature.',
      ),
      description: text(
        'No 2023. gada personas apliecība ir **obligāts** personu apliecinošs dokuments. Ar to var ceļot Eiropas Savienībā un Eiropas Ekonomikas zonā, pieteikties e-pakalpojumiem un parakstīt dokumentus.',
        'Since 2023 the identity card is the **mandatory** identity document. It is valid for travel in the EU and EEA, for signing in to e-services and for signing documents.',
      ),
      audience: ['natural_person'],
      lifeEvents: ['MOV'],
      themes: ['03'],
      keywords: { lv: ['eID', 'personas apliecība', 'e-paraksts'], en: ['eID', 'identity card', 'e-signature'] },
      languages: ['lv', 'en', 'ru'],
      legalBasis: [LAW.identityDocuments()],
      channels: [OFFICES.pmlp('P10D'), PMLP_PHONE()],
      costs: [
        stateDuty(
          15,
          text('Valsts nodeva, ja apliecību izsniedz 10 darbdienu laikā', 'State duty, issue within 10 working days'),
        ),
      ],
      inputs: [IDENTITY, PHOTO_ON_SITE],
      outputs: [item(text('Personas apliecība ar PIN kodiem', 'Identity card with PIN codes'))],
      contactPoints: [CONTACT.pmlp],
    },
    related: ['pmlp-passport'],
  },
  {
    key: 'pmlp-residence-permit',
    holder: 'pmlp',
    kind: 'individual',
    priority: 'medium',
    managementDegree: 'standard',
    stage: 'delivery',
    monthsAgo: 3,
    team: PMLP_TEAM,
    content: {
      title: text('Uzturēšanās atļaujas pieprasīšana', 'Applying for a residence permit'),
      shortDescription: text(
        'Termiņuzturēšanās vai pastāvīgās uzturēšanās atļauja ārzemniekam, kurš Latvijā dzīvos darba, studiju vai ģimenes dēļ.',
        'A temporary or permanent residence permit for a foreigner coming to Latvia to work, study or join family.',
      ),
      description: text(
        'Dokumentus iesniedz PMLP nodaļā vai Latvijas pārstāvniecībā ārvalstīs. Lēmumu pieņem **30 dienu laikā**; par steidzamu izskatīšanu maksā augstāku valsts nodevu.',
        'Documents are submitted at a PMLP branch or a Latvian embassy abroad. The decision comes **within 30 days**; faster handling costs a higher state duty.',
      ),
      audience: ['natural_person'],
      lifeEvents: ['MOV', 'WOR', 'STU'],
      themes: ['03'],
      keywords: {
        lv: ['uzturēšanās atļauja', 'ārzemnieki', 'imigrācija'],
        en: ['residence permit', 'foreigners', 'immigration'],
      },
      languages: ['lv', 'en', 'ru', 'uk'],
      legalBasis: [LAW.immigration()],
      channels: [OFFICES.pmlp('P30D'), PMLP_PHONE()],
      costs: [
        stateDuty(
          70,
          text('Valsts nodeva par dokumentu izskatīšanu 30 dienu laikā', 'State duty for handling within 30 days'),
        ),
        stateDuty(20, text('Uzturēšanās atļaujas kartes izgatavošana', 'Making the residence permit card')),
      ],
      inputs: [
        item(text('Ceļošanas dokuments', 'Travel document')),
        item(
          text('Uzturēšanās mērķi apliecinoši dokumenti', 'Documents showing the purpose of stay'),
          text(
            'Piemēram, darba līgums vai uzaicinājums studēt.',
            'For example an employment contract or a study invitation.',
          ),
        ),
        item(text('Veselības apdrošināšanas polise', 'Health insurance policy')),
      ],
      outputs: [item(text('Uzturēšanās atļauja', 'Residence permit'))],
      contactPoints: [CONTACT.pmlp],
    },
  },
  {
    key: 'pmlp-naturalisation',
    holder: 'pmlp',
    kind: 'individual',
    priority: 'medium',
    managementDegree: 'standard',
    stage: 'delivery',
    monthsAgo: 8,
    team: PMLP_TEAM,
    content: {
      title: text(
        'Latvijas pilsonības iegūšana naturalizācijas kārtībā',
        'Acquiring Latvian citizenship by naturalisation',
      ),
      shortDescription: text(
        'Pilsonības piešķiršana pēc latviešu valodas prasmes un Satversmes, valsts himnas, vēstures un kultūras pamatu zināšanu pārbaudes.',
        'Citizenship granted after tests of Latvian language and of the Constitution, the anthem, history and culture.',
      ),
      description: text(
        'Pārbaudījumus kārto PMLP. Pēc pārbaudījumiem lēmumu par uzņemšanu pilsonībā pieņem Ministru kabinets.',
        'The tests are taken at PMLP. After them the Cabinet of Ministers decides on admission to citizenship.',
      ),
      audience: ['natural_person'],
      themes: ['01'],
      keywords: { lv: ['pilsonība', 'naturalizācija'], en: ['citizenship', 'naturalisation'] },
      languages: ['lv'],
      legalBasis: [LAW.citizenship()],
      channels: [OFFICES.pmlp('P1Y'), PMLP_PHONE()],
      costs: [
        stateDuty(
          28.46,
          text('Valsts nodeva par naturalizācijas iesniegumu', 'State duty for the naturalisation application'),
        ),
      ],
      inputs: [IDENTITY, item(text('Iesniegums par naturalizāciju', 'Naturalisation application'))],
      outputs: [
        item(text('Ministru kabineta lēmums par uzņemšanu pilsonībā', 'Cabinet decision on admission to citizenship')),
      ],
      requirements: [
        item(
          text('Pastāvīgi dzīvo Latvijā vismaz piecus gadus', 'Permanent residence in Latvia for at least five years'),
        ),
      ],
      contactPoints: [CONTACT.pmlp],
    },
  },
  {
    key: 'pmlp-register-data',
    holder: 'pmlp',
    kind: 'inter_institutional',
    priority: 'high',
    managementDegree: 'full',
    stage: 'maintenance',
    monthsAgo: 9,
    team: { ...PMLP_TEAM, recipients: ['agnese.roze'] },
    content: {
      title: text(
        'Fizisko personu reģistra datu nodošana iestādēm',
        'Register of Natural Persons data for institutions',
      ),
      shortDescription: text(
        'Iestādes tiešsaistē saņem aktuālas ziņas par personām – dzīvesvietu, ģimenes stāvokli, miršanas faktu –, lai lemtu bez izziņām.',
        'Institutions receive current data on persons online (residence, family status, death) to decide without certificates.',
      ),
      description: text(
        'Datus nodod līgumā noteiktajā apjomā, kas atbilst iestādes funkcijām. Piekļuvi reģistrē un uzrauga.',
        'Data are provided to the extent an agreement based on the institution’s functions sets. Access is logged and monitored.',
      ),
      audience: ['public_authority'],
      themes: ['01'],
      keywords: { lv: ['Fizisko personu reģistrs', 'datu apmaiņa'], en: ['population register', 'data exchange'] },
      legalBasis: [LAW.naturalPersonsRegister()],
      channels: [
        onlineService(text('Datu apmaiņas saskarne', 'Data exchange interface'), 'https://www.pmlp.gov.lv', 'PT1M'),
      ],
      costs: [
        free(text('Valsts un pašvaldību iestādēm bez maksas', 'Free of charge to state and municipal institutions')),
      ],
      inputs: [item(text('Datu nodošanas līgums', 'Data transfer agreement'))],
      outputs: [item(text('Ziņas par personām', 'Data on persons'))],
      contactPoints: [CONTACT.pmlp],
    },
  },
  {
    key: 'pmlp-passport-app',
    holder: 'pmlp',
    kind: 'individual',
    priority: 'medium',
    managementDegree: 'standard',
    stage: 'creation',
    monthsAgo: 1,
    team: PMLP_TEAM,
    content: {
      title: text('Pases pieteikšana mobilajā lietotnē', 'Applying for a passport in a mobile app'),
      shortDescription: text(
        'Izstrādē: pieteikumu un fotogrāfiju iesniedz lietotnē, klātienē jāierodas tikai pirkstu nospiedumu dēļ.',
        'In development: the application and photograph are sent in an app; a visit is needed only for fingerprints.',
      ),
      audience: ['natural_person'],
      lifeEvents: ['MOV'],
      themes: ['03'],
      legalBasis: [LAW.identityDocuments()],
      channels: [mobileApp(text('PMLP lietotne', 'PMLP app'), 'https://www.pmlp.gov.lv', 'P10D')],
    },
    related: ['pmlp-passport'],
  },
];
