import { Navigate, Outlet, useLocation } from 'react-router';
import { useSession } from '../../features/session/api/get-session.ts';
import { signInPathFor } from '../../features/session/paths.ts';

/** The pages behind it need someone signed in: nobody is sent to sign in, and brought back here afterwards. */
export function RequireSession() {
  const session = useSession();
  const { pathname, search } = useLocation();
  if (!session) return <Navigate to={signInPathFor(pathname + search)} replace />;
  return <Outlet />;
}
