import { PasswordInput, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface PasswordFieldsProps {
  password: string;
  repeated: string;
  onPasswordChange: (value: string) => void;
  onRepeatedChange: (value: string) => void;
  passwordError: string | undefined;
  repeatedError: string | undefined;
}

/** A new password typed twice, with the rules it must meet said before anyone breaks them. */
export function PasswordFields(props: PasswordFieldsProps) {
  const { t } = useTranslation('session');
  return (
    <Stack>
      <PasswordInput
        label={t('password.new')}
        description={t('password.rules')}
        autoComplete="new-password"
        visibilityToggleButtonProps={{ 'aria-label': t('password.toggleVisibility') }}
        required
        value={props.password}
        onChange={(event) => props.onPasswordChange(event.currentTarget.value)}
        error={props.passwordError}
      />
      <PasswordInput
        label={t('password.repeat')}
        autoComplete="new-password"
        visibilityToggleButtonProps={{ 'aria-label': t('password.toggleVisibility') }}
        required
        value={props.repeated}
        onChange={(event) => props.onRepeatedChange(event.currentTarget.value)}
        error={props.repeatedError}
      />
    </Stack>
  );
}

/** The errors found before sending: empty fields and a repetition that differs. */
export function passwordProblems(
  password: string,
  repeated: string,
  texts: { required: string; mismatch: string },
): Record<string, string> {
  if (password === '') return { password: texts.required };
  if (repeated !== password) return { repeated: texts.mismatch };
  return {};
}
