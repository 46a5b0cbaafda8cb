import { Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageTitle } from '../../../components/ui/page-title.tsx';
import { MySessions } from '../../../features/account/components/my-sessions.tsx';
import { MyTokens } from '../../../features/account/components/my-tokens.tsx';
import { sessionQuery } from '../../../features/session/api/get-session.ts';
import { sessionPaths } from '../../../features/session/paths.ts';

export function AccountPage() {
  const { t } = useTranslation('account');
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  // As when signing out from the menu: this page goes first (flushSync), then the session.
  const signedOut = async () => {
    await navigate(sessionPaths.signIn, { state: { signedOut: true }, flushSync: true });
    queryClient.setQueryData(sessionQuery.queryKey, null);
  };
  return (
    <Stack gap="xl" maw={1200}>
      <div>
        <PageTitle>{t('title')}</PageTitle>
        <Text>{t('lead')}</Text>
      </div>
      <MySessions onCurrentRevoked={() => void signedOut()} />
      <MyTokens />
    </Stack>
  );
}
