// Catalogue search: GET /api/v1/catalogue/services over HTTP against the very same SQL run through
// `pg`, on a generated catalogue of 10,000 published services on PostgreSQL (DATABASE_URL, or the
// local server, in a schema of its own that is dropped afterwards). Run by bench/run.ts.
import { randomUUID } from 'node:crypto';
import { CatalogueQuery } from '@saimnieks/contracts/catalogue';
import { type AtuCode, MUNICIPALITIES } from '@saimnieks/contracts/reference/municipalities';
import { ServiceDescriptionContent, type ServiceDescriptionInput } from '@saimnieks/contracts/services';
import autocannon from 'autocannon';
import { sql } from 'kysely';
import pg from 'pg';
import pino from 'pino';
import { buildApp } from '../apps/server/src/app.ts';
import { prepareDatabase } from '../apps/server/src/bootstrap.ts';
import { loadConfig } from '../apps/server/src/config.ts';
import { catalogueSearch } from '../apps/server/src/modules/catalogue/catalogue.repository.ts';
import { catalogueFilterOf } from '../apps/server/src/modules/catalogue/use-cases/search-catalogue.ts';
import { makeCreateOrganisation } from '../apps/server/src/modules/organisations/index.ts';
import { writeCatalogueEntry } from '../apps/server/src/modules/services/index.ts';
import { systemContext } from '../apps/server/src/platform/audit/audit.ts';
import { systemClock } from '../apps/server/src/platform/clock.ts';
import { type Database, openDatabase } from '../apps/server/src/platform/db/database.ts';

const SERVICES = 10_000;
const ROUNDS = 3;
type Figures = { requestsPerSecond: number; p50Ms: number; p99Ms: number };

export interface CatalogueSearchFigures {
  services: number;
  postgres: string;
  queries: string[];
  rounds: number;
  http: Figures;
  raw: Figures;
}

// ---------------------------------------------------------------------------------------------
// The generated catalogue: services modelled on real Latvian public services, held by state
// institutions (nationwide) and by municipalities (in their territory).

/** A deterministic pseudo-random sequence, so every run searches the same catalogue. */
function randomFrom(seed: number) {
  let state = seed;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  return { next, pick };
}

const INSTITUTIONS = [
  {
    sector: 'Iekšlietu ministrija',
    lv: 'Pilsonības un migrācijas lietu pārvalde',
    en: 'Office of Citizenship and Migration Affairs',
    short: 'PMLP',
  },
  { sector: 'Iekšlietu ministrija', lv: 'Valsts policija', en: 'State Police', short: 'VP' },
  { sector: 'Finanšu ministrija', lv: 'Valsts ieņēmumu dienests', en: 'State Revenue Service', short: 'VID' },
  {
    sector: 'Labklājības ministrija',
    lv: 'Valsts sociālās apdrošināšanas aģentūra',
    en: 'State Social Insurance Agency',
    short: 'VSAA',
  },
  {
    sector: 'Labklājības ministrija',
    lv: 'Nodarbinātības valsts aģentūra',
    en: 'State Employment Agency',
    short: 'NVA',
  },
  {
    sector: 'Satiksmes ministrija',
    lv: 'Ceļu satiksmes drošības direkcija',
    en: 'Road Traffic Safety Directorate',
    short: 'CSDD',
  },
  { sector: 'Tieslietu ministrija', lv: 'Uzņēmumu reģistrs', en: 'Register of Enterprises', short: 'UR' },
  { sector: 'Tieslietu ministrija', lv: 'Valsts zemes dienests', en: 'State Land Service', short: 'VZD' },
  { sector: 'Zemkopības ministrija', lv: 'Lauku atbalsta dienests', en: 'Rural Support Service', short: 'LAD' },
  { sector: 'Zemkopības ministrija', lv: 'Valsts meža dienests', en: 'State Forest Service', short: 'VMD' },
  {
    sector: 'Izglītības un zinātnes ministrija',
    lv: 'Valsts izglītības attīstības aģentūra',
    en: 'State Education Development Agency',
    short: 'VIAA',
  },
  { sector: 'Veselības ministrija', lv: 'Nacionālais veselības dienests', en: 'National Health Service', short: 'NVD' },
  {
    sector: 'Ekonomikas ministrija',
    lv: 'Patērētāju tiesību aizsardzības centrs',
    en: 'Consumer Rights Protection Centre',
    short: 'PTAC',
  },
  {
    sector: 'Aizsardzības ministrija',
    lv: 'Valsts aizsardzības dienesta centrs',
    en: 'State Defence Service Centre',
    short: 'VADC',
  },
] as const;

type Holder = 'municipality' | (typeof INSTITUTIONS)[number]['short'];
interface ServiceModel {
  lv: string;
  en: string;
  short: [string, string];
  lifeEvents?: string[];
  businessEvents?: string[];
  audience: ('natural_person' | 'legal_person')[];
  keywords: string[];
  by: Holder[];
}

const MODELS: ServiceModel[] = [
  {
    lv: 'Dzīvesvietas deklarēšana',
    en: 'Declaration of residence',
    short: ['Paziņojiet par savu jauno dzīvesvietu.', 'Tell us where you now live.'],
    lifeEvents: ['MOV', 'RES'],
    audience: ['natural_person'],
    keywords: ['adrese', 'pārcelšanās'],
    by: ['municipality', 'PMLP'],
  },
  {
    lv: 'Izziņa par deklarēto dzīvesvietu',
    en: 'Certificate of declared residence',
    short: ['Izziņa par to, kur esat deklarējis dzīvesvietu.', 'A certificate of where your residence is declared.'],
    lifeEvents: ['RES'],
    audience: ['natural_person'],
    keywords: ['izziņa', 'adrese'],
    by: ['municipality', 'PMLP'],
  },
  {
    lv: 'Pases izsniegšana',
    en: 'Issuing a passport',
    short: ['Latvijas pilsoņa vai nepilsoņa pase.', 'A passport for a citizen or non-citizen of Latvia.'],
    lifeEvents: ['MOV'],
    audience: ['natural_person'],
    keywords: ['ceļošana', 'personu apliecinošs dokuments'],
    by: ['PMLP'],
  },
  {
    lv: 'Personas apliecības izsniegšana',
    en: 'Issuing an identity card',
    short: ['eID karte ar elektronisko parakstu.', 'An eID card with an electronic signature.'],
    audience: ['natural_person'],
    keywords: ['eID', 'elektroniskais paraksts'],
    by: ['PMLP'],
  },
  {
    lv: 'Uzturēšanās atļaujas izsniegšana',
    en: 'Issuing a residence permit',
    short: ['Atļauja ārzemniekam uzturēties Latvijā.', 'Permission for a foreigner to stay in Latvia.'],
    lifeEvents: ['MOV', 'WOR'],
    audience: ['natural_person'],
    keywords: ['ārzemnieks', 'vīza'],
    by: ['PMLP'],
  },
  {
    lv: 'Bērna piedzimšanas reģistrācija',
    en: 'Registration of a birth',
    short: ['Reģistrējiet bērna dzimšanu un vārdu.', "Register a child's birth and name."],
    lifeEvents: ['BIR'],
    audience: ['natural_person'],
    keywords: ['dzimtsaraksti', 'dzimšanas apliecība'],
    by: ['municipality'],
  },
  {
    lv: 'Laulības reģistrācija',
    en: 'Registration of a marriage',
    short: ['Laulības noslēgšana dzimtsarakstu nodaļā.', 'Getting married at a registry office.'],
    lifeEvents: ['CRS'],
    audience: ['natural_person'],
    keywords: ['dzimtsaraksti', 'kāzas'],
    by: ['municipality'],
  },
  {
    lv: 'Miršanas fakta reģistrācija',
    en: 'Registration of a death',
    short: ['Reģistrējiet tuvinieka nāvi.', 'Register the death of a relative.'],
    lifeEvents: ['DRE'],
    audience: ['natural_person'],
    keywords: ['dzimtsaraksti', 'miršanas apliecība'],
    by: ['municipality'],
  },
  {
    lv: 'Apbedīšanas pabalsts',
    en: 'Funeral benefit',
    short: ['Pabalsts apbedīšanas izdevumiem.', 'A benefit towards funeral costs.'],
    lifeEvents: ['DRE'],
    audience: ['natural_person'],
    keywords: ['pabalsts', 'bēres'],
    by: ['VSAA', 'municipality'],
  },
  {
    lv: 'Kapavietas piešķiršana',
    en: 'Allocation of a burial plot',
    short: ['Kapavieta pašvaldības kapsētā.', 'A plot in a municipal cemetery.'],
    lifeEvents: ['DRE'],
    audience: ['natural_person'],
    keywords: ['kapsēta'],
    by: ['municipality'],
  },
  {
    lv: 'Vecuma pensijas piešķiršana',
    en: 'Granting an old-age pension',
    short: ['Pensija, sasniedzot pensionēšanās vecumu.', 'A pension on reaching retirement age.'],
    lifeEvents: ['RET'],
    audience: ['natural_person'],
    keywords: ['pensija', 'apdrošināšanas stāžs'],
    by: ['VSAA'],
  },
  {
    lv: 'Vecāku pabalsts',
    en: 'Parental benefit',
    short: ['Pabalsts vecākam, kas kopj bērnu.', 'A benefit for a parent caring for a child.'],
    lifeEvents: ['BIR'],
    audience: ['natural_person'],
    keywords: ['pabalsts', 'bērna kopšana'],
    by: ['VSAA'],
  },
  {
    lv: 'Bezdarbnieka statusa piešķiršana',
    en: 'Registering as unemployed',
    short: [
      'Statuss dod tiesības uz bezdarbnieka pabalstu un apmācībām.',
      'The status gives the right to unemployment benefit and training.',
    ],
    lifeEvents: ['WOR'],
    audience: ['natural_person'],
    keywords: ['bezdarbs', 'darba meklēšana'],
    by: ['NVA'],
  },
  {
    lv: 'Bezdarbnieka pabalsta piešķiršana',
    en: 'Granting unemployment benefit',
    short: ['Pabalsts bezdarba laikā.', 'A benefit while out of work.'],
    lifeEvents: ['WOR'],
    audience: ['natural_person'],
    keywords: ['pabalsts', 'bezdarbs'],
    by: ['VSAA'],
  },
  {
    lv: 'Sociālās palīdzības pabalsts',
    en: 'Social assistance benefit',
    short: ['Pabalsts trūcīgām un maznodrošinātām mājsaimniecībām.', 'A benefit for households with low income.'],
    lifeEvents: ['FEHP'],
    audience: ['natural_person'],
    keywords: ['pabalsts', 'trūcīgs', 'maznodrošināts'],
    by: ['municipality'],
  },
  {
    lv: 'Trūcīgas personas statusa noteikšana',
    en: 'Determining needy person status',
    short: ['Izvērtējam ienākumus un piešķiram statusu.', 'We assess income and grant the status.'],
    lifeEvents: ['FEHP'],
    audience: ['natural_person'],
    keywords: ['trūcīgs', 'ienākumi'],
    by: ['municipality'],
  },
  {
    lv: 'Mājokļa pabalsts',
    en: 'Housing benefit',
    short: ['Pabalsts mājokļa izdevumu segšanai.', 'A benefit towards housing costs.'],
    lifeEvents: ['RES'],
    audience: ['natural_person'],
    keywords: ['pabalsts', 'komunālie maksājumi'],
    by: ['municipality'],
  },
  {
    lv: 'Sociālā dzīvokļa izīrēšana',
    en: 'Renting a social flat',
    short: ['Dzīvoklis personām ar zemiem ienākumiem.', 'A flat for people with low income.'],
    lifeEvents: ['RES'],
    audience: ['natural_person'],
    keywords: ['dzīvoklis', 'īre'],
    by: ['municipality'],
  },
  {
    lv: 'Asistenta pakalpojums',
    en: 'Personal assistant service',
    short: ['Asistents personai ar invaliditāti.', 'An assistant for a person with a disability.'],
    lifeEvents: ['BSC'],
    audience: ['natural_person'],
    keywords: ['invaliditāte', 'asistents'],
    by: ['municipality'],
  },
  {
    lv: 'Aprūpe mājās',
    en: 'Home care',
    short: ['Palīdzība ikdienas darbos mājās.', 'Help with daily tasks at home.'],
    lifeEvents: ['BSC', 'RET'],
    audience: ['natural_person'],
    keywords: ['aprūpe', 'sociālais darbinieks'],
    by: ['municipality'],
  },
  {
    lv: 'Pirmsskolas izglītības iestādes rinda',
    en: 'Queue for a pre-school place',
    short: ['Pieteikums vietai bērnudārzā.', 'An application for a kindergarten place.'],
    lifeEvents: ['BIR', 'STU'],
    audience: ['natural_person'],
    keywords: ['bērnudārzs', 'rinda'],
    by: ['municipality'],
  },
  {
    lv: 'Skolēnu pārvadājumi',
    en: 'School transport',
    short: ['Bezmaksas ceļš uz skolu un atpakaļ.', 'Free travel to school and back.'],
    lifeEvents: ['STU'],
    audience: ['natural_person'],
    keywords: ['skola', 'autobuss'],
    by: ['municipality'],
  },
  {
    lv: 'Studiju kredīta dzēšana',
    en: 'Write-off of a study loan',
    short: ['Kredīta dzēšana no valsts budžeta.', 'A loan written off by the state budget.'],
    lifeEvents: ['STU'],
    audience: ['natural_person'],
    keywords: ['kredīts', 'studijas'],
    by: ['VIAA'],
  },
  {
    lv: 'Transportlīdzekļa reģistrācija',
    en: 'Vehicle registration',
    short: ['Reģistrējiet transportlīdzekli Latvijā.', 'Register a vehicle in Latvia.'],
    lifeEvents: ['DRV'],
    audience: ['natural_person', 'legal_person'],
    keywords: ['auto', 'numura zīme'],
    by: ['CSDD'],
  },
  {
    lv: 'Transportlīdzekļa tehniskā apskate',
    en: 'Vehicle roadworthiness test',
    short: ['Regulāra transportlīdzekļa pārbaude.', 'A regular check of a vehicle.'],
    lifeEvents: ['DRV'],
    audience: ['natural_person', 'legal_person'],
    keywords: ['auto', 'apskate'],
    by: ['CSDD'],
  },
  {
    lv: 'Vadītāja apliecības izsniegšana',
    en: 'Issuing a driving licence',
    short: ['Apliecība pēc eksāmena nokārtošanas.', 'A licence after passing the exam.'],
    lifeEvents: ['DRV'],
    audience: ['natural_person'],
    keywords: ['tiesības', 'eksāmens'],
    by: ['CSDD'],
  },
  {
    lv: 'Uzņēmuma reģistrācija',
    en: 'Registration of a company',
    short: ['Jauna komersanta ierakstīšana komercreģistrā.', 'Entering a new company in the commercial register.'],
    businessEvents: ['STBU'],
    audience: ['natural_person', 'legal_person'],
    keywords: ['SIA', 'komercreģistrs'],
    by: ['UR'],
  },
  {
    lv: 'Nodokļu maksātāja reģistrācija',
    en: 'Taxpayer registration',
    short: ['Reģistrācija nodokļu maksātāju reģistrā.', 'Registration in the taxpayer register.'],
    businessEvents: ['STBU'],
    audience: ['natural_person', 'legal_person'],
    keywords: ['nodokļi', 'PVN'],
    by: ['VID'],
  },
  {
    lv: 'Gada ienākumu deklarācijas iesniegšana',
    en: 'Filing the annual income tax return',
    short: ['Deklarējiet ienākumus un atgūstiet pārmaksāto nodokli.', 'Declare your income and get overpaid tax back.'],
    lifeEvents: ['WOR'],
    audience: ['natural_person'],
    keywords: ['nodokļi', 'EDS', 'attaisnotie izdevumi'],
    by: ['VID'],
  },
  {
    lv: 'Nekustamā īpašuma nodokļa atvieglojums',
    en: 'Real estate tax relief',
    short: ['Atlaide nekustamā īpašuma nodoklim.', 'A discount on the real estate tax.'],
    lifeEvents: ['RES'],
    audience: ['natural_person', 'legal_person'],
    keywords: ['nodokļi', 'atlaide'],
    by: ['municipality'],
  },
  {
    lv: 'Būvatļaujas izsniegšana',
    en: 'Issuing a building permit',
    short: ['Atļauja būvēt, pārbūvēt vai nojaukt ēku.', 'Permission to build, rebuild or demolish a building.'],
    lifeEvents: ['RES'],
    audience: ['natural_person', 'legal_person'],
    keywords: ['būvvalde', 'BIS'],
    by: ['municipality'],
  },
  {
    lv: 'Adreses piešķiršana',
    en: 'Assigning an address',
    short: ['Adrese jaunai ēkai vai zemes vienībai.', 'An address for a new building or land unit.'],
    lifeEvents: ['RES'],
    audience: ['natural_person', 'legal_person'],
    keywords: ['adrese', 'zeme'],
    by: ['municipality'],
  },
  {
    lv: 'Zemes vienības kadastrālā uzmērīšana',
    en: 'Cadastral survey of a land unit',
    short: [
      'Zemes robežu noteikšana un reģistrācija kadastrā.',
      'Setting land boundaries and registering them in the cadastre.',
    ],
    lifeEvents: ['RES'],
    audience: ['natural_person', 'legal_person'],
    keywords: ['kadastrs', 'zeme'],
    by: ['VZD'],
  },
  {
    lv: 'Koku ciršanas atļauja',
    en: 'Tree felling permit',
    short: ['Atļauja nocirst kokus ārpus meža.', 'Permission to fell trees outside a forest.'],
    audience: ['natural_person', 'legal_person'],
    keywords: ['koki', 'ciršana'],
    by: ['municipality', 'VMD'],
  },
  {
    lv: 'Platību maksājumi',
    en: 'Area payments',
    short: ['Atbalsts lauksaimniekiem par apstrādāto zemi.', 'Support for farmers for the land they farm.'],
    businessEvents: ['STBU'],
    audience: ['natural_person', 'legal_person'],
    keywords: ['lauksaimniecība', 'atbalsts'],
    by: ['LAD'],
  },
  {
    lv: 'Tirdzniecības atļaujas izsniegšana',
    en: 'Issuing a trading permit',
    short: ['Atļauja tirgot publiskā vietā.', 'Permission to trade in a public place.'],
    businessEvents: ['STBU'],
    audience: ['natural_person', 'legal_person'],
    keywords: ['tirgus', 'ielu tirdzniecība'],
    by: ['municipality'],
  },
  {
    lv: 'Publiska pasākuma rīkošanas atļauja',
    en: 'Permit for a public event',
    short: ['Atļauja rīkot pasākumu publiskā vietā.', 'Permission to hold an event in a public place.'],
    audience: ['natural_person', 'legal_person'],
    keywords: ['pasākums', 'koncerts'],
    by: ['municipality'],
  },
  {
    lv: 'Eiropas veselības apdrošināšanas kartes izsniegšana',
    en: 'Issuing a European Health Insurance Card',
    short: ['Karte ārstēšanai citās ES valstīs.', 'A card for treatment in other EU countries.'],
    lifeEvents: ['MOV', 'FEHP'],
    audience: ['natural_person'],
    keywords: ['EVAK', 'ceļošana'],
    by: ['NVD'],
  },
  {
    lv: 'Noziedzīga nodarījuma pieteikšana',
    en: 'Reporting a crime',
    short: ['Ziņojiet policijai par noziegumu.', 'Report a crime to the police.'],
    lifeEvents: ['FCR'],
    audience: ['natural_person', 'legal_person'],
    keywords: ['policija', 'iesniegums'],
    by: ['VP'],
  },
  {
    lv: 'Pieteikšanās valsts aizsardzības dienestam',
    en: 'Applying for state defence service',
    short: ['Pieteikums brīvprātīgam dienestam.', 'An application for voluntary service.'],
    lifeEvents: ['GMS'],
    audience: ['natural_person'],
    keywords: ['armija', 'dienests'],
    by: ['VADC'],
  },
  {
    lv: 'Patērētāja sūdzības izskatīšana',
    en: 'Handling a consumer complaint',
    short: ['Palīdzība strīdā ar pārdevēju.', 'Help in a dispute with a seller.'],
    audience: ['natural_person'],
    keywords: ['sūdzība', 'patērētājs'],
    by: ['PTAC'],
  },
];
const VARIANTS = [
  ['', ''],
  [' tiešsaistē', ' online'],
  [' klātienē', ' in person'],
  [' steidzamā kārtā', ' urgently'],
  [' atkārtoti', ' again'],
] as const;
const ACTS = [
  {
    title: { lv: 'Administratīvā procesa likums', en: 'Administrative Procedure Law' },
    url: 'https://likumi.lv/ta/id/55567',
    article: '55. pants',
  },
  {
    title: { lv: 'Iesniegumu likums', en: 'Law on Submissions' },
    url: 'https://likumi.lv/ta/id/164501',
    article: '5. pants',
  },
  {
    title: { lv: 'Valsts pārvaldes iekārtas likums', en: 'State Administration Structure Law' },
    url: 'https://likumi.lv/ta/id/63545',
    article: '10. pants',
  },
];

function contentOf(
  model: ServiceModel,
  variant: (typeof VARIANTS)[number],
  municipality: AtuCode | null,
  random: ReturnType<typeof randomFrom>,
): ServiceDescriptionInput {
  const channel = (type: 'online' | 'portal' | 'office' | 'phone' | 'email') => {
    const id = randomUUID();
    if (type === 'online')
      return {
        id,
        type,
        url: 'https://www.latvija.gov.lv/lv/e-pakalpojumi',
        wcagLevel: 'AA' as const,
        processingTime: 'P5D',
      };
    if (type === 'portal') return { id, type, url: 'https://www.latvija.gov.lv/lv/pakalpojumi' };
    if (type === 'office')
      return {
        id,
        type,
        address: 'Brīvības iela 1, Rīga, LV-1010',
        openingHours: { lv: 'P.–Pk. 8.30–17.00', en: 'Mon–Fri 8:30–17:00' },
        processingTime: 'P10D',
      };
    if (type === 'phone') return { id, type, phone: '+371 67000000' };
    return { id, type, email: 'pasts@example.lv' };
  };
  const channels = [channel(random.pick(['online', 'portal'] as const)), channel('office')];
  if (random.next() < 0.4) channels.push(channel(random.pick(['phone', 'email'] as const)));
  const title = { lv: `${model.lv}${variant[0]}`, en: `${model.en}${variant[1]}` };
  return {
    title,
    shortDescription: { lv: model.short[0], en: model.short[1] },
    description: {
      lv: `## Kas var saņemt\n\n${model.short[0]} Pakalpojumu var saņemt ${model.audience.includes('legal_person') ? 'gan privātpersonas, gan uzņēmumi' : 'privātpersonas'}.\n\n## Kā pieteikties\n\n- Tiešsaistē portālā [Latvija.gov.lv](https://www.latvija.gov.lv), autentificējoties ar eID vai internetbanku.\n- Klātienē klientu apkalpošanas centrā, līdzi ņemot personu apliecinošu dokumentu.\n\n## Termiņš\n\nIesniegumu izskata **10 darba dienu** laikā. Ja nepieciešama papildu informācija, termiņu var pagarināt līdz mēnesim.`,
      en: `## Who can get it\n\n${model.short[1]}\n\n## How to apply\n\n- Online at [Latvija.gov.lv](https://www.latvija.gov.lv), signing in with eID or online banking.\n- In person at a customer service centre with an identity document.\n\n## Time limit\n\nApplications are decided within **10 working days**.`,
    },
    audience: model.audience,
    lifeEvents: (model.lifeEvents ?? []) as ServiceDescriptionInput['lifeEvents'],
    businessEvents: (model.businessEvents ?? []) as ServiceDescriptionInput['businessEvents'],
    keywords: { lv: model.keywords, en: [] },
    languages: ['lv', 'en'],
    spatialCoverage: municipality
      ? { nationwide: false, municipalities: [municipality] }
      : { nationwide: true, municipalities: [] },
    legalBasis: [random.pick(ACTS)],
    channels,
    costs: [
      random.next() < 0.6
        ? { kind: 'free', amount: 0, currency: 'EUR' }
        : { kind: 'state_duty', amount: random.pick([5, 10, 15, 28]), currency: 'EUR' },
    ],
    inputs: [
      { name: { lv: 'Iesniegums', en: 'Application' } },
      { name: { lv: 'Personu apliecinošs dokuments', en: 'Identity document' } },
    ],
    outputs: [{ name: { lv: 'Lēmums', en: 'Decision' } }],
    contactPoints: [{ email: 'pasts@example.lv', phone: '+371 67000000' }],
  };
}

/** Organisations through the product's own use case; services and their descriptions in bulk, as the product writes them. */
async function generateCatalogue(database: Database) {
  const { db } = database;
  const random = randomFrom(2026);
  const createOrganisation = makeCreateOrganisation({ db, clock: systemClock });
  const asSystem = { principal: 'system' as const, context: systemContext('benchmark') };
  const state = await db.selectFrom('organisation').select('id').where('kind', '=', 'state').executeTakeFirstOrThrow();
  const organisation = (
    kind: 'sector' | 'institution' | 'municipality',
    parentId: string,
    names: { lv: string; en: string | null },
    shortName: string | null,
    atuCode: string | null,
  ) =>
    createOrganisation(
      {
        kind,
        parentId,
        names,
        shortName,
        registrationNumber: null,
        atuCode,
        contact: { email: null, phone: null, address: null, website: null },
      },
      asSystem,
    );

  const sectors = new Map<string, string>();
  const holders: { id: string; prefix: string; by: Holder; municipality: AtuCode | null }[] = [];
  for (const institution of INSTITUTIONS) {
    let sectorId = sectors.get(institution.sector);
    if (!sectorId) {
      sectorId = (await organisation('sector', state.id, { lv: institution.sector, en: null }, null, null)).id;
      sectors.set(institution.sector, sectorId);
    }
    const row = await organisation(
      'institution',
      sectorId,
      { lv: institution.lv, en: institution.en },
      institution.short,
      null,
    );
    holders.push({ id: row.id, prefix: institution.short, by: institution.short, municipality: null });
  }
  for (const municipality of MUNICIPALITIES) {
    const row = await organisation(
      'municipality',
      state.id,
      { lv: municipality.lv, en: municipality.en },
      null,
      municipality.code,
    );
    const prefix =
      municipality.lv.split(' ')[0]?.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase().slice(0, 12) ?? 'PASV';
    holders.push({ id: row.id, prefix, by: 'municipality', municipality: municipality.code });
  }

  const now = new Date();
  const reviewBy = new Date(now.getTime() + 365 * 86_400_000).toISOString().slice(0, 10);
  const numbers = new Map<string, number>();
  const services = [];
  const descriptions = [];
  for (let i = 0; i < SERVICES; i++) {
    const holder = holders[i % holders.length] as (typeof holders)[number];
    const model = random.pick(MODELS.filter((candidate) => candidate.by.includes(holder.by)));
    const content = ServiceDescriptionContent.parse(
      contentOf(model, random.pick(VARIANTS), holder.municipality, random),
    );
    const number = (numbers.get(holder.prefix) ?? 0) + 1;
    numbers.set(holder.prefix, number);
    const id = randomUUID();
    services.push({
      id,
      identifier: `${holder.prefix}-${String(number).padStart(4, '0')}`,
      holder_id: holder.id,
      kind: 'individual',
      stage: random.next() < 0.8 ? 'delivery' : 'maintenance',
      priority: random.pick(['high', 'medium', 'low']),
      review_by: reviewBy,
      created_at: now,
      updated_at: now,
    });
    descriptions.push({
      service_id: id,
      number: 1,
      status: 'published',
      content: JSON.stringify(content),
      title_lv: content.title.lv,
      title_en: content.title.en,
      created_at: now,
      updated_at: now,
      submitted_at: now,
      reviewed_at: now,
      published_at: now,
    });
  }
  const BATCH = 500;
  for (let start = 0; start < SERVICES; start += BATCH) {
    await db
      .insertInto('service')
      .values(services.slice(start, start + BATCH))
      .execute();
    await db
      .insertInto('service_description')
      .values(descriptions.slice(start, start + BATCH))
      .execute();
  }
  await db.updateTable('service').set({ published_number: 1 }).execute();
  await db
    .insertInto('service_identifier_sequence')
    .values([...numbers].map(([prefix, last]) => ({ prefix, last_number: last })))
    .execute();
  // The lifecycle history a service in delivery has: created in planning, then one stage at a time.
  await sql`
    insert into service_transition (id, service_id, from_stage, to_stage, reason, person_id, at)
    select gen_random_uuid(), s.id, t.from_stage, t.to_stage, t.reason, null, ${now}
    from service s cross join (values
      (null, 'planning', ''), ('planning', 'creation', 'Apstiprināts'), ('creation', 'introduction', 'Izveidots'),
      ('introduction', 'delivery', 'Ieviests')) t(from_stage, to_stage, reason)`.execute(db);
  await sql`
    insert into service_transition (id, service_id, from_stage, to_stage, reason, person_id, at)
    select gen_random_uuid(), id, 'delivery', 'maintenance', 'Uzturēšana', null, ${now} from service where stage = 'maintenance'`.execute(
    db,
  );

  // The catalogue's rows, written by the product's own function, eight services at a time.
  const ids = services.map((service) => service.id);
  await Promise.all(
    Array.from({ length: 8 }, async (_, worker) => {
      for (let index = worker; index < ids.length; index += 8) {
        await db.transaction().execute((trx) => writeCatalogueEntry(trx, ids[index] as string));
      }
    }),
  );
  // As autovacuum would in time: statistics and the visibility map for the fresh rows.
  for (const table of ['organisation', 'service', 'service_description', 'catalogue_entry']) {
    await sql`vacuum analyze ${sql.table(table)}`.execute(db);
  }
  return { holders };
}

// ---------------------------------------------------------------------------------------------

/** What people search for: words with and without diacritics and in various cases, with filters and pages. */
function queryMix(holders: { id: string; by: Holder }[]) {
  const institution = (short: Holder) => holders.find((holder) => holder.by === short)?.id ?? '';
  const queries: Record<string, string>[] = [
    { q: 'dzivesvieta' },
    { q: 'dzīvesvietas deklarēšana' },
    { q: 'deklaresanu', municipality: '0001000' },
    { q: 'pase' },
    { q: 'pabalsts' },
    { q: 'pabalsts', municipality: '0020000' },
    { q: 'pabalsts', audience: 'natural_person', offset: '20' },
    { q: 'transportlīdzekļa reģistrācija' },
    { q: 'vaditaja apliecība' },
    { q: 'būvatļauja', municipality: '0005000' },
    { q: 'pensija', lang: 'en' },
    { q: 'izziņa' },
    { q: 'uzņēmums', audience: 'legal_person' },
    { q: 'nodokļi', institution: institution('VID') },
    { q: 'bērnudārzs' },
    { q: 'residence permit', lang: 'en' },
    { q: 'tiešsaistē', channel: 'online' },
    { lifeEvent: 'BIR' },
    { lifeEvent: 'RES', municipality: '0001000' },
    { businessEvent: 'STBU' },
    { channel: 'phone', lifeEvent: 'DRV' },
    { institution: institution('CSDD'), offset: '40' },
    { municipality: '0038001', limit: '50' },
    {},
  ];
  return queries.map((query) => ({
    path: `/api/v1/catalogue/services?${new URLSearchParams(query)}`,
    // Institutions by their short names, to be readable in the report.
    label:
      Object.entries(query)
        .map(([name, value]) => `${name}=${holders.find((holder) => holder.id === value)?.by ?? value}`)
        .join('&') || '(none)',
  }));
}

export async function benchCatalogueSearch({ seconds, connections }: { seconds: number; connections: number }) {
  const url = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const schema = `bench_catalogue_${randomUUID().replaceAll('-', '')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  const database = await openDatabase({ kind: 'server', url, schema });
  const raw = new pg.Pool({ connectionString: url, max: connections, options: `-c search_path=${schema}` });
  try {
    const silent = pino({ level: 'silent' });
    await prepareDatabase(database, silent, { clock: systemClock, admin: undefined });
    const { holders } = await generateCatalogue(database);
    const postgres =
      (await admin.query<{ server_version: string }>('show server_version')).rows[0]?.server_version ?? 'unknown';

    const mix = queryMix(holders);
    const paths = mix.map((query) => query.path);
    // The same two statements the route runs, compiled once, with the same parameters.
    const statements = paths.map((path) => {
      const query = CatalogueQuery.parse(Object.fromEntries(new URL(path, 'http://bench').searchParams));
      const filter = catalogueFilterOf(query);
      if (filter === null) throw new Error(`${path}: nothing to search for`);
      const search = catalogueSearch(database.db, filter, query, query.lang ?? 'lv');
      const toConfig = ({ sql: text, parameters }: { sql: string; parameters: readonly unknown[] }) => ({
        text,
        values: [...parameters],
      });
      return { page: toConfig(search.page.compile()), count: toConfig(search.count.compile()) };
    });
    const runRaw = async (index: number) => {
      const statement = statements[index] as (typeof statements)[number];
      const [, count] = await Promise.all([raw.query(statement.page), raw.query<{ total: string }>(statement.count)]);
      return Number(count.rows[0]?.total);
    };

    const config = { ...loadConfig({}), webDistDir: '/nonexistent' };
    const app = await buildApp({ config, database, logger: silent, clock: systemClock });
    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    // Both sides must find the same: the HTTP total of each query against the raw statement's.
    for (const [index, path] of paths.entries()) {
      const answer = (await (await fetch(`${address}${path}`)).json()) as { total: number };
      if ((await runRaw(index)) !== answer.total) throw new Error(`${path}: HTTP and SQL disagree`);
    }

    const overHttp = async (): Promise<Figures> => {
      const result = await autocannon({
        url: address,
        connections,
        duration: seconds,
        requests: paths.map((path) => ({ method: 'GET', path })),
      });
      if (result.non2xx > 0 || result.errors > 0)
        throw new Error(`HTTP: ${result.non2xx} non-2xx, ${result.errors} errors`);
      return { requestsPerSecond: result.requests.average, p50Ms: result.latency.p50, p99Ms: result.latency.p99 };
    };
    const throughPg = async (): Promise<Figures> => {
      const latencies: number[] = [];
      const end = performance.now() + seconds * 1000;
      await Promise.all(
        Array.from({ length: connections }, async () => {
          for (let index = 0; performance.now() < end; index = (index + 1) % statements.length) {
            const began = performance.now();
            await runRaw(index);
            latencies.push(performance.now() - began);
          }
        }),
      );
      latencies.sort((a, b) => a - b);
      const at = (share: number) => Math.round(latencies[Math.floor(latencies.length * share)] ?? Number.NaN);
      return { requestsPerSecond: latencies.length / seconds, p50Ms: at(0.5), p99Ms: at(0.99) };
    };

    // A first pass warms the caches and the JIT of both; then the two alternate, as in authorisation.ts.
    await overHttp();
    await throughPg();
    const rounds: { http: Figures; raw: Figures }[] = [];
    for (let round = 0; round < ROUNDS; round++) rounds.push({ http: await overHttp(), raw: await throughPg() });
    await app.close();

    const summary = (side: 'http' | 'raw'): Figures => {
      const medianOf = (pick: (figures: Figures) => number) =>
        rounds.map((round) => pick(round[side])).sort((a, b) => a - b)[Math.floor(ROUNDS / 2)] ?? Number.NaN;
      return {
        requestsPerSecond: medianOf((figures) => figures.requestsPerSecond),
        p50Ms: medianOf((figures) => figures.p50Ms),
        p99Ms: medianOf((figures) => figures.p99Ms),
      };
    };
    return {
      services: SERVICES,
      postgres,
      queries: mix.map((query) => query.label),
      rounds: ROUNDS,
      http: summary('http'),
      raw: summary('raw'),
    } satisfies CatalogueSearchFigures;
  } finally {
    await raw.end();
    await database.close();
    await admin.query(`drop schema ${schema} cascade`);
    await admin.end();
  }
}

/** The section of docs/benchmarks.md. */
export function catalogueSearchReport(
  figures: CatalogueSearchFigures,
  { seconds, connections }: { seconds: number; connections: number },
) {
  const ratio = figures.http.requestsPerSecond / figures.raw.requestsPerSecond;
  const row = (name: string, side: Figures) =>
    `| ${name} | ${Math.round(side.requestsPerSecond)} | ${side.p50Ms} ms | ${side.p99Ms} ms |`;
  return `## Catalogue search: \`GET /api/v1/catalogue/services\` against the same SQL through \`pg\`
${figures.services} published services on PostgreSQL ${figures.postgres} (server in the benchmark's process). HTTP: autocannon
against the real route (query validation, Latvian stemming, the two search statements, mapping, response
schema and JSON). Raw: the two statements the route runs for each query, compiled once and sent through a
\`pg\` pool. Both with ${connections} connections for ${seconds} s, cycling through the same ${figures.queries.length} queries, alternated over
${figures.rounds} rounds after a warm-up pass; each figure is the median of its rounds.

| path | requests/s | p50 | p99 |
|---|---|---|---|
${row('HTTP', figures.http)}
${row('raw SQL through pg', figures.raw)}

Throughput ratio HTTP/raw: ${ratio.toFixed(2)}. Target at least 0.70: **${ratio >= 0.7 ? 'met' : 'not met'}**.

The queries: ${figures.queries.map((query) => `\`${query}\``).join(', ')}.
`;
}
