import { z } from 'zod';
import { type CodeListEntry, codesOf } from './code-list.ts';

/*
 * The Business Events vocabulary that CPSV-AP 3.2.0 recommends for BusinessEvent.type (Publications
 * Office dataset http://publications.europa.eu/resource/dataset/business-event). Its concepts live
 * under http://data.europa.eu/m58/business-event/: codes, URIs and English labels follow SEMIC's
 * published scheme (SEMICeu/Taxonomy, Business_Life-Events/BusinessEvents-2023-03-22.ttl), with the
 * source's "Registring" corrected. The scheme is two levels deep (starting, running, closing a
 * business, each with narrower events); the list is flat in that order because a service may name
 * an event at either level. Several narrower events are procedures of Annex II to Regulation (EU)
 * 2018/1724 (Single Digital Gateway), hence their long names. The scheme has no Latvian labels; ours
 * are written for Latvian users in the terms of that annex.
 */
const BUSINESS_EVENT = 'http://data.europa.eu/m58/business-event/';

export const BUSINESS_EVENTS = [
  { code: 'STBU', uri: `${BUSINESS_EVENT}STBU`, lv: 'Uzņēmējdarbības uzsākšana', en: 'Starting a business' },
  { code: 'REGCO', uri: `${BUSINESS_EVENT}REGCO`, lv: 'Uzņēmuma reģistrēšana', en: 'Registering a company' },
  {
    code: 'RECB',
    uri: `${BUSINESS_EVENT}RECB`,
    lv: 'Pārrobežu uzņēmējdarbības reģistrēšana',
    en: 'Registering a cross-border business',
  },
  {
    code: 'LPCA',
    uri: `${BUSINESS_EVENT}LPCA`,
    lv: 'Licences, atļaujas vai sertifikāta saņemšana darbības uzsākšanai vai turpināšanai',
    en: 'Needing a licence, permit or certificate to start or continue an activity',
  },
  {
    code: 'REIP',
    uri: `${BUSINESS_EVENT}REIP`,
    lv: 'Intelektuālā īpašuma reģistrēšana',
    en: 'Registering Intellectual Property',
  },
  { code: 'REBR', uri: `${BUSINESS_EVENT}REBR`, lv: 'Filiāles reģistrēšana', en: 'Registering a branch' },
  { code: 'STAC', uri: `${BUSINESS_EVENT}STAC`, lv: 'Jaunas darbības uzsākšana', en: 'Starting a new activity' },
  { code: 'FICO', uri: `${BUSINESS_EVENT}FICO`, lv: 'Uzņēmuma finansēšana', en: 'Financing a company' },
  { code: 'HIEM', uri: `${BUSINESS_EVENT}HIEM`, lv: 'Darbinieka pieņemšana darbā', en: 'Hiring an employee' },
  { code: 'RUBU', uri: `${BUSINESS_EVENT}RUBU`, lv: 'Uzņēmējdarbības veikšana', en: 'Running a business' },
  {
    code: 'PAPP',
    uri: `${BUSINESS_EVENT}PAPP`,
    lv: 'Dalība publiskajos iepirkumos',
    en: 'Participating in public procurement',
  },
  {
    code: 'NORA',
    uri: `${BUSINESS_EVENT}NORA`,
    lv: 'Ziņošana un pārskatu iesniegšana iestādēm',
    en: 'Notifying and reporting to authorities',
  },
  {
    code: 'HPPC',
    uri: `${BUSINESS_EVENT}HPPC`,
    lv: 'Grūtības norēķināties ar kreditoriem',
    en: 'Having problems in paying creditors',
  },
  {
    code: 'NOBA',
    uri: `${BUSINESS_EVENT}NOBA`,
    lv: 'Paziņošana par saimniecisko darbību, atļauja veikt saimniecisko darbību, saimnieciskās darbības izmaiņas un saimnieciskās darbības izbeigšana bez maksātnespējas vai likvidācijas procedūras, izņemot saimnieciskās darbības sākotnējo reģistrāciju uzņēmumu reģistrā un izņemot procedūras, kas attiecas uz LESD 54. panta otrās daļas nozīmē definētu sabiedrību dibināšanu vai jebkādu turpmāku dokumentu iesniegšanu',
    en: 'Notification of business activity, permission for exercising a business activity, changes of business activity and the termination of a business activity not involving insolvency or liquidation procedures, excluding the initial registration of a business activity with the business register and excluding procedures concerning the constitution of or any subsequent filing by companies or firms within the meaning of the second paragraph of Article 54 TFEU',
  },
  {
    code: 'REEMER',
    uri: `${BUSINESS_EVENT}REEMER`,
    lv: 'Darba devēja (fiziskas personas) reģistrācija obligātajās pensiju un apdrošināšanas shēmās',
    en: 'Registration of an employer (a natural person) with compulsory pension and insurance schemes',
  },
  {
    code: 'REEMES',
    uri: `${BUSINESS_EVENT}REEMES`,
    lv: 'Darbinieku reģistrācija obligātajās pensiju un apdrošināšanas shēmās',
    en: 'Registration of employees with compulsory pension and insurance schemes',
  },
  {
    code: 'SUCT',
    uri: `${BUSINESS_EVENT}SUCT`,
    lv: 'Uzņēmumu ienākuma nodokļa deklarācijas iesniegšana',
    en: 'Submitting a corporate tax declaration',
  },
  {
    code: 'NOSS',
    uri: `${BUSINESS_EVENT}NOSS`,
    lv: 'Paziņošana sociālā nodrošinājuma sistēmām par darba līguma ar darbinieku izbeigšanu, izņemot darba līgumu kolektīvas izbeigšanas procedūras',
    en: 'Notification to the social security schemes of the end of contract with an employee, excluding procedures for the collective termination of employee contracts',
  },
  {
    code: 'PSCE',
    uri: `${BUSINESS_EVENT}PSCE`,
    lv: 'Sociālo iemaksu veikšana par darbiniekiem',
    en: 'Payment of social contributions for employees',
  },
  { code: 'CLBU', uri: `${BUSINESS_EVENT}CLBU`, lv: 'Uzņēmējdarbības izbeigšana', en: 'Closing a business' },
  {
    code: 'RESCO',
    uri: `${BUSINESS_EVENT}RESCO`,
    lv: 'Uzņēmuma pārstrukturēšana',
    en: 'Restructuring of a company',
  },
  { code: 'DICO', uri: `${BUSINESS_EVENT}DICO`, lv: 'Uzņēmuma likvidācija', en: 'Dissolution of a company' },
] as const satisfies readonly CodeListEntry[];

export const BusinessEventCode = z.enum(codesOf(BUSINESS_EVENTS));
export type BusinessEventCode = z.infer<typeof BusinessEventCode>;
