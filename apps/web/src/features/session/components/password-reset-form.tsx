import { Button, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemSummary } from '../../../components/ui/problem-summary.tsx';
import { useFormProblem } from '../../../lib/use-form-problem.ts';
import { useRequestPasswordReset } from '../api/request-password-reset.ts';

/** Asks for a reset link for an email address. */
export function PasswordResetForm({ onSent }: { onSent: () => void }) {
  const { t } = useTranslation('session');
  const requestReset = useRequestPasswordReset();
  const [email, setEmail] = useState('');
  const problem = useFormProblem(['email']);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (email.trim() === '') return problem.showFields({ email: problem.requiredText });
    problem.clear();
    requestReset.mutate({ email: email.trim() }, { onSuccess: onSent, onError: problem.show });
  };

  return (
    <form ref={problem.formRef} onSubmit={submit} noValidate>
      <Stack>
        <ProblemSummary problem={problem} />
        <TextInput
          label={t('signIn.email')}
          type="email"
          autoComplete="email"
          required
          value={email}
          onChange={(event) => setEmail(event.currentTarget.value)}
          error={problem.fieldError('email')}
        />
        <Button type="submit" loading={requestReset.isPending}>
          {t('passwordReset.submit')}
        </Button>
      </Stack>
    </form>
  );
}
