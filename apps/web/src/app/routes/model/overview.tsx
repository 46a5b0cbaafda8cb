import { Anchor, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Fact } from '../../../components/ui/fact.tsx';
import { PageTitle } from '../../../components/ui/page-title.tsx';
import { useModel } from '../../../features/model/api/get-model.ts';
import { GoalQuadrants } from '../../../features/model/components/goal-quadrants.tsx';
import { modelPaths, modelSections } from '../../../features/model/paths.ts';
import { useLanguage } from '../../../lib/i18n.ts';

export function ModelOverviewPage() {
  const { t } = useTranslation('model');
  const language = useLanguage();
  const model = useModel();
  const loadedAt = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'Europe/Riga' }).format(
    new Date(model.version.loadedAt),
  );

  return (
    <Stack gap="xl" maw={1100}>
      <div>
        <PageTitle>{t('overview.title')}</PageTitle>
        <Text size="lg">{t('overview.lead')}</Text>
        <Group component="dl" gap="xl" mt="md">
          <Fact term={t('overview.version')}>{model.version.version}</Fact>
          <Fact term={t('overview.loadedAt')}>{loadedAt}</Fact>
        </Group>
      </div>
      <section aria-labelledby="goals-title">
        <Title order={2} id="goals-title" mb="sm">
          {t('overview.goalsTitle')}
        </Title>
        <GoalQuadrants goals={model.goals} />
      </section>
      <section aria-labelledby="sections-title">
        <Title order={2} id="sections-title" mb="sm">
          {t('overview.sectionsTitle')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} component="ul" style={{ listStyle: 'none', padding: 0 }}>
          {modelSections.map((section) => (
            <Card component="li" key={section} withBorder>
              <Anchor component={Link} to={modelPaths[section]} fw={700}>
                {t(`sections.${section}`)}
              </Anchor>
              <Text size="sm" mt={4}>
                {t(`overview.sectionSummaries.${section}`)}
              </Text>
            </Card>
          ))}
        </SimpleGrid>
      </section>
    </Stack>
  );
}
