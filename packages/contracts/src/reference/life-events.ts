import { z } from 'zod';
import { type CodeListEntry, codesOf } from './code-list.ts';

/*
 * The Life Events vocabulary that CPSV-AP 3.2.0 recommends for LifeEvent.type (Publications Office
 * dataset http://publications.europa.eu/resource/dataset/life-event). Its concepts live under
 * http://data.europa.eu/ox8/life-event/, not under publications.europa.eu/resource/authority/:
 * codes, URIs and English labels follow SEMIC's published scheme (SEMICeu/Taxonomy,
 * Business_Life-Events/LifeEvents-2023-03-22.ttl). The scheme has no Latvian labels; ours are
 * written for Latvian users from the concepts' definitions.
 */
const LIFE_EVENT = 'http://data.europa.eu/ox8/life-event/';

export const LIFE_EVENTS = [
  { code: 'BIR', uri: `${LIFE_EVENT}BIR`, lv: 'Bērna piedzimšana vai uzņemšana ģimenē', en: 'Birth' },
  { code: 'BSC', uri: `${LIFE_EVENT}BSC`, lv: 'Kļūšana par aprūpētāju', en: 'Becoming a (social) caretaker' },
  { code: 'CRS', uri: `${LIFE_EVENT}CRS`, lv: 'Ģimenes stāvokļa maiņa', en: 'Changing relationship status' },
  { code: 'DRE', uri: `${LIFE_EVENT}DRE`, lv: 'Tuvinieka nāve', en: 'Death of a relative' },
  { code: 'DRV', uri: `${LIFE_EVENT}DRV`, lv: 'Transportlīdzekļa vadīšana', en: 'Driving a vehicle' },
  { code: 'FCR', uri: `${LIFE_EVENT}FCR`, lv: 'Saskaršanās ar noziegumu', en: 'Facing a crime' },
  {
    code: 'FEHP',
    uri: `${LIFE_EVENT}FEHP`,
    lv: 'Ārkārtas situācija vai veselības problēmas',
    en: 'Facing an emergency / health problem',
  },
  { code: 'GMS', uri: `${LIFE_EVENT}GMS`, lv: 'Militārā dienesta uzsākšana', en: 'Going into military service' },
  { code: 'MOV', uri: `${LIFE_EVENT}MOV`, lv: 'Pārcelšanās un ceļošana', en: 'Moving' },
  { code: 'RES', uri: `${LIFE_EVENT}RES`, lv: 'Mājoklis', en: 'Residence' },
  { code: 'RET', uri: `${LIFE_EVENT}RET`, lv: 'Pensionēšanās', en: 'Retiring' },
  { code: 'STU', uri: `${LIFE_EVENT}STU`, lv: 'Mācības un studijas', en: 'Studying' },
  { code: 'WOR', uri: `${LIFE_EVENT}WOR`, lv: 'Darbs', en: 'Working' },
] as const satisfies readonly CodeListEntry[];

export const LifeEventCode = z.enum(codesOf(LIFE_EVENTS));
export type LifeEventCode = z.infer<typeof LifeEventCode>;
