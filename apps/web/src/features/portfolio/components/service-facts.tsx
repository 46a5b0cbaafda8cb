import { SimpleGrid, Text } from '@mantine/core';
import type { ManagementDegree, Service } from '@saimnieks/contracts/services';
import { useTranslation } from 'react-i18next';
import { Fact } from '../../../components/ui/fact.tsx';
import { formatDay, formatInstant } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { OverdueBadge, StageBadge } from './service-badges.tsx';

interface ServiceFactsProps {
  service: Service;
  managementDegrees: readonly ManagementDegree[];
}

/** What a service is and where it stands, as a list of terms. */
export function ServiceFacts({ service, managementDegrees }: ServiceFactsProps) {
  const { t } = useTranslation('portfolio');
  const language = useLanguage();
  const none = (
    <Text span c="dimmed">
      {t('service.none')}
    </Text>
  );
  const degree = managementDegrees.find((candidate) => candidate.code === service.managementDegree);
  return (
    <SimpleGrid component="dl" cols={{ base: 1, xs: 2, md: 4 }} spacing="md" verticalSpacing="sm" m={0}>
      <Fact term={t('service.identifier')}>
        <Text span ff="monospace">
          {service.identifier}
        </Text>
      </Fact>
      <Fact term={t('service.holder')}>{service.holder.name}</Fact>
      <Fact term={t('service.kind')}>{t(`kind.${service.kind}`)}</Fact>
      <Fact term={t('service.stage')}>
        <StageBadge stage={service.stage} />
      </Fact>
      <Fact term={t('service.cpsvStatus')}>{t(`cpsvStatus.${service.cpsvStatus}`)}</Fact>
      <Fact term={t('service.priority')}>{t(`priority.${service.priority}`)}</Fact>
      <Fact term={t('service.managementDegree')}>
        {degree ? (language === 'en' && degree.names.en) || degree.names.lv : (service.managementDegree ?? none)}
      </Fact>
      <Fact term={t('service.reviewBy')}>
        {service.reviewBy ? formatDay(service.reviewBy, language) : none} {service.reviewOverdue && <OverdueBadge />}
      </Fact>
      <Fact term={t('service.assured')}>
        {service.assuredBy && service.assuredAt
          ? t('service.assuredValue', { name: service.assuredBy.name, at: formatInstant(service.assuredAt, language) })
          : t('service.notAssured')}
      </Fact>
    </SimpleGrid>
  );
}
