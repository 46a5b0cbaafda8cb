import type { Messages } from '../../../lib/i18n.ts';
import type { sessionLv } from './lv.ts';

export const sessionEn: Messages<typeof sessionLv> = {
  signIn: {
    title: 'Sign in',
    lead: 'Sign in with the email address and password of your work account.',
    email: 'Email address',
    password: 'Password',
    submit: 'Sign in',
    failed: 'The email address or the password is not right.',
    throttled: 'Too many failed attempts. Try again {{wait}}.',
    forgotPassword: 'Forgot your password?',
    otherWays: 'Other ways to sign in',
    oidc: 'Sign in with Latvija.lv / OpenID Connect',
    needed: 'Sign in to open this page.',
    signedOut: 'You have signed out. Sign in again to go on working.',
    signedInAs: 'You are signed in as {{name}}.',
    continue: 'Continue',
    oidcErrors: {
      'oidc-failed': 'Signing in through OpenID Connect failed or was cancelled. Please try again.',
      'oidc-not-linked': 'This identity is not linked to any Saimnieks user. Ask an administrator to invite you.',
      'oidc-deactivated': 'Your account is deactivated. Please contact an administrator.',
      'oidc-unavailable':
        'The identity provider cannot be reached at the moment. Try again later or sign in with your password.',
    },
  },
  account: {
    menu: 'Account: {{name}}',
    myAccount: 'My account',
    signIn: 'Sign in',
    signOut: 'Sign out',
    signOutFailed: 'Signing out failed. Please try again.',
  },
  password: {
    toggleVisibility: 'Show or hide the password',
    new: 'New password',
    repeat: 'Password again',
    rules:
      'At least 12 characters; not a commonly used password, and without your name or email. A long phrase is easier to remember than a complicated word.',
    mismatch: 'The passwords do not match.',
    linkUsed: 'This link has been used already. If you do not remember your password, ask for a new link.',
    linkExpired: 'This link has expired. Ask for a new one.',
    noToken: 'The address holds no link key. Open the link from the email again or ask for a new one.',
    accountInactive: 'The account is deactivated. Please contact an administrator.',
  },
  setPassword: {
    title: 'Set your password',
    lead: 'Choose the password you will sign in to Saimnieks with.',
    submit: 'Set password',
    done: 'Your password is set. You can sign in now.',
    requestNew: 'Ask for a new link',
  },
  passwordReset: {
    title: 'Reset your password',
    lead: 'Enter the email address of your account. We will send a link to set a new password to it.',
    submit: 'Send link',
    sent: 'If there is an account for this address, a link to set a new password has been sent to it. The link is valid for a limited time.',
    backToSignIn: 'Back to sign-in',
  },
  setup: {
    title: 'Create the first administrator',
    lead: 'Saimnieks has no users yet. Create the first administrator; this link works only once.',
    name: 'Full name',
    email: 'Email address',
    submit: 'Create administrator',
    done: 'The administrator has been created. You can sign in now.',
    alreadyDone: 'The first administrator exists already. Sign in, or contact an administrator.',
  },
};
