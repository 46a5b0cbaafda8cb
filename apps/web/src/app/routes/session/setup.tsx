import { OneTimeLinkPage } from '../../../features/session/components/one-time-link-page.tsx';
import { SetupForm } from '../../../features/session/components/setup-form.tsx';
import { sessionPaths } from '../../../features/session/paths.ts';

/** Where the setup link printed at the first start leads: `/setup#token=…`. */
export function SetupPage() {
  return (
    <OneTimeLinkPage
      texts="setup"
      path={sessionPaths.setup}
      offerNewLink={false}
      form={(token, onDone) => <SetupForm token={token} onDone={onDone} />}
    />
  );
}
