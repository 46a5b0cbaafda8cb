import { Alert, Button, Group, Stack, Text, Textarea, Title, VisuallyHidden } from '@mantine/core';
import type { RoleCode } from '@saimnieks/contracts/auth';
import type { ResponsibilityMatrix } from '@saimnieks/contracts/responsibilities';
import { type FormEvent, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DoneMessage } from '../../../components/ui/done-message.tsx';
import { Fact } from '../../../components/ui/fact.tsx';
import { ProblemSummary } from '../../../components/ui/problem-summary.tsx';
import type { ApiProblem } from '../../../lib/api.ts';
import { formatInstant } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { useFormProblem } from '../../../lib/use-form-problem.ts';
import { useEditResponsibilities } from '../api/edit-responsibilities.ts';
import {
  applyChanges,
  CELL_VALUES,
  type CellValue,
  cellKey,
  cellsOf,
  effectiveChanges,
  entriesOf,
  ruleBreaches,
  taskCodeIn,
  withChange,
} from '../lib/matrix.ts';
import classes from './matrix-editor.module.css';

interface MatrixEditorProps {
  matrix: ResponsibilityMatrix;
  tasks: readonly { code: string; name: string; group: string }[];
  taskGroups: readonly { code: string; name: string }[];
  roles: readonly { code: RoleCode; name: string }[];
  /** R01 and the administrator edit; everyone else reads. */
  editable: boolean;
}

/**
 * The 32 tasks × 10 roles. Each cell is a native select (light enough for 320 of them, and named by its task's
 * row header and its role's column header); changed cells are marked, the matrix's rules are checked while
 * editing, and saving makes a new version.
 */
export function MatrixEditor({ matrix, tasks, taskGroups, roles, editable }: MatrixEditorProps) {
  const { t } = useTranslation('responsibilities');
  const language = useLanguage();
  const edit = useEditResponsibilities();
  const saved = useMemo(() => cellsOf(matrix.entries), [matrix]);
  const [pending, setPending] = useState<ReadonlyMap<string, CellValue>>(new Map());
  const [note, setNote] = useState('');
  const [message, setMessage] = useState<string>();
  const versionRef = useRef<HTMLHeadingElement>(null);
  const [focusVersion, setFocusVersion] = useState(false);
  const changes = useMemo(() => effectiveChanges(pending, saved), [pending, saved]);
  const cells = useMemo(() => applyChanges(saved, changes), [saved, changes]);
  const taskCodes = tasks.map(({ code }) => code);
  const roleCodes = roles.map(({ code }) => code);
  const breaches = ruleBreaches(cells, taskCodes, roleCodes);
  const problem = useFormProblem(
    ['note'],
    (found: ApiProblem) => (found.code === 'stale-version' ? t('save.staleVersion') : undefined),
    // The rules name no field but the whole matrix; the task is in the message.
    (error) => {
      const task = taskCodeIn(error.message);
      return (error.rule === 'no_performer' || error.rule === 'several_approvers') && task
        ? `${task}: ${t(`rules.${error.rule}`)}`
        : undefined;
    },
  );

  useEffect(() => {
    if (!focusVersion) return;
    versionRef.current?.focus();
    setFocusVersion(false);
  }, [focusVersion]);

  const change = (key: string, value: CellValue) => {
    setMessage(undefined);
    setPending((current) => withChange(current, saved, key, value));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    problem.clear();
    edit.mutate(
      { baseVersion: matrix.version, note: note.trim() || null, entries: entriesOf(cells, taskCodes, roleCodes) },
      {
        onSuccess: (next) => {
          setPending(new Map());
          setNote('');
          setMessage(t('save.saved', { version: next.version }));
          setFocusVersion(true);
        },
        onError: problem.show,
      },
    );
  };

  const letter = (value: CellValue) => t(`letters.${value}`);
  const word = (value: CellValue) => t(`legend.${value}`);
  const columns = roles.length + 1;

  return (
    <Stack gap="lg">
      <DoneMessage>{message}</DoneMessage>
      <section aria-labelledby="matrix-version">
        <Title order={2} size="h3" id="matrix-version" ref={versionRef} tabIndex={-1} mb="xs">
          {t('version.title', { version: matrix.version })}
        </Title>
        <Group component="dl" gap="xl" m={0}>
          <Fact term={t('version.createdAt')}>{formatInstant(matrix.createdAt, language)}</Fact>
          <Fact term={t('version.createdBy')}>{matrix.createdBy}</Fact>
          <Fact term={t('version.note')}>{matrix.note ?? t('version.noNote')}</Fact>
        </Group>
      </section>
      {!editable && (
        <Alert color="blue" variant="light" role="note">
          {t('readOnly')}
        </Alert>
      )}
      <section aria-labelledby="matrix-legend">
        <Title order={2} size="h4" id="matrix-legend" mb={4}>
          {t('legend.title')}
        </Title>
        <Group component="ul" gap="lg" m={0} p={0} style={{ listStyle: 'none' }}>
          {CELL_VALUES.map((value) => (
            <li key={value}>
              <Text span fw={700}>
                {letter(value)}
              </Text>{' '}
              {word(value)}
            </li>
          ))}
        </Group>
      </section>
      {breaches.size > 0 && editable && (
        <Alert color="red" variant="light" title={t('rules.summary', { count: breaches.size })} />
      )}
      <div style={{ overflowX: 'auto' }}>
        <table className={classes.table}>
          <caption style={{ textAlign: 'left', captionSide: 'top', paddingBottom: 8 }}>{t('table.caption')}</caption>
          <thead>
            <tr>
              <th scope="col" className={classes.taskHeader}>
                {t('table.task')}
              </th>
              {roles.map((role) => (
                <th key={role.code} scope="col" id={`matrix-role-${role.code}`} className={classes.roleHeader}>
                  <abbr title={role.name}>{role.code}</abbr>
                  <VisuallyHidden> {role.name}</VisuallyHidden>
                </th>
              ))}
            </tr>
          </thead>
          {taskGroups.map((group) => (
            <tbody key={group.code}>
              <tr>
                <th scope="rowgroup" colSpan={columns} className={classes.groupHeader}>
                  {group.code} · {group.name}
                </th>
              </tr>
              {tasks
                .filter((task) => task.group === group.code)
                .map((task) => {
                  const rules = breaches.get(task.code) ?? [];
                  const errorId = `matrix-error-${task.code}`;
                  return (
                    <tr key={task.code}>
                      <th scope="row" className={classes.taskHeader} id={`matrix-task-${task.code}`}>
                        <Text span fw={700} size="sm">
                          {task.code}
                        </Text>{' '}
                        <Text span size="sm">
                          {task.name}
                        </Text>
                        {editable && rules.length > 0 && (
                          <div id={errorId} className={classes.rowError}>
                            {rules.map((rule) => t(`rules.${rule}`)).join(' ')}
                          </div>
                        )}
                      </th>
                      {roles.map((role) => {
                        const key = cellKey(task.code, role.code);
                        const value: CellValue = cells.get(key) ?? 'none';
                        const changed = changes.has(key) || undefined;
                        return (
                          <td key={role.code} className={classes.cell} data-changed={changed}>
                            {editable ? (
                              <select
                                className={classes.select}
                                value={value}
                                onChange={(event) => change(key, event.currentTarget.value as CellValue)}
                                aria-labelledby={`matrix-task-${task.code} matrix-role-${role.code}`}
                                aria-describedby={rules.length > 0 ? errorId : undefined}
                                aria-invalid={rules.length > 0 || undefined}
                                data-changed={changed}
                                disabled={edit.isPending}
                              >
                                {CELL_VALUES.map((option) => (
                                  <option key={option} value={option} aria-label={word(option)}>
                                    {letter(option)}
                                  </option>
                                ))}
                              </select>
                            ) : (
                              <abbr title={word(value)} className={classes.value}>
                                {letter(value)}
                              </abbr>
                            )}
                          </td>
                        );
                      })}
                    </tr>
                  );
                })}
            </tbody>
          ))}
        </table>
      </div>
      {editable && (
        <form ref={problem.formRef} onSubmit={submit} noValidate aria-labelledby="matrix-save">
          <Stack maw={640}>
            <Title order={2} size="h3" id="matrix-save">
              {t('save.title')}
            </Title>
            <ProblemSummary problem={problem} />
            <Text aria-live="polite">
              {changes.size > 0 ? t('save.changes', { count: changes.size }) : t('save.noChanges')}
            </Text>
            <Textarea
              label={t('save.note')}
              description={t('save.noteHint')}
              autosize
              minRows={2}
              maxLength={1000}
              value={note}
              onChange={(event) => setNote(event.currentTarget.value)}
              error={problem.fieldError('note')}
            />
            <Group>
              <Button type="submit" loading={edit.isPending} disabled={changes.size === 0 || breaches.size > 0}>
                {t('save.submit')}
              </Button>
              <Button
                variant="default"
                onClick={() => {
                  setPending(new Map());
                  problem.clear();
                }}
                disabled={changes.size === 0 || edit.isPending}
              >
                {t('save.discard')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
