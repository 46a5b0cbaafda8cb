import { Badge } from '@mantine/core';
import type { Priority, Stage } from '@saimnieks/contracts/services';
import { useTranslation } from 'react-i18next';

/** Colours with enough contrast for their text (shade 9 on the light variant; see theme.ts). */
const STAGE_COLOURS: Record<Stage, string> = {
  planning: 'gray',
  creation: 'violet',
  introduction: 'indigo',
  delivery: 'teal',
  maintenance: 'blue',
  liquidation: 'red',
};

export function StageBadge({ stage }: { stage: Stage }) {
  const { t } = useTranslation('portfolio');
  return (
    <Badge variant="light" color={STAGE_COLOURS[stage]} tt="none" style={{ flexShrink: 0 }}>
      {t(`stage.${stage}`)}
    </Badge>
  );
}

const PRIORITY_COLOURS: Record<Priority, string> = { high: 'orange', medium: 'gray', low: 'gray' };

/** The priority, said in full: a colour alone would not tell it. */
export function PriorityBadge({ priority }: { priority: Priority }) {
  const { t } = useTranslation('portfolio');
  return (
    <Badge variant={priority === 'high' ? 'light' : 'outline'} color={PRIORITY_COLOURS[priority]} tt="none">
      {t('badges.priority', { priority: t(`priority.${priority}`) })}
    </Badge>
  );
}

export function OverdueBadge() {
  const { t } = useTranslation('portfolio');
  return (
    <Badge variant="filled" color="red.9" tt="none">
      {t('badges.overdue')}
    </Badge>
  );
}
