import { LINK_PATHS } from '@saimnieks/contracts/people';

/** Addresses of the sign-in pages; the one-time links of invitation, reset and setup e-mails lead to two of them. */
export const sessionPaths = {
  signIn: '/sign-in',
  passwordReset: '/password-reset',
  setPassword: LINK_PATHS.setPassword,
  setup: LINK_PATHS.setup,
};

/** The sign-in page that comes back to `returnTo` afterwards. */
export const signInPathFor = (returnTo: string) =>
  returnTo === '/' ? sessionPaths.signIn : `${sessionPaths.signIn}?next=${encodeURIComponent(returnTo)}`;
