import { Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import type { SessionInfo } from '@saimnieks/contracts/auth';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemSummary } from '../../../components/ui/problem-summary.tsx';
import type { ApiProblem } from '../../../lib/api.ts';
import { formatWait } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { useFormProblem } from '../../../lib/use-form-problem.ts';
import { useSignIn } from '../api/sign-in.ts';

const FIELDS = ['email', 'password'];

/** Email and password; a wrong pair and a throttled account are said in words, with how long to wait. */
export function SignInForm({ onSignedIn }: { onSignedIn: (session: SessionInfo) => void }) {
  const { t } = useTranslation('session');
  const language = useLanguage();
  const signIn = useSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const explain = (problem: ApiProblem) => {
    if (problem.code === 'sign-in-failed') return t('signIn.failed');
    if (problem.status === 429) {
      return t('signIn.throttled', { wait: formatWait(problem.retryAfterSeconds ?? 60, language) });
    }
    return undefined;
  };
  const problem = useFormProblem(FIELDS, explain);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const missing = Object.fromEntries(
      [
        ['email', email.trim()],
        ['password', password],
      ]
        .filter(([, value]) => value === '')
        .map(([field]) => [field, problem.requiredText]),
    );
    if (Object.keys(missing).length > 0) return problem.showFields(missing);
    problem.clear();
    signIn.mutate(
      { email: email.trim(), password },
      {
        onSuccess: onSignedIn,
        onError: (error) => {
          setPassword('');
          problem.show(error);
        },
      },
    );
  };

  return (
    <form ref={problem.formRef} onSubmit={submit} noValidate>
      <Stack>
        <ProblemSummary problem={problem} />
        <TextInput
          label={t('signIn.email')}
          type="email"
          autoComplete="username"
          required
          value={email}
          onChange={(event) => setEmail(event.currentTarget.value)}
          error={problem.fieldError('email')}
        />
        <PasswordInput
          label={t('signIn.password')}
          autoComplete="current-password"
          visibilityToggleButtonProps={{ 'aria-label': t('password.toggleVisibility') }}
          required
          value={password}
          onChange={(event) => setPassword(event.currentTarget.value)}
          error={problem.fieldError('password')}
        />
        <Button type="submit" loading={signIn.isPending}>
          {t('signIn.submit')}
        </Button>
      </Stack>
    </form>
  );
}
