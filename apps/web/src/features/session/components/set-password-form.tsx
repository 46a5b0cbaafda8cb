import { Button, Stack } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemSummary } from '../../../components/ui/problem-summary.tsx';
import type { ApiProblem } from '../../../lib/api.ts';
import { useFormProblem } from '../../../lib/use-form-problem.ts';
import { useSetPassword } from '../api/set-password.ts';
import { PasswordFields, passwordProblems } from './password-fields.tsx';

/** Sets the password of an invitation or reset link; `token` is the link's secret. */
export function SetPasswordForm({ token, onDone }: { token: string; onDone: () => void }) {
  const { t } = useTranslation('session');
  const setPassword = useSetPassword();
  const [password, setPasswordValue] = useState('');
  const [repeated, setRepeated] = useState('');
  const problem = useFormProblem(['password', 'repeated', 'token'], explainLinkProblem(t));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = passwordProblems(password, repeated, {
      required: problem.requiredText,
      mismatch: t('password.mismatch'),
    });
    if (Object.keys(found).length > 0) return problem.showFields(found);
    problem.clear();
    setPassword.mutate({ token, password }, { onSuccess: onDone, onError: problem.show });
  };

  return (
    <form ref={problem.formRef} onSubmit={submit} noValidate>
      <Stack>
        <ProblemSummary problem={problem} />
        <PasswordFields
          password={password}
          repeated={repeated}
          onPasswordChange={setPasswordValue}
          onRepeatedChange={setRepeated}
          passwordError={problem.fieldError('password')}
          repeatedError={problem.fieldError('repeated')}
        />
        <Button type="submit" loading={setPassword.isPending}>
          {t('setPassword.submit')}
        </Button>
      </Stack>
    </form>
  );
}

/** The problems of one-time links, in the reader's words. */
export const explainLinkProblem =
  (t: (key: 'password.linkUsed' | 'password.linkExpired' | 'password.accountInactive') => string) =>
  (problem: ApiProblem): string | undefined => {
    switch (problem.code) {
      case 'link-used':
        return t('password.linkUsed');
      case 'link-expired':
        return t('password.linkExpired');
      case 'person-inactive':
        return t('password.accountInactive');
      default:
        return undefined;
    }
  };
