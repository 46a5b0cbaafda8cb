import { Button, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemSummary } from '../../../components/ui/problem-summary.tsx';
import type { ApiProblem } from '../../../lib/api.ts';
import { useFormProblem } from '../../../lib/use-form-problem.ts';
import { useSetUp } from '../api/set-up.ts';
import { PasswordFields, passwordProblems } from './password-fields.tsx';
import { explainLinkProblem } from './set-password-form.tsx';

/** The first administrator's name, email and password, with the setup link's secret. */
export function SetupForm({ token, onDone }: { token: string; onDone: () => void }) {
  const { t } = useTranslation('session');
  const setUp = useSetUp();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [repeated, setRepeated] = useState('');
  const explainLink = explainLinkProblem(t);
  const explain = (problem: ApiProblem) =>
    problem.code === 'setup-done' ? t('setup.alreadyDone') : explainLink(problem);
  const problem = useFormProblem(['name', 'email', 'password', 'repeated', 'token'], explain);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const required = problem.requiredText;
    const found = {
      ...(name.trim() === '' ? { name: required } : {}),
      ...(email.trim() === '' ? { email: required } : {}),
      ...passwordProblems(password, repeated, { required, mismatch: t('password.mismatch') }),
    };
    if (Object.keys(found).length > 0) return problem.showFields(found);
    problem.clear();
    setUp.mutate(
      { token, name: name.trim(), email: email.trim(), password },
      { onSuccess: onDone, onError: problem.show },
    );
  };

  return (
    <form ref={problem.formRef} onSubmit={submit} noValidate>
      <Stack>
        <ProblemSummary problem={problem} />
        <TextInput
          label={t('setup.name')}
          autoComplete="name"
          required
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={problem.fieldError('name')}
        />
        <TextInput
          label={t('setup.email')}
          type="email"
          autoComplete="email"
          required
          value={email}
          onChange={(event) => setEmail(event.currentTarget.value)}
          error={problem.fieldError('email')}
        />
        <PasswordFields
          password={password}
          repeated={repeated}
          onPasswordChange={setPassword}
          onRepeatedChange={setRepeated}
          passwordError={problem.fieldError('password')}
          repeatedError={problem.fieldError('repeated')}
        />
        <Button type="submit" loading={setUp.isPending}>
          {t('setup.submit')}
        </Button>
      </Stack>
    </form>
  );
}
