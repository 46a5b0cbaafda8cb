import { z } from 'zod';
import { type CodeListEntry, codesOf } from './code-list.ts';

/*
 * Latvia's administrative territories: the 7 state cities (valstspilsētas) and the novadi, with
 * their codes in the classifier of administrative territories ATVK 2021 (Cabinet Regulation No. 379
 * of 15 June 2021, kept by the Central Statistical Bureau). In a territory's code, digits 3–4 are
 * 01–19 for a state city and 20–99 for a novads; the last digit counts how often the territory was
 * changed by a merger. Varakļānu novads (0055000) was merged into Madonas novads on 1 July 2025,
 * which has since been 0038001 instead of 0038000: 42 territories remain.
 *
 * We found no published URI set for ATVK territories, so a territory's URI is the Central
 * Statistical Bureau's classifier page with the code as fragment: absolute, stable and pointing at
 * the classifier that defines the code.
 */
const ATVK =
  'https://www.csp.gov.lv/lv/klasifikacija/administrativo-teritoriju-un-teritoriala-iedalijuma-vienibu-klasifikators#';

export const MunicipalityKind = z.enum(['state_city', 'municipality']);
export type MunicipalityKind = z.infer<typeof MunicipalityKind>;

export interface Municipality extends CodeListEntry {
  kind: MunicipalityKind;
}

const territory = <const Code extends string>(kind: MunicipalityKind, code: Code, lv: string, en: string) =>
  ({ code, uri: `${ATVK}${code}`, lv, en, kind }) satisfies Municipality;

export const MUNICIPALITIES = [
  territory('state_city', '0001000', 'Rīga', 'Riga'),
  territory('state_city', '0002000', 'Daugavpils', 'Daugavpils'),
  territory('state_city', '0003000', 'Jelgava', 'Jelgava'),
  territory('state_city', '0004000', 'Jūrmala', 'Jūrmala'),
  territory('state_city', '0005000', 'Liepāja', 'Liepāja'),
  territory('state_city', '0006000', 'Rēzekne', 'Rēzekne'),
  territory('state_city', '0007000', 'Ventspils', 'Ventspils'),
  territory('municipality', '0020000', 'Aizkraukles novads', 'Aizkraukle Municipality'),
  territory('municipality', '0021000', 'Alūksnes novads', 'Alūksne Municipality'),
  territory('municipality', '0022000', 'Augšdaugavas novads', 'Augšdaugava Municipality'),
  territory('municipality', '0023000', 'Ādažu novads', 'Ādaži Municipality'),
  territory('municipality', '0024000', 'Balvu novads', 'Balvi Municipality'),
  territory('municipality', '0025000', 'Bauskas novads', 'Bauska Municipality'),
  territory('municipality', '0026000', 'Cēsu novads', 'Cēsis Municipality'),
  territory('municipality', '0027000', 'Dienvidkurzemes novads', 'South Kurzeme Municipality'),
  territory('municipality', '0028000', 'Dobeles novads', 'Dobele Municipality'),
  territory('municipality', '0029000', 'Gulbenes novads', 'Gulbene Municipality'),
  territory('municipality', '0030000', 'Jelgavas novads', 'Jelgava Municipality'),
  territory('municipality', '0031000', 'Jēkabpils novads', 'Jēkabpils Municipality'),
  territory('municipality', '0032000', 'Krāslavas novads', 'Krāslava Municipality'),
  territory('municipality', '0033000', 'Kuldīgas novads', 'Kuldīga Municipality'),
  territory('municipality', '0034000', 'Ķekavas novads', 'Ķekava Municipality'),
  territory('municipality', '0035000', 'Limbažu novads', 'Limbaži Municipality'),
  territory('municipality', '0036000', 'Līvānu novads', 'Līvāni Municipality'),
  territory('municipality', '0037000', 'Ludzas novads', 'Ludza Municipality'),
  territory('municipality', '0038001', 'Madonas novads', 'Madona Municipality'),
  territory('municipality', '0039000', 'Mārupes novads', 'Mārupe Municipality'),
  territory('municipality', '0040000', 'Ogres novads', 'Ogre Municipality'),
  territory('municipality', '0041000', 'Olaines novads', 'Olaine Municipality'),
  territory('municipality', '0042000', 'Preiļu novads', 'Preiļi Municipality'),
  territory('municipality', '0043000', 'Rēzeknes novads', 'Rēzekne Municipality'),
  territory('municipality', '0044000', 'Ropažu novads', 'Ropaži Municipality'),
  territory('municipality', '0045000', 'Salaspils novads', 'Salaspils Municipality'),
  territory('municipality', '0046000', 'Saldus novads', 'Saldus Municipality'),
  territory('municipality', '0047000', 'Saulkrastu novads', 'Saulkrasti Municipality'),
  territory('municipality', '0048000', 'Siguldas novads', 'Sigulda Municipality'),
  territory('municipality', '0049000', 'Smiltenes novads', 'Smiltene Municipality'),
  territory('municipality', '0051000', 'Talsu novads', 'Talsi Municipality'),
  territory('municipality', '0052000', 'Tukuma novads', 'Tukums Municipality'),
  territory('municipality', '0053000', 'Valkas novads', 'Valka Municipality'),
  territory('municipality', '0054000', 'Valmieras novads', 'Valmiera Municipality'),
  territory('municipality', '0056000', 'Ventspils novads', 'Ventspils Municipality'),
] as const;

export const AtuCode = z.enum(codesOf(MUNICIPALITIES));
export type AtuCode = z.infer<typeof AtuCode>;
