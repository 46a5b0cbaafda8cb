import { SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { fieldId, useEditorFields } from './editor-context.tsx';

interface TextFieldProps {
  path: string;
  label: string;
  description?: string | undefined;
  value: string | null;
  /** Empty is null for an optional text, '' for a required one. */
  onChange: (value: string | null) => void;
  required?: boolean;
  multiline?: boolean;
  maxLength?: number;
  type?: 'text' | 'url' | 'email' | 'tel';
  lang?: 'lv' | 'en';
}

/** One text of a description: its errors under it, marked touched as soon as it is typed in. */
export function TextField({
  path,
  label,
  description,
  value,
  onChange,
  required = false,
  multiline = false,
  maxLength,
  type = 'text',
  lang,
}: TextFieldProps) {
  const fields = useEditorFields();
  const common = {
    id: fieldId(path),
    name: path,
    label,
    description,
    required,
    maxLength,
    lang,
    value: value ?? '',
    error: fields.errorOf(path),
    onBlur: () => fields.touch(path),
  };
  const change = (text: string) => {
    fields.touch(path);
    onChange(text === '' && !required ? null : text);
  };
  return multiline ? (
    <Textarea {...common} autosize minRows={2} onChange={(event) => change(event.currentTarget.value)} />
  ) : (
    <TextInput {...common} type={type} onChange={(event) => change(event.currentTarget.value)} />
  );
}

type LocalText = { lv: string; en: string | null };

interface LocalTextFieldsProps {
  path: string;
  label: string;
  multiline?: boolean;
  maxLength?: number;
}

/** A text in Latvian (required) and English, side by side on a wide screen. */
export function LocalTextFields({
  value,
  onChange,
  ...props
}: LocalTextFieldsProps & { value: LocalText; onChange: (value: LocalText) => void }) {
  return <LocalTextPair {...props} value={value} required onChange={onChange} />;
}

/** A text that may be left out; left empty in both languages, it is none. */
export function OptionalLocalTextFields({
  value,
  onChange,
  ...props
}: LocalTextFieldsProps & { value: LocalText | null; onChange: (value: LocalText | null) => void }) {
  return (
    <LocalTextPair
      {...props}
      value={value ?? { lv: '', en: null }}
      required={false}
      onChange={(next) => onChange(next.lv === '' && next.en === null ? null : next)}
    />
  );
}

function LocalTextPair({
  path,
  label,
  multiline,
  maxLength,
  value,
  required,
  onChange,
}: LocalTextFieldsProps & { value: LocalText; required: boolean; onChange: (value: LocalText) => void }) {
  const { t } = useTranslation('portfolio');
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      <TextField
        path={`${path}.lv`}
        label={`${label} ${t('fields.lv')}`}
        lang="lv"
        required={required}
        multiline={multiline}
        maxLength={maxLength}
        value={value.lv}
        onChange={(lv) => onChange({ ...value, lv: lv ?? '' })}
      />
      <TextField
        path={`${path}.en`}
        label={`${label} ${t('fields.en')}`}
        lang="en"
        multiline={multiline}
        maxLength={maxLength}
        value={value.en}
        onChange={(en) => onChange({ ...value, en })}
      />
    </SimpleGrid>
  );
}
