import { Card, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../components/ui/page-title.tsx';
import { useModel } from '../../../features/model/api/get-model.ts';
import { useCapabilities } from '../../../features/model/api/list-capabilities.ts';

export function CapabilitiesPage() {
  const { t } = useTranslation('model');
  const { items: capabilities } = useCapabilities();
  const { resourceKinds } = useModel();
  const columns = [
    { key: 'capabilities', items: capabilities },
    { key: 'resources', items: resourceKinds },
  ] as const;
  return (
    <Stack gap="lg" maw={1100}>
      <div>
        <PageTitle>{t('capabilities.title')}</PageTitle>
        <Text>{t('capabilities.lead')}</Text>
      </div>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {columns.map(({ key, items }) => (
          <Card key={key} component="section" withBorder aria-labelledby={`${key}-title`}>
            <Title order={2} size="h3" id={`${key}-title`} mb="xs">
              {t(`capabilities.${key}`)}
            </Title>
            <List spacing="xs">
              {items.map((item) => (
                <List.Item key={item.code}>{item.name}</List.Item>
              ))}
            </List>
          </Card>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
