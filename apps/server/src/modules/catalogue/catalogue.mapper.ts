import type { CatalogueFacets, CatalogueItem } from '@saimnieks/contracts/catalogue';
import type { Language } from '@saimnieks/contracts/language';
import type { BusinessEventCode } from '@saimnieks/contracts/reference/business-events';
import type { LifeEventCode } from '@saimnieks/contracts/reference/life-events';
import type { AtuCode } from '@saimnieks/contracts/reference/municipalities';
import type { Audience, ChannelType, ServiceKind } from '@saimnieks/contracts/services';
import type { CatalogueRow, FacetName, FacetRow } from './catalogue.repository.ts';

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

/** Institution names in Latvian alphabetical order (Č after C, Š after S), whichever language they are in. */
const latvianOrder = new Intl.Collator('lv');

export function toCatalogueFacets(rows: readonly FacetRow[], language: Language): CatalogueFacets {
  const of = (facet: FacetName) => rows.filter((row) => row.facet === facet);
  const codes = <Code extends string>(facet: FacetName) =>
    of(facet)
      .map((row) => ({ code: row.code as Code, count: row.count }))
      .sort((a, b) => b.count - a.count || (a.code < b.code ? -1 : 1));
  const single = (facet: FacetName) => of(facet)[0]?.count ?? 0;
  return {
    total: single('total'),
    lifeEvents: codes<LifeEventCode>('lifeEvent'),
    businessEvents: codes<BusinessEventCode>('businessEvent'),
    audiences: codes<Audience>('audience'),
    channelTypes: codes<ChannelType>('channel'),
    municipalities: codes<AtuCode>('municipality'),
    nationwide: single('nationwide'),
    institutions: of('institution')
      .map((row) => ({
        id: row.code as string,
        name: inLanguage(row.name_lv as string, row.name_en, language),
        count: row.count,
      }))
      .sort((a, b) => latvianOrder.compare(a.name, b.name) || (a.id < b.id ? -1 : 1)),
  };
}
