import { Button, Group, Radio, Select, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { RoleCode } from '@saimnieks/contracts/auth';
import type { OrganisationKind } from '@saimnieks/contracts/organisations';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ServicePicker } from '../../../components/service-picker.tsx';
import { LiveRegion } from '../../../components/ui/live-region.tsx';
import { ProblemSummary } from '../../../components/ui/problem-summary.tsx';
import { ApiProblem } from '../../../lib/api.ts';
import { todayInRiga } from '../../../lib/riga-time.ts';
import { useFormProblem } from '../../../lib/use-form-problem.ts';
import { useAssignRole } from '../api/change-role-assignment.ts';
import { type PlannedAssignment, useRoleCompatibility } from '../api/check-role-compatibility.ts';
import { rolesAwaitingScopes, rolesForOrganisationKind, rolesForServices } from '../lib/assignable-roles.ts';
import { CompatibilityWarnings } from './compatibility-warnings.tsx';

export interface ScopeChoice {
  id: string;
  name: string;
  kind: OrganisationKind;
}

interface AssignRoleFormProps {
  personId: string;
  /** Active organisations the signed-in person may see. */
  organisations: readonly ScopeChoice[];
  roleName: (code: string) => string;
  onAssigned: (roleCode: RoleCode) => void;
}

const FIELDS = ['scopeKind', 'scopeId', 'roleCode', 'validFrom', 'validUntil', 'justification'];

/** Where a role can be held so far: resources come later. */
type AvailableScopeKind = 'organisation' | 'service';

/**
 * Assigns a role at an organisation or a service. Only the roles held at the chosen place are offered; the
 * compatibility check runs as soon as role and place are chosen, so a conflict is seen before saving, and a
 * justification is asked for only when a rule requires one.
 */
export function AssignRoleForm({ personId, organisations, roleName, onAssigned }: AssignRoleFormProps) {
  const { t } = useTranslation('roles');
  const assign = useAssignRole();
  const [scopeKind, setScopeKind] = useState<AvailableScopeKind>('organisation');
  const [organisationId, setOrganisationId] = useState<string | null>(null);
  const [serviceId, setServiceId] = useState<string | null>(null);
  const [roleCode, setRoleCode] = useState<RoleCode | null>(null);
  const [validFrom, setValidFrom] = useState('');
  const [validUntil, setValidUntil] = useState('');
  const [justification, setJustification] = useState('');
  const problem = useFormProblem(FIELDS, explainRoleProblem(t));

  const rolesAt = (kind: AvailableScopeKind, id: string | null | undefined) => {
    if (!id) return [];
    if (kind === 'service') return rolesForServices();
    const organisation = organisations.find((candidate) => candidate.id === id);
    return organisation ? rolesForOrganisationKind(organisation.kind) : [];
  };
  const scopeId = scopeKind === 'service' ? serviceId : organisationId;
  const roles = rolesAt(scopeKind, scopeId);
  // A role that fits the new place stays chosen; the only one that fits is chosen for the person.
  const keepFitting = (fitting: RoleCode[]) =>
    setRoleCode((current) =>
      current && fitting.includes(current) ? current : fitting.length === 1 ? (fitting[0] ?? null) : null,
    );
  const chooseOrganisation = (id: string | null) => {
    setOrganisationId(id);
    keepFitting(rolesAt('organisation', id));
  };
  const chooseService = (id: string | null) => {
    setServiceId(id);
    keepFitting(rolesAt('service', id));
  };
  const chooseScopeKind = (kind: string) => {
    const chosen: AvailableScopeKind = kind === 'service' ? 'service' : 'organisation';
    setScopeKind(chosen);
    keepFitting(rolesAt(chosen, chosen === 'service' ? serviceId : organisationId));
  };

  const planned: PlannedAssignment | undefined =
    scopeId && roleCode
      ? {
          personId,
          roleCode,
          scopeKind,
          scopeId,
          ...(validFrom ? { validFrom } : {}),
          ...(validUntil ? { validUntil } : {}),
        }
      : undefined;
  const [debounced] = useDebouncedValue(planned, 300);
  const check = useRoleCompatibility(debounced);
  const current = planned && debounced && JSON.stringify(planned) === JSON.stringify(debounced) ? check : undefined;
  // The server may find a conflict the check did not (another assignment made meanwhile).
  const [serverAskedJustification, setServerAskedJustification] = useState(false);
  const justificationNeeded = current?.data?.justificationRequired === true || serverAskedJustification;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const required = problem.requiredText;
    const missing = {
      ...(scopeId ? {} : { scopeId: required }),
      ...(roleCode ? {} : { roleCode: required }),
      ...(justificationNeeded && justification.trim() === '' ? { justification: required } : {}),
    };
    if (!scopeId || !roleCode || Object.keys(missing).length > 0) return problem.showFields(missing);
    problem.clear();
    assign.mutate(
      {
        personId,
        roleCode,
        scopeKind,
        scopeId,
        ...(validFrom ? { validFrom } : {}),
        ...(validUntil ? { validUntil } : {}),
        ...(justification.trim() ? { justification: justification.trim() } : {}),
      },
      {
        onSuccess: () => {
          setRoleCode(null);
          setOrganisationId(null);
          setServiceId(null);
          setValidFrom('');
          setValidUntil('');
          setJustification('');
          setServerAskedJustification(false);
          onAssigned(roleCode);
        },
        onError: (error) => {
          if (error instanceof ApiProblem && error.code === 'justification-required') setServerAskedJustification(true);
          problem.show(error);
        },
      },
    );
  };

  const waiting = rolesAwaitingScopes();
  return (
    <form ref={problem.formRef} onSubmit={submit} noValidate aria-labelledby="assign-role-title">
      <Stack>
        <Title order={2} size="h3" id="assign-role-title">
          {t('assign.title')}
        </Title>
        <ProblemSummary problem={problem} />
        <Radio.Group
          label={t('assign.scopeKind')}
          value={scopeKind}
          onChange={chooseScopeKind}
          error={problem.fieldError('scopeKind')}
        >
          <Group mt="xs">
            <Radio value="organisation" label={t('assign.atOrganisation')} />
            <Radio value="service" label={t('assign.atService')} />
          </Group>
        </Radio.Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {scopeKind === 'organisation' ? (
            <Select
              label={t('assign.scope')}
              description={t('assign.scopeHint')}
              data={organisations.map(({ id, name }) => ({ value: id, label: name }))}
              value={organisationId}
              onChange={chooseOrganisation}
              searchable
              required
              error={problem.fieldError('scopeId')}
            />
          ) : (
            <ServicePicker
              label={t('assign.service')}
              description={t('assign.serviceHint')}
              value={serviceId}
              onChange={chooseService}
              required
              error={problem.fieldError('scopeId')}
            />
          )}
          <Select
            label={t('assign.role')}
            description={
              !scopeId
                ? t(scopeKind === 'service' ? 'assign.chooseServiceFirst' : 'assign.chooseScopeFirst')
                : t(scopeKind === 'service' ? 'assign.roleHintService' : 'assign.roleHint')
            }
            data={roles.map((code) => ({ value: code, label: `${code} ${roleName(code)}` }))}
            value={roleCode}
            onChange={(value) => setRoleCode(roles.find((code) => code === value) ?? null)}
            disabled={!scopeId}
            required
            error={problem.fieldError('roleCode')}
          />
          <TextInput
            type="date"
            label={t('assign.validFrom')}
            description={t('assign.validFromHint')}
            min={todayInRiga()}
            value={validFrom}
            onChange={(event) => setValidFrom(event.currentTarget.value)}
            error={problem.fieldError('validFrom')}
          />
          <TextInput
            type="date"
            label={t('assign.validUntil')}
            description={t('assign.validUntilHint')}
            min={validFrom || todayInRiga()}
            value={validUntil}
            onChange={(event) => setValidUntil(event.currentTarget.value)}
            error={problem.fieldError('validUntil')}
          />
        </SimpleGrid>
        <LiveRegion>
          {planned && (!current || current.isFetching) && (
            <Text size="sm" c="dimmed">
              {t('assign.checking')}
            </Text>
          )}
          {current?.data && !current.isFetching && current.data.warnings.length === 0 && (
            <Text size="sm" c="teal.9">
              {t('assign.compatible')}
            </Text>
          )}
          {current?.isError && (
            <Text size="sm" c="dimmed">
              {t('assign.checkFailed')}
            </Text>
          )}
        </LiveRegion>
        {current?.data && <CompatibilityWarnings check={current.data} roleName={roleName} />}
        {justificationNeeded && (
          <Textarea
            label={t('assign.justification')}
            description={t('assign.justificationHint')}
            required
            autosize
            minRows={2}
            maxLength={2000}
            value={justification}
            onChange={(event) => setJustification(event.currentTarget.value)}
            error={problem.fieldError('justification')}
          />
        )}
        <Group>
          <Button type="submit" loading={assign.isPending} disabled={current?.data?.blocked === true}>
            {t('assign.submit')}
          </Button>
        </Group>
        <Text size="sm" c="dimmed">
          {t('assign.laterScopes', { roles: waiting.join(', ') })}
        </Text>
      </Stack>
    </form>
  );
}

type RoleProblemKey =
  | 'problems.incompatibleRoles'
  | 'problems.justificationRequired'
  | 'problems.duplicateAssignment'
  | 'problems.selfAssignment'
  | 'problems.alreadyRevoked'
  | 'problems.staleVersion';

const byCode: Record<string, RoleProblemKey> = {
  'justification-required': 'problems.justificationRequired',
  'duplicate-assignment': 'problems.duplicateAssignment',
  'self-assignment': 'problems.selfAssignment',
  'already-revoked': 'problems.alreadyRevoked',
  'stale-version': 'problems.staleVersion',
};

/**
 * The role problems in the reader's words. An incompatibility's detail is written in the request's language and
 * names the conflicting roles, which says more than a fixed text.
 */
export const explainRoleProblem =
  (t: (key: RoleProblemKey) => string) =>
  (problem: ApiProblem): string | undefined => {
    if (problem.code === 'incompatible-roles') return problem.problem.detail ?? t('problems.incompatibleRoles');
    if (problem.code === 'justification-required') return problem.problem.detail ?? t('problems.justificationRequired');
    const key = byCode[problem.code];
    return key ? t(key) : undefined;
  };
