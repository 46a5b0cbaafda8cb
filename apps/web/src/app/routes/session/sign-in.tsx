import { Alert, Anchor, Button, Divider, Stack, Text } from '@mantine/core';
import { OIDC_START_PATH, OidcSignInError } from '@saimnieks/contracts/auth';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { PageTitle } from '../../../components/ui/page-title.tsx';
import { useAuthMethods } from '../../../features/session/api/get-auth-methods.ts';
import { useSession } from '../../../features/session/api/get-session.ts';
import { SignInForm } from '../../../features/session/components/sign-in-form.tsx';
import { safeReturnPath } from '../../../features/session/lib/return-path.ts';
import { sessionPaths } from '../../../features/session/paths.ts';

/** `/sign-in?next=/where/to/return` (and `?error=` after a refused OpenID Connect sign-in). */
export function SignInPage() {
  const { t } = useTranslation('session');
  const session = useSession();
  const methods = useAuthMethods();
  const [params] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const next = safeReturnPath(params.get('next'));
  const oidcError = OidcSignInError.safeParse(params.get('error'));
  const signedOut = (location.state as { signedOut?: boolean } | null)?.signedOut === true;

  return (
    <Stack maw={440}>
      <PageTitle>{t('signIn.title')}</PageTitle>
      {session ? (
        <>
          <Text>{t('signIn.signedInAs', { name: session.person.name })}</Text>
          <div>
            <Button component={Link} to={next}>
              {t('signIn.continue')}
            </Button>
          </div>
        </>
      ) : (
        <>
          {signedOut && <Alert color="teal" variant="light" title={t('signIn.signedOut')} />}
          {!signedOut && params.has('next') && <Alert color="blue" variant="light" title={t('signIn.needed')} />}
          {oidcError.success && <Alert color="red" variant="light" title={t(`signIn.oidcErrors.${oidcError.data}`)} />}
          <Text>{t('signIn.lead')}</Text>
          <SignInForm onSignedIn={() => void navigate(next, { replace: true })} />
          <Anchor component={Link} to={sessionPaths.passwordReset}>
            {t('signIn.forgotPassword')}
          </Anchor>
          {methods.oidc && (
            <>
              <Divider label={t('signIn.otherWays')} labelPosition="center" />
              <Button component="a" href={OIDC_START_PATH} variant="default">
                {t('signIn.oidc')}
              </Button>
            </>
          )}
        </>
      )}
    </Stack>
  );
}
