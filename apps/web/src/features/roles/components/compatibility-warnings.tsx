import { Alert, Badge, Group, List, Text } from '@mantine/core';
import type { RoleCompatibilityCheck } from '@saimnieks/contracts/roles';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/i18n.ts';

/** What the compatibility check found: blocking conflicts in red, those that need a justification in orange. */
export function CompatibilityWarnings({
  check,
  roleName,
}: {
  check: RoleCompatibilityCheck;
  roleName: (code: string) => string;
}) {
  const { t } = useTranslation('roles');
  const language = useLanguage();
  if (check.warnings.length === 0) return null;
  return (
    <Alert
      color={check.blocked ? 'red' : 'orange'}
      variant="light"
      title={check.blocked ? t('warnings.blockedTitle') : t('warnings.justifiedTitle')}
    >
      <List spacing="xs" size="sm">
        {check.warnings.map((warning) => (
          <List.Item key={`${warning.ruleId} ${warning.conflictingAssignment.id}`}>
            <Group gap="xs" wrap="nowrap" align="flex-start">
              <Badge
                variant="outline"
                color={warning.mode === 'blocking' ? 'red.9' : 'orange.9'}
                style={{ flexShrink: 0 }}
              >
                {t(`warnings.${warning.mode}`)}
              </Badge>
              <div>
                <Text size="sm">{warning.reason}</Text>
                <Text size="sm" c="dimmed">
                  {t('warnings.conflictsWith', {
                    role: `${warning.conflictingAssignment.roleCode} ${roleName(warning.conflictingAssignment.roleCode)}`,
                    from: formatDay(warning.conflictingAssignment.validFrom, language),
                  })}
                </Text>
              </div>
            </Group>
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
