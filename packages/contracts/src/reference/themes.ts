import { z } from 'zod';
import { type CodeListEntry, codesOf } from './code-list.ts';

/*
 * Thematic areas are the ten divisions of COFOG (UN Classification of the Functions of Government),
 * coded by division number. COFOG itself publishes no URIs; the EU's URIs for the divisions are the
 * Publications Office "main activity" authority table, which CPSV-AP 3.2.0 names as the COFOG
 * vocabulary for PublicService.type ("functions of government"). English names are that table's.
 * Latvian names are those of the Latvian budget classification by function (Cabinet Regulation
 * No. 934 of 13 December 2005), which civil servants already use; the table's own Latvian labels
 * differ for 01, 04 and 06.
 */
const MAIN_ACTIVITY = 'http://publications.europa.eu/resource/authority/main-activity/';

export const THEMES = [
  { code: '01', uri: `${MAIN_ACTIVITY}gen-pub`, lv: 'Vispārējie valdības dienesti', en: 'General public services' },
  { code: '02', uri: `${MAIN_ACTIVITY}defence`, lv: 'Aizsardzība', en: 'Defence' },
  { code: '03', uri: `${MAIN_ACTIVITY}pub-os`, lv: 'Sabiedriskā kārtība un drošība', en: 'Public order and safety' },
  { code: '04', uri: `${MAIN_ACTIVITY}econ-aff`, lv: 'Ekonomiskā darbība', en: 'Economic affairs' },
  { code: '05', uri: `${MAIN_ACTIVITY}env-pro`, lv: 'Vides aizsardzība', en: 'Environmental protection' },
  {
    code: '06',
    uri: `${MAIN_ACTIVITY}hc-am`,
    lv: 'Teritoriju un mājokļu apsaimniekošana',
    en: 'Housing and community amenities',
  },
  { code: '07', uri: `${MAIN_ACTIVITY}health`, lv: 'Veselība', en: 'Health' },
  { code: '08', uri: `${MAIN_ACTIVITY}rcr`, lv: 'Atpūta, kultūra un reliģija', en: 'Recreation, culture and religion' },
  { code: '09', uri: `${MAIN_ACTIVITY}education`, lv: 'Izglītība', en: 'Education' },
  { code: '10', uri: `${MAIN_ACTIVITY}soc-pro`, lv: 'Sociālā aizsardzība', en: 'Social protection' },
] as const satisfies readonly CodeListEntry[];

export const ThemeCode = z.enum(codesOf(THEMES));
export type ThemeCode = z.infer<typeof ThemeCode>;
