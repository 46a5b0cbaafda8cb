import { Anchor, List, Text } from '@mantine/core';
import type { LegalAct } from '@saimnieks/contracts/services';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../lib/i18n.ts';
import { localText } from '../lib/local-text.ts';

/** The legal acts a service rests on, each with the article that applies. */
export function LegalBasisList({ acts }: { acts: readonly LegalAct[] }) {
  const { t } = useTranslation('portfolio');
  const language = useLanguage();
  if (acts.length === 0) return <Text>{t('description.empty')}</Text>;
  return (
    <List spacing="xs">
      {acts.map((act, index) => {
        const title = localText(act.title, language);
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: a legal act has no identity beyond its place in the list
          <List.Item key={index}>
            {act.url ? (
              <Anchor href={act.url} target="_blank" rel="noopener noreferrer">
                {title}
              </Anchor>
            ) : (
              title
            )}
            {act.article && <Text span>, {act.article}</Text>}
          </List.Item>
        );
      })}
    </List>
  );
}
