import { BUSINESS_EVENTS } from '@saimnieks/contracts/reference/business-events';
import type { CodeListEntry } from '@saimnieks/contracts/reference/code-list';
import { SERVICE_LANGUAGES } from '@saimnieks/contracts/reference/languages';
import { LIFE_EVENTS } from '@saimnieks/contracts/reference/life-events';
import { MUNICIPALITIES } from '@saimnieks/contracts/reference/municipalities';
import { THEMES } from '@saimnieks/contracts/reference/themes';

/** The reference code list the value at a path of a description comes from (`lifeEvents.0` is a life event). */
export function codeListAt(path: string): readonly CodeListEntry[] | undefined {
  if (/^lifeEvents\.\d+$/.test(path)) return LIFE_EVENTS;
  if (/^businessEvents\.\d+$/.test(path)) return BUSINESS_EVENTS;
  if (/^themes\.\d+$/.test(path)) return THEMES;
  if (/^languages\.\d+$/.test(path)) return SERVICE_LANGUAGES;
  if (/^spatialCoverage\.municipalities\.\d+$/.test(path)) return MUNICIPALITIES;
  return undefined;
}

/** The messages that name the values of the contract's enumerations, by where they sit in a description. */
export type EnumMessages = 'audience' | 'channelType' | 'costKind' | 'wcagLevel' | 'participationRole';

export function enumAt(path: string): EnumMessages | undefined {
  if (/^audience\.\d+$/.test(path)) return 'audience';
  if (/^channels\.\d+\.type$/.test(path)) return 'channelType';
  if (/^channels\.\d+\.wcagLevel$/.test(path)) return 'wcagLevel';
  if (/^costs\.\d+\.kind$/.test(path)) return 'costKind';
  if (/^providers\.\d+\.role$/.test(path)) return 'participationRole';
  return undefined;
}
