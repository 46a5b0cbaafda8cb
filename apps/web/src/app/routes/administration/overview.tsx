import { Anchor, Badge, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../../../components/ui/page-title.tsx';
import { useSignedInSession } from '../../../features/session/api/get-session.ts';
import { mayReadAudit } from '../../../features/session/lib/abilities.ts';
import { administrationSections } from '../../modules.ts';

export function AdministrationPage() {
  const { t } = useTranslation();
  const session = useSignedInSession();
  return (
    <Stack gap="lg" maw={1100}>
      <div>
        <PageTitle>{t('modules.administration.name')}</PageTitle>
        <Text size="lg">{t('administration.lead')}</Text>
      </div>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} component="ul" style={{ listStyle: 'none', padding: 0 }}>
        {administrationSections.map(({ key, path }) => (
          <Card component="li" key={key} withBorder>
            <Group justify="space-between" align="flex-start" wrap="nowrap" mb={4}>
              <Anchor component={Link} to={path} fw={700}>
                {t(`administration.sections.${key}`)}
              </Anchor>
              {key === 'audit' && !mayReadAudit(session) && (
                <Badge variant="outline" color="gray.7" style={{ flexShrink: 0 }}>
                  {t('administration.restricted')}
                </Badge>
              )}
            </Group>
            <Text size="sm">{t(`administration.summaries.${key}`)}</Text>
          </Card>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
