import { Alert, Button, Group, List, Modal, Radio, Stack, Text, Textarea } from '@mantine/core';
import { type Gates, type Service, type ServiceSummary, type Stage, TRANSITIONS } from '@saimnieks/contracts/services';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemSummary } from '../../../components/ui/problem-summary.tsx';
import { useFormProblem } from '../../../lib/use-form-problem.ts';
import { useTransitionService } from '../api/change-service.ts';
import { explainPortfolioProblem } from '../lib/explain-problem.ts';
import { refusalOf } from '../lib/transition-refusal.ts';

type Moving = Pick<ServiceSummary, 'id' | 'identifier' | 'stage' | 'version'>;

interface TransitionDialogProps {
  /** The service to move; the dialog is open while there is one. */
  service: Moving | undefined;
  /** A stage chosen already (a card dropped on its column). */
  initialTo?: Stage | undefined;
  gates: Gates;
  onClose: () => void;
  onMoved: (service: Service) => void;
}

/**
 * Moves a service to another lifecycle stage: the stages it may go to, what each demands (the gates of the
 * portfolio rules), and why, which the history keeps. A refusal names the unmet gates and the allowed moves.
 */
export function TransitionDialog({ service, initialTo, gates, onClose, onMoved }: TransitionDialogProps) {
  const { t } = useTranslation(['portfolio', 'app']);
  return (
    <Modal
      opened={service !== undefined}
      onClose={onClose}
      title={service ? t('transition.title', { identifier: service.identifier }) : ''}
      size="lg"
      closeButtonProps={{ 'aria-label': t('app:dialog.close') }}
    >
      {service && (
        <TransitionForm
          key={`${service.id}-${initialTo ?? ''}`}
          service={service}
          initialTo={initialTo}
          gates={gates}
          onClose={onClose}
          onMoved={onMoved}
        />
      )}
    </Modal>
  );
}

const FIELDS = ['to', 'reason'];

function TransitionForm({
  service,
  initialTo,
  gates,
  onClose,
  onMoved,
}: Omit<TransitionDialogProps, 'service'> & { service: Moving }) {
  const { t } = useTranslation(['portfolio', 'app']);
  const transition = useTransitionService();
  const allowed = TRANSITIONS[service.stage];
  const [to, setTo] = useState<Stage | undefined>(initialTo ?? (allowed.length === 1 ? allowed[0] : undefined));
  const [reason, setReason] = useState('');
  const [refusal, setRefusal] = useState<{ to: Stage; unmet: string[]; allowed: Stage[] }>();
  const refusalRef = useRef<HTMLDivElement>(null);
  const problem = useFormProblem(FIELDS, explainPortfolioProblem(t));
  const stageName = (stage: Stage) => t(`stage.${stage}`);

  useEffect(() => {
    if (refusal) refusalRef.current?.focus();
  }, [refusal]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const required = problem.requiredText;
    const missing = { ...(to ? {} : { to: required }), ...(reason.trim() ? {} : { reason: required }) };
    if (!to || Object.keys(missing).length > 0) return problem.showFields(missing);
    problem.clear();
    setRefusal(undefined);
    transition.mutate(
      { id: service.id, body: { version: service.version, to, reason: reason.trim() } },
      {
        onSuccess: onMoved,
        onError: (error) => {
          const refused = refusalOf(error);
          if (refused) {
            setRefusal({
              to,
              unmet: refused.unmetGates.map((gate) => t(`gate.${gate}`)),
              allowed: refused.allowedTransitions,
            });
          } else {
            problem.show(error);
          }
        },
      },
    );
  };

  if (allowed.length === 0) return <Text>{t('transition.none')}</Text>;

  return (
    <form ref={problem.formRef} onSubmit={submit} noValidate>
      <Stack>
        <Text>{t('transition.current', { stage: stageName(service.stage) })}</Text>
        {refusal && (
          <Alert
            ref={refusalRef}
            tabIndex={-1}
            color="red"
            variant="light"
            title={t('transition.refused', { stage: stageName(refusal.to) })}
          >
            {refusal.unmet.length > 0 && (
              <>
                <Text size="sm">{t('transition.unmet')}</Text>
                <List size="sm" mb="xs">
                  {refusal.unmet.map((gate) => (
                    <List.Item key={gate}>{gate}</List.Item>
                  ))}
                </List>
              </>
            )}
            <Text size="sm">
              {refusal.allowed.length > 0
                ? t('transition.allowed', { stages: refusal.allowed.map(stageName).join(', ') })
                : t('transition.allowedNone')}
            </Text>
          </Alert>
        )}
        <ProblemSummary problem={problem} />
        <Radio.Group
          label={t('transition.to')}
          value={to ?? null}
          onChange={(value) => setTo(allowed.find((stage) => stage === value))}
          required
          error={problem.fieldError('to')}
        >
          <Stack gap="sm" mt="xs">
            {allowed.map((stage) => (
              <Radio
                key={stage}
                value={stage}
                label={stageName(stage)}
                description={
                  gates[stage].length > 0
                    ? `${t('transition.needs')} ${gates[stage].map((gate) => t(`gate.${gate}`)).join('; ')}.`
                    : t('transition.needsNothing')
                }
              />
            ))}
          </Stack>
        </Radio.Group>
        <Textarea
          label={t('transition.reason')}
          description={t('transition.reasonHint')}
          required
          autosize
          minRows={3}
          maxLength={2000}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          error={problem.fieldError('reason')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={transition.isPending}>
            {t('app:dialog.cancel')}
          </Button>
          <Button type="submit" loading={transition.isPending}>
            {t('transition.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
