import { Anchor, SimpleGrid } from '@mantine/core';
import type { CatalogueService } from '@saimnieks/contracts/catalogue';
import { BUSINESS_EVENTS } from '@saimnieks/contracts/reference/business-events';
import { labelOf } from '@saimnieks/contracts/reference/code-list';
import { SERVICE_LANGUAGES } from '@saimnieks/contracts/reference/languages';
import { LIFE_EVENTS } from '@saimnieks/contracts/reference/life-events';
import { MUNICIPALITIES } from '@saimnieks/contracts/reference/municipalities';
import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Fact } from '../../../components/ui/fact.tsx';
import { useLanguage } from '../../../lib/i18n.ts';
import { summariseCosts } from '../lib/cost-summary.ts';
import { formatEuro } from '../lib/money.ts';
import { cataloguePaths } from '../paths.ts';

/** Who it is for, where, in which languages, what it costs and who answers for it, at a glance. */
export function ServiceFacts({ service }: { service: CatalogueService }) {
  const { t } = useTranslation('catalogue');
  const language = useLanguage();
  const { content } = service;
  const costs = summariseCosts(content.costs);
  const costText = (() => {
    switch (costs?.kind) {
      case undefined:
        return undefined;
      case 'free':
        return t('service.free');
      case 'free_or_paid':
        return t('service.freeOrPaid');
      case 'from':
        return t('service.from', { amount: formatEuro(costs.amount, language) });
      case 'fee':
      case 'state_duty':
        return `${t(`service.costKinds.${costs.kind}`)} ${formatEuro(costs.amount, language)}`;
    }
  })();
  const links = (items: readonly { key: string; label: string; path: string }[]): ReactNode =>
    items.map((item, index) => (
      <Fragment key={item.key}>
        {index > 0 && ', '}
        <Anchor component={Link} to={item.path}>
          {item.label}
        </Anchor>
      </Fragment>
    ));

  return (
    <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm" m={0}>
      <Fact term={t('service.holder')}>
        {service.holder.name}
        <br />
        <Anchor component={Link} to={cataloguePaths.searchFor({ institution: service.holder.id })} size="sm">
          {t('service.moreFromHolder')}
        </Anchor>
      </Fact>
      {content.audience.length > 0 && (
        <Fact term={t('service.audience')}>
          {content.audience.map((audience) => t(`audiences.${audience}`)).join(', ')}
        </Fact>
      )}
      <Fact term={t('service.coverage')}>
        {content.spatialCoverage.nationwide
          ? t('service.nationwide')
          : content.spatialCoverage.municipalities
              .map((code) => labelOf(MUNICIPALITIES, code, language) ?? code)
              .join(', ')}
      </Fact>
      {costText && (
        <Fact term={t('service.cost')}>
          <Anchor href="#costs">{costText}</Anchor>
        </Fact>
      )}
      {content.languages.length > 0 && (
        <Fact term={t('service.languages')}>
          {content.languages.map((code) => labelOf(SERVICE_LANGUAGES, code, language) ?? code).join(', ')}
        </Fact>
      )}
      {content.lifeEvents.length > 0 && (
        <Fact term={t('service.lifeEvents')}>
          {links(
            content.lifeEvents.map((code) => ({
              key: code,
              label: labelOf(LIFE_EVENTS, code, language) ?? code,
              path: cataloguePaths.searchFor({ lifeEvent: code }),
            })),
          )}
        </Fact>
      )}
      {content.businessEvents.length > 0 && (
        <Fact term={t('service.businessEvents')}>
          {links(
            content.businessEvents.map((code) => ({
              key: code,
              label: labelOf(BUSINESS_EVENTS, code, language) ?? code,
              path: cataloguePaths.searchFor({ businessEvent: code }),
            })),
          )}
        </Fact>
      )}
    </SimpleGrid>
  );
}
