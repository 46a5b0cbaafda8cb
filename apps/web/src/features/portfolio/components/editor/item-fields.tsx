import { MultiSelect, NumberInput, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import {
  type Channel,
  ChannelType,
  type Cost,
  CostKind,
  DIGITAL_CHANNELS,
  type LegalAct,
  ParticipationRole,
  WcagLevel,
} from '@saimnieks/contracts/services';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../../lib/i18n.ts';
import {
  type ContactPoint,
  type NamedItem,
  type Participation,
  withChannelType,
  withCostKind,
} from '../../lib/draft-items.ts';
import { describeDuration } from '../../lib/duration.ts';
import { channelName } from '../channel-list.tsx';
import { fieldId, useEditorFields } from './editor-context.tsx';
import { LocalTextFields, OptionalLocalTextFields, TextField } from './text-fields.tsx';

interface ItemProps<Item> {
  value: Item;
  onChange: (value: Item) => void;
  path: string;
}

export function LegalActFields({ value, onChange, path }: ItemProps<LegalAct>) {
  const { t } = useTranslation('portfolio');
  return (
    <>
      <LocalTextFields
        path={`${path}.title`}
        label={t('fields.title')}
        maxLength={500}
        value={value.title}
        onChange={(title) => onChange({ ...value, title })}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextField
          path={`${path}.url`}
          label={t('fields.url')}
          type="url"
          value={value.url}
          onChange={(url) => onChange({ ...value, url })}
        />
        <TextField
          path={`${path}.article`}
          label={t('fields.article')}
          maxLength={200}
          value={value.article}
          onChange={(article) => onChange({ ...value, article })}
        />
      </SimpleGrid>
    </>
  );
}

export function ChannelFields({ value, onChange, path }: ItemProps<Channel>) {
  const { t } = useTranslation('portfolio');
  const language = useLanguage();
  const fields = useEditorFields();
  const digital = DIGITAL_CHANNELS.includes(value.type);
  const duration = value.processingTime ? describeDuration(value.processingTime, language) : undefined;
  const text = (key: 'url' | 'address' | 'phone' | 'email' | 'processingTime') => ({
    path: `${path}.${key}`,
    label: t(`fields.${key}`),
    value: value[key],
    onChange: (next: string | null) => onChange({ ...value, [key]: next }),
  });
  return (
    <>
      <Select
        id={fieldId(`${path}.type`)}
        label={t('fields.type')}
        data={ChannelType.options.map((type) => ({ value: type, label: t(`channelType.${type}`) }))}
        value={value.type}
        onChange={(type) => {
          const parsed = ChannelType.safeParse(type);
          if (parsed.success) onChange(withChannelType(value, parsed.data));
        }}
        allowDeselect={false}
        required
        w={{ base: '100%', sm: 300 }}
        error={fields.errorOf(`${path}.type`)}
      />
      <OptionalLocalTextFields
        path={`${path}.name`}
        label={t('fields.name')}
        maxLength={200}
        value={value.name}
        onChange={(name) => onChange({ ...value, name })}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextField {...text('url')} type="url" required={digital} />
        <TextField {...text('address')} required={value.type === 'office' || value.type === 'post'} maxLength={300} />
        <TextField {...text('phone')} type="tel" required={value.type === 'phone'} maxLength={40} />
        <TextField {...text('email')} type="email" required={value.type === 'email'} />
        <TextField
          {...text('processingTime')}
          description={duration ? t('editor.durationMeans', { duration }) : t('editor.durationHint')}
        />
        {digital && (
          <Select
            id={fieldId(`${path}.wcagLevel`)}
            label={t('fields.wcagLevel')}
            placeholder={t('editor.noneChosen')}
            data={WcagLevel.options.map((level) => ({ value: level, label: t(`wcagLevel.${level}`) }))}
            value={value.wcagLevel}
            onChange={(level) => onChange({ ...value, wcagLevel: WcagLevel.safeParse(level).data ?? null })}
            clearable
            error={fields.errorOf(`${path}.wcagLevel`)}
          />
        )}
      </SimpleGrid>
      <OptionalLocalTextFields
        path={`${path}.openingHours`}
        label={t('fields.openingHours')}
        maxLength={500}
        value={value.openingHours}
        onChange={(openingHours) => onChange({ ...value, openingHours })}
      />
      {value.type === 'office' && (
        <OptionalLocalTextFields
          path={`${path}.physicalAccessibility`}
          label={t('fields.physicalAccessibility')}
          multiline
          maxLength={1000}
          value={value.physicalAccessibility}
          onChange={(physicalAccessibility) => onChange({ ...value, physicalAccessibility })}
        />
      )}
    </>
  );
}

export function CostFields({ value, onChange, path, channels }: ItemProps<Cost> & { channels: readonly Channel[] }) {
  const { t } = useTranslation('portfolio');
  const language = useLanguage();
  const fields = useEditorFields();
  const amountPath = `${path}.amount`;
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          id={fieldId(`${path}.kind`)}
          label={t('fields.kind')}
          data={CostKind.options.map((kind) => ({ value: kind, label: t(`costKind.${kind}`) }))}
          value={value.kind}
          onChange={(kind) => {
            const parsed = CostKind.safeParse(kind);
            if (parsed.success) onChange(withCostKind(value, parsed.data));
          }}
          allowDeselect={false}
          required
          error={fields.errorOf(`${path}.kind`)}
        />
        {value.kind === 'free' ? (
          <Text size="sm" pt={{ sm: 28 }}>
            {t('editor.amountFree')}
          </Text>
        ) : (
          <NumberInput
            id={fieldId(amountPath)}
            name={amountPath}
            label={t('fields.amount')}
            required
            min={0}
            decimalScale={2}
            decimalSeparator={language === 'lv' ? ',' : '.'}
            allowedDecimalSeparators={['.', ',']}
            allowNegative={false}
            hideControls
            value={Number.isNaN(value.amount) ? '' : value.amount}
            onChange={(amount) => {
              fields.touch(amountPath);
              onChange({ ...value, amount: typeof amount === 'number' ? amount : Number.NaN });
            }}
            onBlur={() => fields.touch(amountPath)}
            error={fields.errorOf(amountPath)}
          />
        )}
      </SimpleGrid>
      <OptionalLocalTextFields
        path={`${path}.description`}
        label={t('editor.descriptionLabel')}
        maxLength={500}
        value={value.description}
        onChange={(description) => onChange({ ...value, description })}
      />
      <MultiSelect
        id={fieldId(`${path}.channelIds`)}
        label={t('fields.channelIds')}
        placeholder={value.channelIds.length === 0 ? t('description.appliesToAll') : undefined}
        data={channels.map((channel) => ({
          value: channel.id,
          label: channelName(channel, language, t(`channelType.${channel.type}`)),
        }))}
        value={value.channelIds}
        onChange={(channelIds) => onChange({ ...value, channelIds })}
        clearable
        error={fields.errorOf(`${path}.channelIds`, { deep: true })}
      />
      <OptionalLocalTextFields
        path={`${path}.legalBasis`}
        label={t('fields.legalBasis')}
        maxLength={500}
        value={value.legalBasis}
        onChange={(legalBasis) => onChange({ ...value, legalBasis })}
      />
    </>
  );
}

export function NamedItemFields({ value, onChange, path }: ItemProps<NamedItem>) {
  const { t } = useTranslation('portfolio');
  return (
    <Stack gap="sm">
      <LocalTextFields
        path={`${path}.name`}
        label={t('fields.name')}
        maxLength={300}
        value={value.name}
        onChange={(name) => onChange({ ...value, name })}
      />
      <OptionalLocalTextFields
        path={`${path}.description`}
        label={t('editor.descriptionLabel')}
        multiline
        maxLength={2000}
        value={value.description}
        onChange={(description) => onChange({ ...value, description })}
      />
    </Stack>
  );
}

export function ContactPointFields({ value, onChange, path }: ItemProps<ContactPoint>) {
  const { t } = useTranslation('portfolio');
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextField
          path={`${path}.email`}
          label={t('fields.email')}
          type="email"
          value={value.email}
          onChange={(email) => onChange({ ...value, email })}
        />
        <TextField
          path={`${path}.phone`}
          label={t('fields.phone')}
          type="tel"
          maxLength={40}
          value={value.phone}
          onChange={(phone) => onChange({ ...value, phone })}
        />
        <TextField
          path={`${path}.url`}
          label={t('fields.url')}
          type="url"
          value={value.url}
          onChange={(url) => onChange({ ...value, url })}
        />
      </SimpleGrid>
      <OptionalLocalTextFields
        path={`${path}.openingHours`}
        label={t('fields.openingHours')}
        maxLength={500}
        value={value.openingHours}
        onChange={(openingHours) => onChange({ ...value, openingHours })}
      />
    </>
  );
}

export function ProviderFields({
  value,
  onChange,
  path,
  organisations,
}: ItemProps<Participation> & { organisations: readonly { id: string; name: string }[] }) {
  const { t } = useTranslation('portfolio');
  const fields = useEditorFields();
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          id={fieldId(`${path}.organisationId`)}
          label={t('fields.organisationId')}
          data={organisations.map(({ id, name }) => ({ value: id, label: name }))}
          value={value.organisationId || null}
          onChange={(organisationId) => {
            fields.touch(`${path}.organisationId`);
            onChange({ ...value, organisationId: organisationId ?? '' });
          }}
          searchable
          required
          error={fields.errorOf(`${path}.organisationId`)}
        />
        <Select
          id={fieldId(`${path}.role`)}
          label={t('fields.role')}
          data={ParticipationRole.options.map((role) => ({ value: role, label: t(`participationRole.${role}`) }))}
          value={value.role}
          onChange={(role) => onChange({ ...value, role: ParticipationRole.safeParse(role).data ?? value.role })}
          allowDeselect={false}
          required
          error={fields.errorOf(`${path}.role`)}
        />
      </SimpleGrid>
      <OptionalLocalTextFields
        path={`${path}.description`}
        label={t('editor.descriptionLabel')}
        maxLength={500}
        value={value.description}
        onChange={(description) => onChange({ ...value, description })}
      />
    </>
  );
}
