import type { DemoOrganisation } from './types.ts';

/*
 * The demo's organisations under the state "Latvijas Republika". The welfare sector is the one the
 * demo models in full: a sector led by the Ministry of Welfare (R02), the ministry itself as an
 * institution, and its social insurance agency. The other institutions sit in the sectors of their
 * real ministries, so the tree stays true to life; those sectors have no lead of their own here.
 * Registration numbers are the institutions' own and pass the check digit.
 */
export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  {
    key: 'welfareSector',
    kind: 'sector',
    names: { lv: 'Labklājības nozare', en: 'Welfare sector' },
  },
  {
    key: 'homeAffairsSector',
    kind: 'sector',
    names: { lv: 'Iekšlietu nozare', en: 'Home affairs sector' },
  },
  {
    key: 'transportSector',
    kind: 'sector',
    names: { lv: 'Satiksmes nozare', en: 'Transport sector' },
  },
  {
    key: 'financeSector',
    kind: 'sector',
    names: { lv: 'Finanšu nozare', en: 'Finance sector' },
  },
  {
    key: 'riga',
    kind: 'municipality',
    names: { lv: 'Rīgas valstspilsētas pašvaldība', en: 'Riga State City Municipality' },
    shortName: 'Rīga',
    registrationNumber: '90011524360',
    atuCode: '0001000',
    contact: {
      email: 'info@riga.lv',
      phone: '+371 80000800',
      address: 'Rātslaukums 1, Rīga, LV-1050',
      website: 'https://www.riga.lv',
    },
  },
  {
    key: 'sigulda',
    kind: 'municipality',
    names: { lv: 'Siguldas novada pašvaldība', en: 'Sigulda Municipality' },
    shortName: 'Sigulda',
    registrationNumber: '90000048152',
    atuCode: '0048000',
    contact: {
      email: 'pasts@sigulda.lv',
      phone: '+371 67970844',
      address: 'Pils iela 16, Sigulda, Siguldas novads, LV-2150',
      website: 'https://www.sigulda.lv',
    },
  },
  {
    key: 'lm',
    parent: 'welfareSector',
    kind: 'institution',
    names: { lv: 'Labklājības ministrija', en: 'Ministry of Welfare' },
    shortName: 'LM',
    registrationNumber: '90000022399',
    contact: {
      email: 'lm@lm.gov.lv',
      phone: '+371 67021600',
      address: 'Skolas iela 28, Rīga, LV-1331',
      website: 'https://www.lm.gov.lv',
    },
  },
  {
    key: 'vsaa',
    parent: 'welfareSector',
    kind: 'institution',
    names: { lv: 'Valsts sociālās apdrošināšanas aģentūra', en: 'State Social Insurance Agency' },
    shortName: 'VSAA',
    registrationNumber: '90001634668',
    contact: {
      email: 'vsaa@vsaa.gov.lv',
      phone: '+371 67021700',
      address: 'Lāčplēša iela 70a, Rīga, LV-1011',
      website: 'https://www.vsaa.gov.lv',
    },
  },
  {
    key: 'pmlp',
    parent: 'homeAffairsSector',
    kind: 'institution',
    names: { lv: 'Pilsonības un migrācijas lietu pārvalde', en: 'Office of Citizenship and Migration Affairs' },
    shortName: 'PMLP',
    registrationNumber: '90000013606',
    contact: {
      email: 'pmlp@pmlp.gov.lv',
      phone: '+371 67219639',
      address: 'Čiekurkalna 1. līnija 1, k-3, Rīga, LV-1026',
      website: 'https://www.pmlp.gov.lv',
    },
  },
  {
    key: 'csdd',
    parent: 'transportSector',
    kind: 'institution',
    names: { lv: 'Ceļu satiksmes drošības direkcija', en: 'Road Traffic Safety Directorate' },
    shortName: 'CSDD',
    registrationNumber: '40003345734',
    contact: {
      email: 'csdd@csdd.lv',
      phone: '+371 67025700',
      address: 'Miera iela 15, Rīga, LV-1001',
      website: 'https://www.csdd.lv',
    },
  },
  {
    key: 'vid',
    parent: 'financeSector',
    kind: 'institution',
    names: { lv: 'Valsts ieņēmumu dienests', en: 'State Revenue Service' },
    shortName: 'VID',
    registrationNumber: '90000069281',
    contact: {
      email: 'vid@vid.gov.lv',
      phone: '+371 67120000',
      address: 'Talejas iela 1, Rīga, LV-1978',
      website: 'https://www.vid.gov.lv',
    },
  },
  {
    key: 'rpbv',
    parent: 'riga',
    kind: 'institution',
    names: { lv: 'Rīgas pilsētas būvvalde', en: 'Riga City Construction Board' },
    shortName: 'RPBV',
    registrationNumber: '90000036859',
    contact: {
      email: 'buvvalde@riga.lv',
      phone: '+371 67105800',
      address: 'Amatu iela 4, Rīga, LV-1050',
      website: 'https://www.riga.lv/lv/buvvalde',
    },
  },
];

/** Its registration number tells a database that holds the demo already. */
export const DEMO_MARKER_REGISTRATION_NUMBER = '90000022399';
