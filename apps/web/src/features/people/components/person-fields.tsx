import { Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FormProblemState } from '../../../lib/use-form-problem.ts';
import type { OrganisationChoice } from './people-filters.tsx';

export interface PersonValues {
  name: string;
  email: string;
  organisationId: string | null;
}

/** The contract's body fields, so the server's errors land next to the right input. */
export const PERSON_FIELDS = ['name', 'email', 'organisationId'];

interface PersonFieldsProps {
  values: PersonValues;
  onChange: (values: PersonValues) => void;
  organisations: readonly OrganisationChoice[];
  problem: FormProblemState;
}

export function PersonFields({ values, onChange, organisations, problem }: PersonFieldsProps) {
  const { t } = useTranslation('people');
  return (
    <>
      <TextInput
        label={t('invite.name')}
        autoComplete="off"
        required
        value={values.name}
        onChange={(event) => onChange({ ...values, name: event.currentTarget.value })}
        error={problem.fieldError('name')}
      />
      <TextInput
        label={t('invite.email')}
        type="email"
        autoComplete="off"
        required
        value={values.email}
        onChange={(event) => onChange({ ...values, email: event.currentTarget.value })}
        error={problem.fieldError('email')}
      />
      <Select
        label={t('invite.organisation')}
        data={organisations.map(({ id, name }) => ({ value: id, label: name }))}
        value={values.organisationId}
        onChange={(organisationId) => onChange({ ...values, organisationId })}
        searchable
        required
        error={problem.fieldError('organisationId')}
      />
    </>
  );
}

/** Empty required fields, found before sending. */
export function missingPersonFields(values: PersonValues, required: string): Record<string, string> {
  return {
    ...(values.name.trim() === '' ? { name: required } : {}),
    ...(values.email.trim() === '' ? { email: required } : {}),
    ...(values.organisationId ? {} : { organisationId: required }),
  };
}
