import { Group, Pagination, Stack, Text, VisuallyHidden } from '@mantine/core';
import type { RecipientGroupList as GroupPage, RecipientGroup, RecipientNeed } from '@saimnieks/contracts/recipients';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx';
import { DoneMessage } from '../../../components/ui/done-message.tsx';
import { ProblemSummary } from '../../../components/ui/problem-summary.tsx';
import { useFormProblem } from '../../../lib/use-form-problem.ts';
import { useArchiveRecipientGroup, useDeleteRecipientNeed } from '../api/change-recipient-group.ts';
import { explainRecipientProblem } from '../lib/recipient-problems.ts';
import { GroupFormDialog } from './group-form-dialog.tsx';
import { NeedFormDialog } from './need-form-dialog.tsx';
import { RecipientGroupCard } from './recipient-group-card.tsx';

interface RecipientGroupListProps {
  page: GroupPage;
  /** A newer page is on its way; the one shown is kept meanwhile. */
  updating: boolean;
  onPage: (offset: number) => void;
  servicePath: (id: string) => string;
  /** A message to show above the list, e.g. that a group was created. */
  message: string | undefined;
  onMessage: (message: string | undefined) => void;
}

type Dialog =
  | { kind: 'edit'; groupId: string }
  | { kind: 'archive'; groupId: string }
  | { kind: 'need'; groupId: string; needId: string | undefined }
  | { kind: 'delete-need'; groupId: string; needId: string };

/**
 * A page of groups with what may be done with each. Dialogs keep the ids of what they change and read it from the
 * page, so a refresh after someone else's change (a 409) shows the newer version under the user's edits.
 */
export function RecipientGroupList({
  page,
  updating,
  onPage,
  servicePath,
  message,
  onMessage,
}: RecipientGroupListProps) {
  const { t } = useTranslation('recipients');
  // The last dialog stays set when closed, so that the modal closes in place and gives the focus back.
  const [dialog, setDialog] = useState<Dialog>();
  const [opened, setOpened] = useState(false);
  const archive = useArchiveRecipientGroup();
  const deleteNeed = useDeleteRecipientNeed();
  const confirmProblem = useFormProblem([], explainRecipientProblem(t));
  const group = dialog && page.items.find((candidate) => candidate.id === dialog.groupId);
  const need = (id: string | undefined): RecipientNeed | undefined =>
    group?.needs.find((candidate) => candidate.id === id);
  const open = (next: Dialog) => {
    onMessage(undefined);
    confirmProblem.clear();
    setDialog(next);
    setOpened(true);
  };
  const close = (done?: string) => {
    setOpened(false);
    if (done) onMessage(done);
  };
  const isOpen = (kind: Dialog['kind']) => opened && dialog?.kind === kind;
  const pages = Math.max(1, Math.ceil(page.total / page.limit));

  return (
    <Stack>
      <DoneMessage>{message}</DoneMessage>
      <div aria-busy={updating}>
        <Text mb="sm">
          {t('list.caption', { total: page.total })}
          {updating && <VisuallyHidden>{t('list.loading')}</VisuallyHidden>}
        </Text>
        <Stack style={{ opacity: updating ? 0.6 : 1 }}>
          {page.items.map((item) => (
            <RecipientGroupCard
              key={item.id}
              group={item}
              servicePath={servicePath}
              onEdit={(chosen: RecipientGroup) => open({ kind: 'edit', groupId: chosen.id })}
              onArchive={(chosen) => open({ kind: 'archive', groupId: chosen.id })}
              onAddNeed={(chosen) => open({ kind: 'need', groupId: chosen.id, needId: undefined })}
              onEditNeed={(chosen, chosenNeed) => open({ kind: 'need', groupId: chosen.id, needId: chosenNeed.id })}
              onDeleteNeed={(chosen, chosenNeed) =>
                open({ kind: 'delete-need', groupId: chosen.id, needId: chosenNeed.id })
              }
            />
          ))}
        </Stack>
        {page.items.length === 0 && <Text my="md">{t('list.none')}</Text>}
      </div>
      {pages > 1 && (
        <Group component="nav" aria-label={t('list.pages')} justify="center">
          <Pagination
            total={pages}
            value={Math.floor(page.offset / page.limit) + 1}
            onChange={(next) => onPage((next - 1) * page.limit)}
            getControlProps={(control) => ({ 'aria-label': t(`list.${control}`) })}
            getItemProps={(item) => ({ 'aria-label': t('list.page', { page: item }) })}
          />
        </Group>
      )}

      {group && (
        <GroupFormDialog
          mode="edit"
          group={group}
          opened={isOpen('edit')}
          onDone={() => close(t('groupForm.saved'))}
          onClose={() => close()}
        />
      )}
      {group && (
        <NeedFormDialog
          group={group}
          need={dialog.kind === 'need' ? need(dialog.needId) : undefined}
          opened={isOpen('need')}
          onDone={() => close(dialog.kind === 'need' && dialog.needId ? t('needForm.saved') : t('needForm.created'))}
          onClose={() => close()}
        />
      )}
      <ConfirmDialog
        opened={isOpen('archive') && group !== undefined}
        title={t('archive.title')}
        confirmLabel={t('archive.confirm')}
        danger
        busy={archive.isPending}
        onConfirm={() =>
          group &&
          archive.mutate(
            { id: group.id, body: { version: group.version } },
            {
              onSuccess: (archived) => close(t('archive.done', { name: archived.name })),
              onError: confirmProblem.show,
            },
          )
        }
        onClose={() => close()}
      >
        <Stack>
          <ProblemSummary problem={confirmProblem} />
          <Text>{t('archive.text', { name: group?.name ?? '' })}</Text>
        </Stack>
      </ConfirmDialog>
      <ConfirmDialog
        opened={isOpen('delete-need') && dialog?.kind === 'delete-need' && need(dialog.needId) !== undefined}
        title={t('deleteNeed.title')}
        confirmLabel={t('deleteNeed.confirm')}
        danger
        busy={deleteNeed.isPending}
        onConfirm={() => {
          const chosen = dialog?.kind === 'delete-need' ? need(dialog.needId) : undefined;
          if (!group || !chosen) return;
          deleteNeed.mutate(
            { groupId: group.id, needId: chosen.id, version: chosen.version },
            { onSuccess: () => close(t('deleteNeed.done')), onError: confirmProblem.show },
          );
        }}
        onClose={() => close()}
      >
        <Stack>
          <ProblemSummary problem={confirmProblem} />
          <Text>
            {t('deleteNeed.text', { text: dialog?.kind === 'delete-need' ? (need(dialog.needId)?.text ?? '') : '' })}
          </Text>
        </Stack>
      </ConfirmDialog>
    </Stack>
  );
}
