import { Anchor, Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../../components/ui/page-title.tsx';
import { cataloguePaths } from '../../features/catalogue/paths.ts';
import { modelPaths } from '../../features/model/paths.ts';
import { builtModules, modules } from '../modules.ts';

export function HomePage() {
  const { t } = useTranslation();
  return (
    <Stack gap="lg" maw={960}>
      <div>
        <PageTitle>{t('productName')}</PageTitle>
        <Text size="lg">{t('home.lead')}</Text>
      </div>
      <Text>{t('home.body')}</Text>
      <Text>{t('home.name')}</Text>
      <Group>
        <Button component={Link} to={cataloguePaths.search} size="md">
          {t('home.searchCatalogue')}
        </Button>
        <Button component={Link} to={modelPaths.overview} size="md" variant="default">
          {t('home.exploreModel')}
        </Button>
      </Group>
      <section aria-labelledby="modules-title">
        <Title order={2} id="modules-title" mb="sm">
          {t('home.modulesTitle')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} component="ul" style={{ listStyle: 'none', padding: 0 }}>
          {modules.map(({ key, path }) => (
            <Card component="li" key={key} withBorder padding="md">
              <Group justify="space-between" align="flex-start" wrap="nowrap" mb="xs">
                <Anchor component={Link} to={path} fw={700}>
                  {t(`modules.${key}.name`)}
                </Anchor>
                <Badge variant="outline" color={builtModules.has(key) ? 'teal.9' : 'gray.7'} style={{ flexShrink: 0 }}>
                  {builtModules.has(key) ? t('home.available') : t('home.coming')}
                </Badge>
              </Group>
              <Text size="sm">{t(`modules.${key}.summary`)}</Text>
            </Card>
          ))}
        </SimpleGrid>
      </section>
    </Stack>
  );
}
