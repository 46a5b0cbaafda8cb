import { Anchor, List, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './service-sections.module.css';

export interface ServiceSection {
  /** The fragment the section is reached by: `#channels`. */
  id: string;
  title: string;
  content: ReactNode;
}

/** A long page starts with its contents, so that a reader can jump to "costs" or "what to prepare". */
export function ServiceContents({ sections }: { sections: readonly ServiceSection[] }) {
  const { t } = useTranslation('catalogue');
  if (sections.length < 3) return null;
  return (
    <nav aria-labelledby="service-contents-title" className={classes.contents}>
      <Title order={2} size="h5" id="service-contents-title" mb={4}>
        {t('service.contents')}
      </Title>
      <List size="sm" spacing={2}>
        {sections.map((section) => (
          <List.Item key={section.id}>
            <Anchor href={`#${section.id}`}>{section.title}</Anchor>
          </List.Item>
        ))}
      </List>
    </nav>
  );
}

/** The sections of the service page, each a region named by its heading. */
export function ServiceSections({ sections }: { sections: readonly ServiceSection[] }) {
  return (
    <Stack gap="xl">
      {sections.map((section) => (
        <section key={section.id} id={section.id} aria-labelledby={`${section.id}-title`} className={classes.section}>
          <Title order={2} id={`${section.id}-title`} mb="sm">
            {section.title}
          </Title>
          {section.content}
        </section>
      ))}
    </Stack>
  );
}
