import type { CatalogueService } from '@saimnieks/contracts/catalogue';
import type { Language } from '@saimnieks/contracts/language';
import { renderMarkdown } from '@saimnieks/contracts/markdown';
import { cpsvStatusOf, ServiceDescriptionContent, type ServiceKind, type Stage } from '@saimnieks/contracts/services';
import type { Kysely } from 'kysely';
import type { DB } from '../../../platform/db/database.ts';
import { NotFoundError } from '../../../platform/errors/errors.ts';
import { inLanguage } from '../catalogue.mapper.ts';
import { findCatalogueLinks, findCatalogueService, findOrganisationNames } from '../catalogue.repository.ts';

/**
 * One service of the public catalogue: its published description with the description rendered
 * to safe HTML, and the organisations and services it names resolved to their names. Related and
 * required services that the catalogue does not show are left out.
 */
export function makeReadCatalogueService({ db }: { db: Kysely<DB> }) {
  return async (id: string, language: Language): Promise<CatalogueService> => {
    const row = await findCatalogueService(db, id);
    if (!row) throw new NotFoundError('catalogue-service-not-found', `The catalogue has no service ${id}`);
    const content = ServiceDescriptionContent.parse(row.content);
    const [organisations, links] = await Promise.all([
      findOrganisationNames(db, [...new Set(content.providers.map((provider) => provider.organisationId))]),
      findCatalogueLinks(db, [...new Set([...content.relatedServices, ...content.requiredServices])]),
    ]);
    const organisationNames = new Map(
      organisations.map((organisation) => [
        organisation.id,
        inLanguage(organisation.name_lv, organisation.name_en, language),
      ]),
    );
    const linksById = new Map(
      links.map((link) => [
        link.service_id,
        { id: link.service_id, identifier: link.identifier, title: inLanguage(link.title_lv, link.title_en, language) },
      ]),
    );
    const shown = (ids: string[]) => ids.flatMap((serviceId) => linksById.get(serviceId) ?? []);

    return {
      id: row.id,
      identifier: row.identifier,
      title: inLanguage(content.title.lv, content.title.en, language),
      titles: content.title,
      shortDescription: inLanguage(content.shortDescription.lv, content.shortDescription.en, language),
      // The catalogue page shows the description under its own h2, so the author's `#` becomes an h3.
      descriptionHtml: renderMarkdown(inLanguage(content.description.lv, content.description.en, language), {
        headingOffset: 2,
      }),
      kind: row.kind as ServiceKind,
      stage: row.stage as Stage,
      cpsvStatus: cpsvStatusOf(row.stage as Stage),
      holder: { id: row.holder_id, name: inLanguage(row.holder_name_lv, row.holder_name_en, language) },
      providers: content.providers.flatMap((provider) => {
        const name = organisationNames.get(provider.organisationId);
        return name === undefined ? [] : [{ organisation: { id: provider.organisationId, name }, role: provider.role }];
      }),
      content,
      relatedServices: shown(content.relatedServices),
      requiredServices: shown(content.requiredServices),
      publishedVersion: row.number,
      publishedAt: (row.published_at ?? row.updated_at).toISOString(),
    };
  };
}
