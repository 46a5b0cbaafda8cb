import { Title } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** The page's one h1, which also names the browser tab. */
export function PageTitle({ children }: { children: string }) {
  const { t } = useTranslation();
  const documentTitle = children === t('productName') ? children : `${children} · ${t('productName')}`;
  useEffect(() => {
    document.title = documentTitle;
  }, [documentTitle]);
  return (
    <Title order={1} mb="md">
      {children}
    </Title>
  );
}
