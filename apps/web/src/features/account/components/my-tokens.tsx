import {
  Alert,
  Badge,
  Button,
  Code,
  CopyButton,
  Group,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import type { ApiToken, ApiTokenCreated } from '@saimnieks/contracts/auth';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx';
import { DoneMessage } from '../../../components/ui/done-message.tsx';
import { ProblemSummary } from '../../../components/ui/problem-summary.tsx';
import type { ApiProblem } from '../../../lib/api.ts';
import { formatInstant } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { useFormProblem } from '../../../lib/use-form-problem.ts';
import { useCreateToken, useMyTokens, useRevokeToken } from '../api/my-tokens.ts';

const LIFETIMES = [30, 90, 180, 365];

type TokenState = 'active' | 'expired' | 'revoked';
const stateOf = (token: ApiToken, now: number): TokenState =>
  token.revokedAt ? 'revoked' : Date.parse(token.expiresAt) <= now ? 'expired' : 'active';

/** My personal API tokens: create one (its secret shown once, with a copy button), list them, revoke them. */
export function MyTokens() {
  const { t } = useTranslation('account');
  const language = useLanguage();
  const { items } = useMyTokens();
  const revoke = useRevokeToken();
  const [created, setCreated] = useState<ApiTokenCreated>();
  const [revoking, setRevoking] = useState<ApiToken>();
  const [message, setMessage] = useState<string>();
  // After the secret is put away, the focus goes back to the form it came from.
  const [returning, setReturning] = useState(false);
  const revokeProblem = useFormProblem([], explainTokenProblem(t));
  const now = Date.now();
  const when = (instant: string) => formatInstant(instant, language);
  const tokens = [...items].sort((a, b) => b.createdAt.localeCompare(a.createdAt));

  const closeRevoke = () => {
    setRevoking(undefined);
    revokeProblem.clear();
  };

  return (
    <section aria-labelledby="my-tokens-title">
      <Stack>
        <div>
          <Title order={2} id="my-tokens-title" mb="xs">
            {t('tokens.title')}
          </Title>
          <Text>{t('tokens.lead')}</Text>
        </div>
        {created ? (
          <NewTokenSecret
            token={created}
            onDismiss={() => {
              setCreated(undefined);
              setReturning(true);
            }}
          />
        ) : (
          <CreateTokenForm
            focusOnMount={returning}
            onCreated={(token) => {
              setMessage(undefined);
              setCreated(token);
            }}
          />
        )}
        <DoneMessage>{message}</DoneMessage>
        {tokens.length === 0 ? (
          <Text>{t('tokens.none')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={760}>
            <Table striped>
              <Table.Caption>{t('tokens.caption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('tokens.name')}</Table.Th>
                  <Table.Th scope="col">{t('tokens.created')}</Table.Th>
                  <Table.Th scope="col">{t('tokens.expires')}</Table.Th>
                  <Table.Th scope="col">{t('tokens.lastUsed')}</Table.Th>
                  <Table.Th scope="col">{t('tokens.status')}</Table.Th>
                  <Table.Th scope="col">{t('tokens.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {tokens.map((token) => {
                  const state = stateOf(token, now);
                  return (
                    <Table.Tr key={token.id}>
                      <Table.Td>{token.name}</Table.Td>
                      <Table.Td>{when(token.createdAt)}</Table.Td>
                      <Table.Td>{when(token.expiresAt)}</Table.Td>
                      <Table.Td>{token.lastUsedAt ? when(token.lastUsedAt) : t('tokens.never')}</Table.Td>
                      <Table.Td>
                        <Badge variant="outline" color={state === 'active' ? 'teal.9' : 'gray.7'}>
                          {state === 'active'
                            ? t('tokens.active')
                            : state === 'expired'
                              ? t('tokens.expired')
                              : t('tokens.revokedStatus')}
                        </Badge>
                      </Table.Td>
                      <Table.Td>
                        {state === 'active' && (
                          <Button
                            size="xs"
                            variant="outline"
                            color="red.9"
                            onClick={() => {
                              setMessage(undefined);
                              setRevoking(token);
                            }}
                            aria-label={t('tokens.revokeLabel', { name: token.name })}
                          >
                            {t('tokens.revoke')}
                          </Button>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
      <ConfirmDialog
        opened={revoking !== undefined}
        title={t('tokens.revokeTitle')}
        confirmLabel={t('tokens.revoke')}
        danger
        busy={revoke.isPending}
        onClose={closeRevoke}
        onConfirm={() =>
          revoking &&
          revoke.mutate(revoking.id, {
            onSuccess: () => {
              closeRevoke();
              setMessage(t('tokens.revoked'));
            },
            onError: revokeProblem.show,
          })
        }
      >
        <ProblemSummary problem={revokeProblem} />
        <Text>{t('tokens.revokeText', { name: revoking?.name ?? '' })}</Text>
      </ConfirmDialog>
    </section>
  );
}

function CreateTokenForm({
  focusOnMount,
  onCreated,
}: {
  focusOnMount: boolean;
  onCreated: (token: ApiTokenCreated) => void;
}) {
  const { t } = useTranslation('account');
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnMount) headingRef.current?.focus();
  }, [focusOnMount]);
  const create = useCreateToken();
  const [name, setName] = useState('');
  const [days, setDays] = useState('90');
  const problem = useFormProblem(['name', 'expiresInDays'], explainTokenProblem(t));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') return problem.showFields({ name: problem.requiredText });
    problem.clear();
    create.mutate(
      { name: name.trim(), expiresInDays: Number(days) },
      {
        onSuccess: (token) => {
          setName('');
          onCreated(token);
        },
        onError: problem.show,
      },
    );
  };

  return (
    <form ref={problem.formRef} onSubmit={submit} noValidate aria-labelledby="new-token-title">
      <Stack gap="sm">
        <Title order={3} size="h4" id="new-token-title" ref={headingRef} tabIndex={-1}>
          {t('tokens.createTitle')}
        </Title>
        <ProblemSummary problem={problem} />
        <Group align="flex-start">
          <TextInput
            label={t('tokens.newName')}
            description={t('tokens.newNameHint')}
            required
            maxLength={100}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={problem.fieldError('name')}
            w={{ base: '100%', sm: 360 }}
          />
          <Select
            label={t('tokens.expiresIn')}
            data={LIFETIMES.map((value) => ({ value: String(value), label: t('tokens.days', { days: value }) }))}
            value={days}
            onChange={(value) => setDays(value ?? '90')}
            allowDeselect={false}
            error={problem.fieldError('expiresInDays')}
            w={{ base: '100%', sm: 180 }}
          />
        </Group>
        <Group>
          <Button type="submit" loading={create.isPending}>
            {t('tokens.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The secret, this once: focused when it appears, so a screen reader reads it and the copy button is one Tab away. */
function NewTokenSecret({ token, onDismiss }: { token: ApiTokenCreated; onDismiss: () => void }) {
  const { t } = useTranslation('account');
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <Alert ref={ref} tabIndex={-1} color="orange" variant="light" title={t('tokens.secretTitle', { name: token.name })}>
      <Stack gap="sm">
        <Text size="sm">{t('tokens.secretText')}</Text>
        <div>
          <Text size="sm" fw={700}>
            {t('tokens.secretLabel')}
          </Text>
          <Code block style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}>
            {token.secret}
          </Code>
        </div>
        <Group>
          <CopyButton value={token.secret}>
            {({ copied, copy }) => (
              <Button onClick={copy} aria-live="polite">
                {copied ? t('tokens.copied') : t('tokens.copy')}
              </Button>
            )}
          </CopyButton>
          <Button variant="default" onClick={onDismiss}>
            {t('tokens.dismiss')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}

type TokenProblemKey = 'problems.tooManyTokens' | 'problems.tokenNotAllowed';
const explainTokenProblem =
  (t: (key: TokenProblemKey) => string) =>
  (problem: ApiProblem): string | undefined =>
    problem.code === 'too-many-tokens'
      ? t('problems.tooManyTokens')
      : problem.code === 'token-not-allowed'
        ? t('problems.tokenNotAllowed')
        : undefined;
