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
      <dl style={{ margin: 0 }}>
        {bases.map((basis) => (
          <Group key={basis} gap="xs" wrap="nowrap" align="center">
            <Group component="dt" gap="xs" wrap="nowrap" style={{ flexShrink: 0 }}>
              <svg width="40" height="10" aria-hidden="true">
                <line
                  x1="0"
                  y1="5"
                  x2="40"
                  y2="5"
                  className={basis === 'reading' ? `${classes.edge} ${classes.reading}` : classes.edge}
                />
              </svg>
              <Text span size="sm" fw={700}>
                {t(`dependencies.${basis}Short`)}
              </Text>
            </Group>
            <Text component="dd" size="sm" m={0}>
              – {t(`dependencies.${basis}`)}
            </Text>
          </Group>
        ))}
      </dl>
    </div>
  );
}
