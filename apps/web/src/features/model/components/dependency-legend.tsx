import { Group, Text } from '@mantine/core';
import type { DependencyBasis } from '@saimnieks/contracts/model';
import { useTranslation } from 'react-i18next';
import classes from './dependency-graph.module.css';

const bases: readonly DependencyBasis[] = ['seed', 'reading'];

/** Explains solid and dashed arrows: which the model's scheme shows, and which come from reading it. */
export function DependencyLegend() {
  const { t } = useTranslation('model');
  return (
    <div>
      <Text size="sm" fw={700}>
        {t('dependencies.legend')}
      </Text>
      <Group component="dl" gap="lg" my={0}>
        {bases.map((basis) => (
          <Group key={basis} gap="xs" wrap="nowrap">
            <dt>
              <svg width="48" height="12" aria-hidden="true" style={{ display: 'block' }}>
                <line
                  x1="0"
                  y1="6"
                  x2="48"
                  y2="6"
                  className={basis === 'reading' ? `${classes.edge} ${classes.reading}` : classes.edge}
                />
              </svg>
              <Text span size="sm" fw={700}>
                {t(`dependencies.${basis}Short`)}
              </Text>
            </dt>
            <Text component="dd" size="sm" m={0}>
              {t(`dependencies.${basis}`)}
            </Text>
          </Group>
        ))}
      </Group>
    </div>
  );
}
