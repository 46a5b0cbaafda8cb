import { Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { type ServiceSummary, STAGES, type Stage, TRANSITIONS } from '@saimnieks/contracts/services';
import { type DragEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { portfolioPaths } from '../paths.ts';
import classes from './portfolio-board.module.css';
import { OverdueBadge, PriorityBadge } from './service-badges.tsx';

interface PortfolioBoardProps {
  services: readonly ServiceSummary[];
  /** The stages to show: all of them, or the one the filter asks for. */
  stages: readonly Stage[];
  /** Whether the signed-in person may move this service through its lifecycle. */
  mayMove: (service: ServiceSummary) => boolean;
  /** Opens the change of stage, with the stage a card was dropped on when it was dragged. */
  onChangeStage: (service: ServiceSummary, to?: Stage) => void;
}

const DRAGGED = 'application/x-saimnieks-service';

/**
 * The portfolio by lifecycle stage. A card can be dragged to another column, which opens the change of stage with
 * that stage chosen (a reason is still asked for); the same is reached without a mouse from the card's button.
 */
export function PortfolioBoard({ services, stages, mayMove, onChangeStage }: PortfolioBoardProps) {
  const { t } = useTranslation('portfolio');
  const [dragged, setDragged] = useState<ServiceSummary>();
  const accepts = (stage: Stage) => dragged !== undefined && TRANSITIONS[dragged.stage].includes(stage);

  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        {t('board.dropHint')}
      </Text>
      {/* Focusable, so that a board wider than the screen scrolls from the keyboard too. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolled region must be reachable by keyboard */}
      <section className={classes.scroller} aria-label={t('board.label')} tabIndex={0}>
        <ul className={classes.board}>
          {(stages.length > 0 ? stages : STAGES).map((stage) => {
            const inStage = services.filter((service) => service.stage === stage);
            const headingId = `board-${stage}`;
            return (
              <li
                key={stage}
                className={`${classes.column} ${accepts(stage) ? classes.dropTarget : ''}`}
                aria-labelledby={headingId}
                onDragOver={(event: DragEvent) => {
                  if (accepts(stage)) event.preventDefault();
                }}
                onDrop={(event: DragEvent) => {
                  event.preventDefault();
                  if (dragged && accepts(stage)) onChangeStage(dragged, stage);
                  setDragged(undefined);
                }}
              >
                <Title order={2} size="h4" id={headingId} mb="sm">
                  {t('board.column', { stage: t(`stage.${stage}`), count: inStage.length })}
                </Title>
                {inStage.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    {t('board.empty')}
                  </Text>
                ) : (
                  <ul className={classes.cards}>
                    {inStage.map((service) => (
                      <li key={service.id}>
                        <ServiceCard
                          service={service}
                          mayMove={mayMove(service)}
                          onChangeStage={() => onChangeStage(service)}
                          onDragStart={(event) => {
                            event.dataTransfer.setData(DRAGGED, service.id);
                            event.dataTransfer.effectAllowed = 'move';
                            setDragged(service);
                          }}
                          onDragEnd={() => setDragged(undefined)}
                        />
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            );
          })}
        </ul>
      </section>
    </Stack>
  );
}

interface ServiceCardProps {
  service: ServiceSummary;
  mayMove: boolean;
  onChangeStage: () => void;
  onDragStart: (event: DragEvent) => void;
  onDragEnd: () => void;
}

function ServiceCard({ service, mayMove, onChangeStage, onDragStart, onDragEnd }: ServiceCardProps) {
  const { t } = useTranslation('portfolio');
  const movable = mayMove && TRANSITIONS[service.stage].length > 0;
  return (
    <Card
      withBorder
      padding="sm"
      className={movable ? classes.card : undefined}
      draggable={movable}
      onDragStart={movable ? onDragStart : undefined}
      onDragEnd={onDragEnd}
    >
      <Stack gap={6}>
        <Text size="sm" c="dimmed" ff="monospace">
          {service.identifier}
        </Text>
        <Title order={3} size="h5">
          <Anchor component={Link} to={portfolioPaths.service(service.id)} draggable={false}>
            {service.title}
          </Anchor>
        </Title>
        <Text size="sm">
          {t('board.holder')}: {service.holder.name}
        </Text>
        <Text size="sm">
          {t('board.owner')}:{' '}
          {service.owners.length > 0 ? service.owners.map((owner) => owner.name).join(', ') : t('board.noOwner')}
        </Text>
        <Group gap={6}>
          <PriorityBadge priority={service.priority} />
          {service.reviewOverdue && <OverdueBadge />}
        </Group>
        {movable && (
          <Group>
            <Button
              size="compact-sm"
              variant="default"
              onClick={onChangeStage}
              aria-label={t('board.changeStageOf', { identifier: service.identifier })}
            >
              {t('board.changeStage')}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}
