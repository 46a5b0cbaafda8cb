import { OneTimeLinkPage } from '../../../features/session/components/one-time-link-page.tsx';
import { SetPasswordForm } from '../../../features/session/components/set-password-form.tsx';
import { sessionPaths } from '../../../features/session/paths.ts';

/** Where invitation and reset links lead: `/set-password#token=…`. */
export function SetPasswordPage() {
  return (
    <OneTimeLinkPage
      texts="setPassword"
      path={sessionPaths.setPassword}
      offerNewLink
      form={(token, onDone) => <SetPasswordForm token={token} onDone={onDone} />}
    />
  );
}
