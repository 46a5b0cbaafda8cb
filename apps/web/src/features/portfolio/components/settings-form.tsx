import { Button, Checkbox, Fieldset, Group, NumberInput, Stack, Table, Text, Title } from '@mantine/core';
import {
  type CatalogueSettings,
  CatalogueSettingsUpdate,
  GateRule,
  type ManagementDegree,
  STAGES,
} from '@saimnieks/contracts/services';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DoneMessage } from '../../../components/ui/done-message.tsx';
import { ProblemSummary } from '../../../components/ui/problem-summary.tsx';
import { ApiProblem } from '../../../lib/api.ts';
import { useFormProblem } from '../../../lib/use-form-problem.ts';
import { useUpdatePortfolioSettings } from '../api/change-settings.ts';
import { portfolioSettingsQuery } from '../api/get-settings.ts';
import { schemaIssues } from '../lib/content-issues.ts';
import { explainPortfolioProblem } from '../lib/explain-problem.ts';
import { useContentTexts } from '../lib/use-content-texts.ts';
import { EditorFieldsContext } from './editor/editor-context.tsx';
import { ListField } from './editor/list-field.tsx';
import { LocalTextFields, OptionalLocalTextFields, TextField } from './editor/text-fields.tsx';

interface SettingsFormProps {
  settings: CatalogueSettings & { version: number };
  /** Only the state lead institution changes the rules; everyone else sees them. */
  editable: boolean;
}

const newDegree = (): ManagementDegree => ({ code: '', names: { lv: '', en: null }, description: null });

/**
 * The portfolio's rules: which gates each stage demands, after how long a published one
 * is due for review, and the management degrees. Saved as one change with its version.
 */
export function SettingsForm({ settings, editable }: SettingsFormProps) {
  const { t } = useTranslation('portfolio');
  const texts = useContentTexts();
  const queryClient = useQueryClient();
  const update = useUpdatePortfolioSettings();
  const [values, setValues] = useState<CatalogueSettings>(settings);
  const [version, setVersion] = useState(settings.version);
  const [saved, setSaved] = useState<number>();
  const degreeFields = values.managementDegrees.flatMap((_, index) =>
    ['code', 'names.lv', 'names.en', 'description.lv', 'description.en'].map(
      (field) => `managementDegrees.${index}.${field}`,
    ),
  );
  const problem = useFormProblem(
    ['gates', 'reviewIntervalMonths', 'managementDegrees', ...degreeFields],
    (answer) => (answer.code === 'stale-version' ? t('settings.stale') : explainPortfolioProblem(t)(answer)),
    texts.fieldText,
  );
  const fields = { errorOf: (path: string) => problem.fieldError(path), touch: () => undefined };

  const toggleGate = (stage: (typeof STAGES)[number], gate: GateRule, on: boolean) =>
    setValues((current) => ({
      ...current,
      gates: {
        ...current.gates,
        // In the order of the rules, whatever order they were ticked in.
        [stage]: GateRule.options.filter((rule) => (rule === gate ? on : current.gates[stage].includes(rule))),
      },
    }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(undefined);
    const body = { ...values, version };
    const issues = schemaIssues(CatalogueSettingsUpdate, body);
    if (issues.length > 0) {
      return problem.showFields(
        Object.fromEntries(issues.map((issue) => [issue.path, texts.ruleText(issue.rule, issue.message)])),
      );
    }
    problem.clear();
    update.mutate(CatalogueSettingsUpdate.parse(body), {
      onSuccess: (answer) => {
        setVersion(answer.version);
        setSaved(answer.version);
      },
      onError: (error) => {
        problem.show(error);
        // Somebody else saved meanwhile: what is typed stays, and saving again saves it over theirs.
        if (error instanceof ApiProblem && error.code === 'stale-version') {
          void queryClient
            .fetchQuery({ ...portfolioSettingsQuery, staleTime: 0 })
            .then((latest) => setVersion(latest.version));
        }
      },
    });
  };

  return (
    <EditorFieldsContext.Provider value={fields}>
      <form ref={problem.formRef} onSubmit={submit} noValidate aria-label={t('settings.title')}>
        <Stack gap="xl">
          {!editable && <Text c="dimmed">{t('settings.readOnly')}</Text>}
          <ProblemSummary problem={problem} />
          <Fieldset variant="unstyled" disabled={!editable}>
            <Stack gap="xl">
              <section aria-labelledby="settings-gates">
                <Title order={2} size="h3" id="settings-gates">
                  {t('settings.gates')}
                </Title>
                <Text size="sm" mb="sm">
                  {t('settings.gatesLead')}
                </Text>
                <Table.ScrollContainer minWidth={860}>
                  <Table withTableBorder withColumnBorders>
                    <Table.Caption>{t('settings.gatesCaption')}</Table.Caption>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th scope="col">{t('settings.gateColumn')}</Table.Th>
                        {STAGES.map((stage) => (
                          <Table.Th scope="col" key={stage} ta="center">
                            {t(`stage.${stage}`)}
                          </Table.Th>
                        ))}
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {GateRule.options.map((gate) => (
                        <Table.Tr key={gate}>
                          <Table.Th scope="row" fw={400}>
                            {t(`gate.${gate}`)}
                          </Table.Th>
                          {STAGES.map((stage) => (
                            <Table.Td key={stage}>
                              <Checkbox
                                mx="auto"
                                w="fit-content"
                                aria-label={t('settings.gateCell', {
                                  gate: t(`gate.${gate}`),
                                  stage: t(`stage.${stage}`),
                                })}
                                checked={values.gates[stage].includes(gate)}
                                onChange={(event) => toggleGate(stage, gate, event.currentTarget.checked)}
                              />
                            </Table.Td>
                          ))}
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              </section>
              <NumberInput
                label={t('settings.reviewInterval')}
                description={t('settings.reviewIntervalHint')}
                min={1}
                max={60}
                allowDecimal={false}
                allowNegative={false}
                w={{ base: '100%', xs: 320 }}
                value={values.reviewIntervalMonths}
                onChange={(months) =>
                  setValues((current) => ({
                    ...current,
                    reviewIntervalMonths: typeof months === 'number' ? months : 0,
                  }))
                }
                error={problem.fieldError('reviewIntervalMonths')}
              />
              <section aria-labelledby="settings-degrees">
                <Title order={2} size="h3" id="settings-degrees">
                  {t('settings.degrees')}
                </Title>
                <Text size="sm" mb="sm">
                  {t('settings.degreesLead')}
                </Text>
                <ListField
                  path="managementDegrees"
                  itemName={(number) => t('editor.items.managementDegrees', { number })}
                  addLabel={t('editor.addItem.managementDegrees')}
                  items={values.managementDegrees}
                  onChange={(managementDegrees) => setValues((current) => ({ ...current, managementDegrees }))}
                  newItem={newDegree}
                  renderItem={(degree, change, path) => (
                    <Stack gap="sm">
                      <TextField
                        path={`${path}.code`}
                        label={t('settings.code')}
                        description={t('settings.codeHint')}
                        required
                        maxLength={30}
                        value={degree.code}
                        onChange={(code) => change({ ...degree, code: code ?? '' })}
                      />
                      <LocalTextFields
                        path={`${path}.names`}
                        label={t('fields.name')}
                        maxLength={100}
                        value={degree.names}
                        onChange={(names) => change({ ...degree, names })}
                      />
                      <OptionalLocalTextFields
                        path={`${path}.description`}
                        label={t('editor.descriptionLabel')}
                        multiline
                        maxLength={1000}
                        value={degree.description}
                        onChange={(description) => change({ ...degree, description })}
                      />
                    </Stack>
                  )}
                />
              </section>
            </Stack>
          </Fieldset>
          <DoneMessage>{saved ? t('settings.saved', { version: saved }) : undefined}</DoneMessage>
          {editable && (
            <Group>
              <Button type="submit" loading={update.isPending}>
                {t('settings.save')}
              </Button>
            </Group>
          )}
        </Stack>
      </form>
    </EditorFieldsContext.Provider>
  );
}
