import {
  Alert,
  Anchor,
  Button,
  Group,
  List,
  MultiSelect,
  Paper,
  Stack,
  Switch,
  TagsInput,
  Text,
  Title,
} from '@mantine/core';
import { BUSINESS_EVENTS } from '@saimnieks/contracts/reference/business-events';
import type { CodeListEntry } from '@saimnieks/contracts/reference/code-list';
import { SERVICE_LANGUAGES } from '@saimnieks/contracts/reference/languages';
import { LIFE_EVENTS } from '@saimnieks/contracts/reference/life-events';
import { MUNICIPALITIES } from '@saimnieks/contracts/reference/municipalities';
import { THEMES } from '@saimnieks/contracts/reference/themes';
import {
  Audience,
  type DescriptionVersion,
  type Service,
  type ServiceDescriptionContent,
} from '@saimnieks/contracts/services';
import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useBlocker } from 'react-router';
import { ConfirmDialog } from '../../../../components/ui/confirm-dialog.tsx';
import { ProblemSummary } from '../../../../components/ui/problem-summary.tsx';
import { ApiProblem } from '../../../../lib/api.ts';
import { useLanguage } from '../../../../lib/i18n.ts';
import { useFormProblem } from '../../../../lib/use-form-problem.ts';
import { useSaveDraft, useSubmitDescription } from '../../api/change-description.ts';
import { descriptionQuery } from '../../api/get-description.ts';
import { useServiceChoices } from '../../api/list-services.ts';
import { changedFields } from '../../lib/changed-fields.ts';
import { type ContentIssue, contentIssues } from '../../lib/content-issues.ts';
import { newItem, withoutChannel } from '../../lib/draft-items.ts';
import { explainPortfolioProblem } from '../../lib/explain-problem.ts';
import { formatRigaTime } from '../../lib/riga-clock.ts';
import { useAutosave } from '../../lib/use-autosave.ts';
import { useContentTexts } from '../../lib/use-content-texts.ts';
import { portfolioPaths } from '../../paths.ts';
import { EditorFieldsContext, fieldId, useEditorFields } from './editor-context.tsx';
import {
  ChannelFields,
  ContactPointFields,
  CostFields,
  LegalActFields,
  NamedItemFields,
  ProviderFields,
} from './item-fields.tsx';
import { ListField } from './list-field.tsx';
import { MarkdownField } from './markdown-field.tsx';
import { SaveStatus } from './save-status.tsx';
import { LocalTextFields } from './text-fields.tsx';

type Content = ServiceDescriptionContent;

interface DraftEditorProps {
  service: Service;
  draft: DescriptionVersion;
  /** Organisations that may provide the service. */
  organisations: readonly { id: string; name: string }[];
  onSubmitted: (number: number) => void;
}

const SECTIONS = [
  'basics',
  'description',
  'classification',
  'coverage',
  'legal',
  'channels',
  'costs',
  'inputs',
  'outputs',
  'requirements',
  'rules',
  'contacts',
  'providers',
  'relations',
] as const;
type Section = (typeof SECTIONS)[number];

/** The field a path's error belongs to on screen: the path itself, or the nearest field or item around it. */
function focusField(path: string) {
  const parts = path.split('.');
  for (let length = parts.length; length > 0; length--) {
    const element = document.getElementById(fieldId(parts.slice(0, length).join('.')));
    if (!element) continue;
    const target = element.matches('input, textarea, button')
      ? element
      : element.querySelector<HTMLElement>('input:not([type=hidden]), textarea, button');
    target?.focus();
    return;
  }
}

/**
 * The editor of a draft description: every field of the CPSV-AP content, checked as one types with the contract's
 * own schema, saved by itself when typing pauses and the content follows the rules, then submitted for review.
 */
export function DraftEditor({ service, draft, organisations, onSubmitted }: DraftEditorProps) {
  const { t } = useTranslation('portfolio');
  const language = useLanguage();
  const texts = useContentTexts();
  const queryClient = useQueryClient();
  const saveDraft = useSaveDraft();
  const submit = useSubmitDescription();
  const problem = useFormProblem([], explainPortfolioProblem(t));
  const [content, setContent] = useState<Content>(draft.content);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [showAll, setShowAll] = useState(false);
  const errorListRef = useRef<HTMLDivElement>(null);
  const issues = useMemo(() => contentIssues(content), [content]);

  const autosave = useAutosave({
    draft,
    content,
    valid: issues.length === 0,
    save: (version, sending) =>
      saveDraft.mutateAsync({ serviceId: service.id, number: draft.number, version, content: sending }),
    loadLatest: () => queryClient.fetchQuery({ ...descriptionQuery(service.id, draft.number), staleTime: 0 }),
  });
  const { state } = autosave;

  // What the server refused beyond the schema (an organisation that does not exist) shows at its field too.
  const serverIssues = useMemo<ContentIssue[]>(
    () =>
      state.kind === 'failed' && state.problem instanceof ApiProblem
        ? state.problem.fieldErrors.map((error) => ({
            path: error.field.replace(/^content\./, ''),
            rule: error.rule,
            message: error.message,
          }))
        : [],
    [state],
  );
  const allIssues = useMemo(() => [...issues, ...serverIssues], [issues, serverIssues]);

  const touch = useCallback(
    (path: string) => setTouched((previous) => (previous.has(path) ? previous : new Set(previous).add(path))),
    [],
  );
  const fields = useMemo(
    () => ({
      touch,
      errorOf: (path: string, { deep = false } = {}) => {
        const within = (candidate: string) => candidate === path || (deep && candidate.startsWith(`${path}.`));
        const shown =
          showAll || [...touched].some((candidate) => candidate === path || candidate.startsWith(`${path}.`));
        const found = allIssues.filter((issue) => within(issue.path) && (shown || serverIssues.includes(issue)));
        return found.length > 0 ? found.map((issue) => texts.ruleText(issue.rule, issue.message)).join(' ') : undefined;
      },
    }),
    [touch, touched, showAll, allIssues, serverIssues, texts],
  );

  // What cannot be saved as it is would be lost by leaving: ask first, in the application and when the tab closes.
  const unsaveable = state.kind === 'invalid' || state.kind === 'failed' || state.kind === 'conflict';
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => unsaveable && currentLocation.pathname !== nextLocation.pathname,
  );
  useEffect(() => {
    if (state.kind === 'saved') return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [state.kind]);

  const revealErrors = () => {
    setShowAll(true);
    // The list renders with the flag; focus it once it is there.
    requestAnimationFrame(() => errorListRef.current?.focus());
  };

  const submitForReview = async () => {
    problem.clear();
    if (issues.length > 0) return revealErrors();
    const version = await autosave.flush();
    if (version === undefined) return;
    // Awaited rather than given callbacks: the page replaces the editor as soon as the version is in review.
    try {
      await submit.mutateAsync({ serviceId: service.id, number: draft.number, version });
      onSubmitted(draft.number);
    } catch (error) {
      problem.show(error);
    }
  };

  const set =
    <Key extends keyof Content>(key: Key) =>
    (value: Content[Key]) =>
      setContent((current) => ({ ...current, [key]: value }));
  const codeOptions = (list: readonly CodeListEntry[]) =>
    list.map((entry) => ({ value: entry.code, label: entry[language] }));
  const codes = <Code extends string>(list: readonly { code: Code }[], values: string[]) =>
    values.flatMap((value) => list.filter((entry) => entry.code === value).map((entry) => entry.code));

  const section = (key: Section, children: ReactNode) => (
    <Paper component="section" withBorder p="md" aria-labelledby={`section-${key}`} key={key}>
      <Title order={2} size="h3" id={`section-${key}`} mb="md">
        {t(`editor.sections.${key}`)}
      </Title>
      <Stack gap="md">{children}</Stack>
    </Paper>
  );

  return (
    <EditorFieldsContext.Provider value={fields}>
      <Stack gap="lg">
        <Paper
          withBorder
          p="sm"
          shadow="xs"
          style={{ position: 'sticky', top: 'calc(var(--app-shell-header-height, 64px) + 8px)', zIndex: 2 }}
        >
          <Group justify="space-between" gap="sm">
            <SaveStatus
              state={state}
              errorCount={issues.length}
              onShowErrors={revealErrors}
              onRetry={() => void autosave.flush()}
            />
            <Group gap="sm">
              <Button variant="default" component={Link} to={portfolioPaths.service(service.id)}>
                {t('editor.backToService')}
              </Button>
              <Button
                onClick={() => void submitForReview()}
                loading={submit.isPending || state.kind === 'saving'}
                disabled={state.kind === 'conflict' || state.kind === 'closed'}
              >
                {t('editor.submit')}
              </Button>
            </Group>
          </Group>
          {/* In the bar that stays on screen: the decision is needed wherever the author is in the form. */}
          {state.kind === 'conflict' && (
            <Alert mt="sm" color="orange" variant="light" role="alert" title={t('editor.conflictTitle')}>
              <Stack gap="xs">
                <Text size="sm">
                  {t('editor.conflictText', {
                    time: state.latest ? formatRigaTime(state.latest.updatedAt, language) : '',
                  })}
                </Text>
                {state.latest && (
                  <Text size="sm">
                    {t('editor.conflictFields', {
                      fields: changedFields(content, state.latest.content).map(texts.labelOf).join(', '),
                    })}
                  </Text>
                )}
                <Group gap="sm">
                  <Button size="compact-sm" onClick={autosave.keepMine}>
                    {t('editor.keepMine')}
                  </Button>
                  <Button
                    size="compact-sm"
                    variant="default"
                    onClick={() => {
                      const theirs = autosave.takeTheirs();
                      if (theirs) setContent(theirs);
                    }}
                  >
                    {t('editor.takeTheirs')}
                  </Button>
                </Group>
              </Stack>
            </Alert>
          )}
          {state.kind === 'closed' && (
            <Alert mt="sm" color="orange" variant="light" role="alert" title={t('editor.closedTitle')}>
              <Text size="sm">
                {t('editor.closedText', { status: state.status ? t(`descriptionStatus.${state.status}`) : '' })}
              </Text>
              <Anchor
                component={Link}
                to={portfolioPaths.service(service.id)}
                size="sm"
                c="orange.9"
                underline="always"
              >
                {t('editor.backToService')}
              </Anchor>
            </Alert>
          )}
        </Paper>

        <ProblemSummary problem={problem} />
        <ConfirmDialog
          opened={blocker.state === 'blocked'}
          title={t('editor.leaveTitle')}
          confirmLabel={t('editor.leave')}
          danger
          onConfirm={() => blocker.proceed?.()}
          onClose={() => blocker.reset?.()}
        >
          {t('editor.leaveText')}
        </ConfirmDialog>
        {showAll && allIssues.length > 0 && (
          <Alert ref={errorListRef} tabIndex={-1} color="red" variant="light" title={t('editor.errorsTitle')}>
            <List size="sm">
              {allIssues.map((issue) => (
                <List.Item key={`${issue.path}-${issue.rule}`}>
                  <Anchor
                    href={`#${fieldId(issue.path)}`}
                    size="sm"
                    c="red.9"
                    underline="always"
                    onClick={(event) => {
                      event.preventDefault();
                      focusField(issue.path);
                    }}
                  >
                    {texts.labelOf(issue.path)}
                  </Anchor>
                  : {texts.ruleText(issue.rule, issue.message)}
                </List.Item>
              ))}
            </List>
          </Alert>
        )}

        <nav aria-labelledby="editor-contents">
          <Text id="editor-contents" size="sm" fw={500} mb={4}>
            {t('editor.contents')}
          </Text>
          <Group gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {SECTIONS.map((key) => (
              <li key={key}>
                <Anchor href={`#section-${key}`} size="sm">
                  {t(`editor.sections.${key}`)}
                </Anchor>
              </li>
            ))}
          </Group>
        </nav>

        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void submitForReview();
          }}
          aria-label={t('editor.contents')}
        >
          <Stack gap="lg">
            {section(
              'basics',
              <>
                <LocalTextFields
                  path="title"
                  label={t('fields.title')}
                  maxLength={300}
                  value={content.title}
                  onChange={set('title')}
                />
                <LocalTextFields
                  path="shortDescription"
                  label={t('fields.shortDescription')}
                  multiline
                  maxLength={1000}
                  value={content.shortDescription}
                  onChange={set('shortDescription')}
                />
              </>,
            )}
            {section(
              'description',
              <>
                <MarkdownField
                  path="description.lv"
                  label={`${t('fields.description')} ${t('fields.lv')}`}
                  lang="lv"
                  value={content.description.lv}
                  onChange={(lv) => set('description')({ ...content.description, lv })}
                />
                <MarkdownField
                  path="description.en"
                  label={`${t('fields.description')} ${t('fields.en')}`}
                  lang="en"
                  value={content.description.en ?? ''}
                  onChange={(en) => set('description')({ ...content.description, en: en === '' ? null : en })}
                />
              </>,
            )}
            {section(
              'classification',
              <>
                <CodeSelect
                  path="audience"
                  label={t('fields.audience')}
                  data={Audience.options.map((value) => ({ value, label: t(`audience.${value}`) }))}
                  value={content.audience}
                  onChange={(values) =>
                    set('audience')(values.flatMap((value) => Audience.safeParse(value).data ?? []))
                  }
                />
                <CodeSelect
                  path="lifeEvents"
                  label={t('fields.lifeEvents')}
                  data={codeOptions(LIFE_EVENTS)}
                  value={content.lifeEvents}
                  onChange={(values) => set('lifeEvents')(codes(LIFE_EVENTS, values))}
                />
                <CodeSelect
                  path="businessEvents"
                  label={t('fields.businessEvents')}
                  data={codeOptions(BUSINESS_EVENTS)}
                  value={content.businessEvents}
                  onChange={(values) => set('businessEvents')(codes(BUSINESS_EVENTS, values))}
                />
                <CodeSelect
                  path="themes"
                  label={t('fields.themes')}
                  data={codeOptions(THEMES)}
                  value={content.themes}
                  onChange={(values) => set('themes')(codes(THEMES, values))}
                />
                <KeywordsInput
                  path="keywords.lv"
                  label={`${t('fields.keywords')} ${t('fields.lv')}`}
                  value={content.keywords.lv}
                  onChange={(lv) => set('keywords')({ ...content.keywords, lv })}
                />
                <KeywordsInput
                  path="keywords.en"
                  label={`${t('fields.keywords')} ${t('fields.en')}`}
                  value={content.keywords.en}
                  onChange={(en) => set('keywords')({ ...content.keywords, en })}
                />
              </>,
            )}
            {section(
              'coverage',
              <>
                <CodeSelect
                  path="languages"
                  label={t('fields.languages')}
                  data={codeOptions(SERVICE_LANGUAGES)}
                  value={content.languages}
                  onChange={(values) => set('languages')(codes(SERVICE_LANGUAGES, values))}
                />
                <Switch
                  label={t('editor.nationwide')}
                  checked={content.spatialCoverage.nationwide}
                  onChange={(event) =>
                    set('spatialCoverage')({
                      nationwide: event.currentTarget.checked,
                      municipalities: event.currentTarget.checked ? [] : content.spatialCoverage.municipalities,
                    })
                  }
                />
                {!content.spatialCoverage.nationwide && (
                  <CodeSelect
                    path="spatialCoverage.municipalities"
                    label={t('fields.municipalities')}
                    data={codeOptions(MUNICIPALITIES)}
                    value={content.spatialCoverage.municipalities}
                    onChange={(values) =>
                      set('spatialCoverage')({ nationwide: false, municipalities: codes(MUNICIPALITIES, values) })
                    }
                  />
                )}
              </>,
            )}
            {section(
              'legal',
              <ListField
                path="legalBasis"
                itemName={(number) => t('editor.items.legalBasis', { number })}
                addLabel={t('editor.addItem.legalBasis')}
                items={content.legalBasis}
                onChange={set('legalBasis')}
                newItem={newItem.legalBasis}
                renderItem={(item, change, path) => <LegalActFields value={item} onChange={change} path={path} />}
              />,
            )}
            {section(
              'channels',
              <ListField
                path="channels"
                itemName={(number) => t('editor.items.channels', { number })}
                addLabel={t('editor.addItem.channels')}
                items={content.channels}
                onChange={set('channels')}
                newItem={newItem.channels}
                onRemove={(index) => {
                  const removed = content.channels[index];
                  if (removed) setContent((current) => withoutChannel(current, removed.id));
                }}
                keyOf={(channel) => channel.id}
                renderItem={(item, change, path) => <ChannelFields value={item} onChange={change} path={path} />}
              />,
            )}
            {section(
              'costs',
              <ListField
                path="costs"
                itemName={(number) => t('editor.items.costs', { number })}
                addLabel={t('editor.addItem.costs')}
                items={content.costs}
                onChange={set('costs')}
                newItem={newItem.costs}
                renderItem={(item, change, path) => (
                  <CostFields value={item} onChange={change} path={path} channels={content.channels} />
                )}
              />,
            )}
            {(['inputs', 'outputs', 'requirements', 'rules'] as const).map((key) =>
              section(
                key,
                <ListField
                  path={key}
                  itemName={(number) => t(`editor.items.${key}`, { number })}
                  addLabel={t(`editor.addItem.${key}`)}
                  items={content[key]}
                  onChange={set(key)}
                  newItem={newItem.namedItem}
                  renderItem={(item, change, path) => <NamedItemFields value={item} onChange={change} path={path} />}
                />,
              ),
            )}
            {section(
              'contacts',
              <ListField
                path="contactPoints"
                itemName={(number) => t('editor.items.contactPoints', { number })}
                addLabel={t('editor.addItem.contactPoints')}
                items={content.contactPoints}
                onChange={set('contactPoints')}
                newItem={newItem.contactPoints}
                renderItem={(item, change, path) => <ContactPointFields value={item} onChange={change} path={path} />}
              />,
            )}
            {section(
              'providers',
              <ListField
                path="providers"
                itemName={(number) => t('editor.items.providers', { number })}
                addLabel={t('editor.addItem.providers')}
                items={content.providers}
                onChange={set('providers')}
                newItem={newItem.providers}
                renderItem={(item, change, path) => (
                  <ProviderFields value={item} onChange={change} path={path} organisations={organisations} />
                )}
              />,
            )}
            {section(
              'relations',
              <RelatedServices
                serviceId={service.id}
                related={content.relatedServices}
                required={content.requiredServices}
                onRelated={set('relatedServices')}
                onRequired={set('requiredServices')}
              />,
            )}
          </Stack>
        </form>
      </Stack>
    </EditorFieldsContext.Provider>
  );
}

interface CodeSelectProps {
  path: string;
  label: string;
  data: { value: string; label: string }[];
  value: readonly string[];
  onChange: (values: string[]) => void;
}

/** Several codes of a reference list, found by typing part of their name. */
function CodeSelect({ path, label, data, value, onChange }: CodeSelectProps) {
  const { t } = useTranslation('portfolio');
  const fields = useEditorFieldsOf(path);
  return (
    <MultiSelect
      id={fieldId(path)}
      label={label}
      placeholder={value.length === 0 ? t('editor.choose') : undefined}
      data={data}
      value={[...value]}
      onChange={(values) => {
        fields.touch();
        onChange(values);
      }}
      searchable
      clearable
      hidePickedOptions
      error={fields.error}
    />
  );
}

function KeywordsInput({ path, label, value, onChange }: Omit<CodeSelectProps, 'data'>) {
  const { t } = useTranslation('portfolio');
  const fields = useEditorFieldsOf(path);
  return (
    <TagsInput
      id={fieldId(path)}
      label={label}
      description={t('editor.keywordsHint')}
      value={[...value]}
      onChange={(values) => {
        fields.touch();
        onChange(values);
      }}
      maxTags={50}
      clearable
      error={fields.error}
    />
  );
}

function useEditorFieldsOf(path: string) {
  const fields = useEditorFields();
  return { touch: () => fields.touch(path), error: fields.errorOf(path, { deep: true }) };
}

interface RelatedServicesProps {
  serviceId: string;
  related: readonly string[];
  required: readonly string[];
  onRelated: (ids: string[]) => void;
  onRequired: (ids: string[]) => void;
}

function RelatedServices({ serviceId, related, required, onRelated, onRequired }: RelatedServicesProps) {
  const { t } = useTranslation('portfolio');
  const choices = useServiceChoices()
    .filter((service) => service.id !== serviceId)
    .map((service) => ({
      value: service.id,
      label: t('editor.serviceOption', { identifier: service.identifier, title: service.title }),
    }));
  return (
    <>
      <CodeSelect
        path="relatedServices"
        label={t('fields.relatedServices')}
        data={choices}
        value={related}
        onChange={onRelated}
      />
      <CodeSelect
        path="requiredServices"
        label={t('fields.requiredServices')}
        data={choices}
        value={required}
        onChange={onRequired}
      />
    </>
  );
}
