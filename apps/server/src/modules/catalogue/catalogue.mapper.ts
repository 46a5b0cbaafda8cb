import type { CatalogueItem } from '@saimnieks/contracts/catalogue';
import type { Language } from '@saimnieks/contracts/language';
import type { LifeEventCode } from '@saimnieks/contracts/reference/life-events';
import type { AtuCode } from '@saimnieks/contracts/reference/municipalities';
import type { Audience, ChannelType, ServiceKind } from '@saimnieks/contracts/services';
import type { CatalogueRow } from './catalogue.repository.ts';

/** A text in the asked language, Latvian when there is none in it. */
export const inLanguage = (lv: string, en: string | null, language: Language) => (language === 'en' && en ? en : lv);

export function toCatalogueItem(row: CatalogueRow, language: Language): CatalogueItem {
  return {
    id: row.service_id,
    identifier: row.identifier,
    title: inLanguage(row.title_lv, row.title_en, language),
    shortDescription: inLanguage(row.short_description_lv, row.short_description_en, language),
    holder: { id: row.holder_id, name: inLanguage(row.holder_name_lv, row.holder_name_en, language) },
    kind: row.kind as ServiceKind,
    audience: row.audience as Audience[],
    lifeEvents: row.life_events as LifeEventCode[],
    channelTypes: row.channel_types as ChannelType[],
    nationwide: row.nationwide,
    municipalities: row.municipalities as AtuCode[],
  };
}
