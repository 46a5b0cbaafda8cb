import {
  Anchor,
  Badge,
  Button,
  Group,
  List,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import type { RecipientGroup, RecipientNeed } from '@saimnieks/contracts/recipients';
import { labelOf } from '@saimnieks/contracts/reference/code-list';
import { LIFE_EVENTS } from '@saimnieks/contracts/reference/life-events';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Fact } from '../../../components/ui/fact.tsx';
import { useLanguage } from '../../../lib/i18n.ts';

export interface GroupActions {
  onEdit: (group: RecipientGroup) => void;
  onArchive: (group: RecipientGroup) => void;
  onAddNeed: (group: RecipientGroup) => void;
  onEditNeed: (group: RecipientGroup, need: RecipientNeed) => void;
  onDeleteNeed: (group: RecipientGroup, need: RecipientNeed) => void;
}

interface RecipientGroupCardProps extends GroupActions {
  group: RecipientGroup;
  /** Where a service's page is. */
  servicePath: (id: string) => string;
}

const IMPORTANCE_COLOURS = { high: 'red.9', medium: 'orange.9', low: 'gray.7' } as const;

/** One group: who they are, and each need with its importance, life events and the services that meet it. */
export function RecipientGroupCard({ group, servicePath, ...actions }: RecipientGroupCardProps) {
  const { t } = useTranslation('recipients');
  const language = useLanguage();
  const titleId = `recipient-group-${group.id}`;

  return (
    <Paper component="article" withBorder p="md" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Group gap="sm" align="center">
          <Title order={2} size="h3" id={titleId}>
            {group.name}
          </Title>
          {group.archived && (
            <Badge variant="outline" color="gray.7">
              {t('group.archived')}
            </Badge>
          )}
        </Group>
        <SimpleGrid component="dl" cols={{ base: 1, sm: 3 }} spacing="md" verticalSpacing="xs" m={0}>
          <Fact term={t('group.organisation')}>{group.organisation.name}</Fact>
          <Fact term={t('group.audience')}>{t(`audiences.${group.audience}`)}</Fact>
          <Fact term={t('group.sizeEstimate')}>
            {group.sizeEstimate === null ? (
              <Text span c="dimmed">
                {t('group.noSize')}
              </Text>
            ) : (
              group.sizeEstimate.toLocaleString(language === 'lv' ? 'lv-LV' : 'en-GB')
            )}
          </Fact>
        </SimpleGrid>
        {group.description && <Text style={{ whiteSpace: 'pre-line' }}>{group.description}</Text>}

        <Title order={3} size="h4">
          {t('group.needsTitle')}
        </Title>
        {group.needs.length === 0 ? (
          <Text c="dimmed">{t('group.noNeeds')}</Text>
        ) : (
          <List listStyleType="none" spacing="md" p={0}>
            {group.needs.map((need) => (
              <List.Item key={need.id}>
                <Stack gap={4}>
                  <Group gap="xs" align="baseline" wrap="nowrap">
                    <Badge variant="outline" color={IMPORTANCE_COLOURS[need.importance]} style={{ flexShrink: 0 }}>
                      <VisuallyHidden>{t('group.importance')}: </VisuallyHidden>
                      {t(`importance.${need.importance}`)}
                    </Badge>
                    <Text fw={500}>{need.text}</Text>
                  </Group>
                  {need.lifeEvents.length > 0 && (
                    <Text size="sm">
                      {t('group.lifeEvents')}:{' '}
                      {need.lifeEvents.map((code) => labelOf(LIFE_EVENTS, code, language) ?? code).join(', ')}
                    </Text>
                  )}
                  <Text size="sm" component="div">
                    {t('group.services')}:{' '}
                    {need.services.length === 0 && need.hiddenServices === 0 ? (
                      <Text span size="sm" c="dimmed">
                        {t('group.noServices')}
                      </Text>
                    ) : (
                      need.services.map((service, index) => (
                        <span key={service.id}>
                          {index > 0 && ', '}
                          <Anchor component={Link} to={servicePath(service.id)} size="sm">
                            {service.identifier} {service.title}
                          </Anchor>
                        </span>
                      ))
                    )}
                    {need.hiddenServices > 0 && (
                      <Text size="sm" c="dimmed">
                        {t('group.hiddenServices', { count: need.hiddenServices })}
                      </Text>
                    )}
                  </Text>
                  {group.mayChange && (
                    <Group gap="xs">
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        aria-label={t('actions.editNeed', { text: need.text })}
                        onClick={() => actions.onEditNeed(group, need)}
                      >
                        {t('actions.editNeedShort')}
                      </Button>
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        color="red"
                        // The subtle variant writes its text in shade 6 (3.3:1 on white); shade 9 reads.
                        c="red.9"
                        aria-label={t('actions.deleteNeed', { text: need.text })}
                        onClick={() => actions.onDeleteNeed(group, need)}
                      >
                        {t('actions.deleteNeedShort')}
                      </Button>
                    </Group>
                  )}
                </Stack>
              </List.Item>
            ))}
          </List>
        )}
        {group.mayChange && (
          <Group>
            <Button onClick={() => actions.onAddNeed(group)}>{t('actions.addNeed')}</Button>
            <Button variant="default" onClick={() => actions.onEdit(group)}>
              {t('actions.edit')}
            </Button>
            <Button variant="outline" color="red.9" onClick={() => actions.onArchive(group)}>
              {t('actions.archive')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
