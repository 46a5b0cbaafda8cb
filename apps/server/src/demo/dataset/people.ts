import type { DemoPerson } from './types.ts';

/** Every demo person signs in with this; it passes the password rules (platform/auth/password.ts). */
export const DEMO_PASSWORD = 'Demo-Saimnieks-2026';

const DEMO_MAIL_DOMAIN = 'demo.saimnieks.lv';
export const demoEmail = (key: string) => `${key}@${DEMO_MAIL_DOMAIN}`;

/*
 * The people of the demo, one or more in every role that can be held today (R09 and R10 are held at
 * resources, which do not exist yet). Service roles (R05–R07) are given with each service.
 */
export const DEMO_PEOPLE: DemoPerson[] = [
  {
    key: 'andris.ozolins',
    name: 'Andris Ozoliņš',
    organisation: 'state',
    isAdministrator: true,
  },
  {
    key: 'ilze.berzina',
    name: 'Ilze Bērziņa',
    organisation: 'state',
    roles: [{ code: 'R01', at: 'state' }],
  },
  {
    key: 'martins.kalnins',
    name: 'Mārtiņš Kalniņš',
    organisation: 'lm',
    roles: [{ code: 'R02', at: 'welfareSector' }],
  },
  {
    key: 'dace.krumina',
    name: 'Dace Krūmiņa',
    organisation: 'lm',
    roles: [{ code: 'R04', at: 'lm' }],
  },
  {
    key: 'santa.karklina',
    name: 'Santa Kārkliņa',
    organisation: 'lm',
    roles: [{ code: 'R08', at: 'lm' }],
  },
  {
    key: 'liga.ozola',
    name: 'Līga Ozola',
    organisation: 'vsaa',
    roles: [{ code: 'R04', at: 'vsaa' }],
  },
  {
    key: 'raimonds.vitols',
    name: 'Raimonds Vītols',
    organisation: 'vsaa',
    roles: [{ code: 'R08', at: 'vsaa' }],
  },
  {
    key: 'kristine.jansone',
    name: 'Kristīne Jansone',
    organisation: 'vsaa',
  },
  {
    key: 'arturs.lusis',
    name: 'Artūrs Lūsis',
    organisation: 'vsaa',
  },
  {
    key: 'agnese.roze',
    name: 'Agnese Roze',
    organisation: 'vsaa',
  },
  {
    key: 'guntis.balodis',
    name: 'Guntis Balodis',
    organisation: 'pmlp',
    roles: [{ code: 'R04', at: 'pmlp' }],
  },
  {
    key: 'sandra.petersone',
    name: 'Sandra Pētersone',
    organisation: 'pmlp',
  },
  {
    key: 'oskars.eglitis',
    name: 'Oskars Eglītis',
    organisation: 'pmlp',
  },
  {
    key: 'aiga.krastina',
    name: 'Aiga Krastiņa',
    organisation: 'csdd',
    roles: [{ code: 'R04', at: 'csdd' }],
  },
  {
    key: 'uldis.mezs',
    name: 'Uldis Mežs',
    organisation: 'csdd',
    roles: [{ code: 'R08', at: 'csdd' }],
  },
  {
    key: 'juris.klavins',
    name: 'Juris Kļaviņš',
    organisation: 'csdd',
  },
  {
    key: 'elina.silina',
    name: 'Elīna Siliņa',
    organisation: 'csdd',
  },
  {
    key: 'valdis.grinbergs',
    name: 'Valdis Grīnbergs',
    organisation: 'vid',
    roles: [{ code: 'R04', at: 'vid' }],
  },
  {
    key: 'zane.kaleja',
    name: 'Zane Kalēja',
    organisation: 'vid',
  },
  {
    key: 'normunds.abele',
    name: 'Normunds Ābele',
    organisation: 'vid',
  },
  {
    key: 'inese.liepina',
    name: 'Inese Liepiņa',
    organisation: 'riga',
    roles: [{ code: 'R03', at: 'riga' }],
  },
  {
    key: 'evija.muizniece',
    name: 'Evija Muižniece',
    organisation: 'riga',
  },
  {
    key: 'kaspars.vanags',
    name: 'Kaspars Vanags',
    organisation: 'riga',
  },
  {
    key: 'anita.zvaigzne',
    name: 'Anita Zvaigzne',
    organisation: 'rpbv',
    roles: [{ code: 'R04', at: 'rpbv' }],
  },
  {
    key: 'roberts.freimanis',
    name: 'Roberts Freimanis',
    organisation: 'rpbv',
  },
  {
    key: 'edgars.zarins',
    name: 'Edgars Zariņš',
    organisation: 'sigulda',
    roles: [{ code: 'R03', at: 'sigulda' }],
  },
  {
    key: 'laura.strazdina',
    name: 'Laura Strazdiņa',
    organisation: 'sigulda',
  },
];
