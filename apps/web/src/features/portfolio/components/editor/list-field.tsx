import { Alert, Button, Fieldset, Group, Stack, Text } from '@mantine/core';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { moved } from '../../lib/draft-items.ts';
import { fieldId, useEditorFields } from './editor-context.tsx';

interface ListFieldProps<Item> {
  path: string;
  /** An item's name by its place, counted from 1: "2. kanāls". */
  itemName: (number: number) => string;
  /** What the add button says: "Pievienot kanālu". */
  addLabel: string;
  items: readonly Item[];
  onChange: (items: Item[]) => void;
  newItem: () => Item;
  /** Removing an item may need more than taking it out (a channel's costs). */
  onRemove?: (index: number) => void;
  renderItem: (item: Item, change: (item: Item) => void, path: string) => ReactNode;
  keyOf?: (item: Item, index: number) => string;
}

/**
 * A list of a description (channels, costs, legal acts…): each item a fieldset named by its place, with buttons to
 * move it up or down and to remove it, and a button to add one. After adding, the focus goes to the new item; after
 * removing, to the add button, so that the keyboard never lands on nothing.
 */
export function ListField<Item>({
  path,
  itemName,
  addLabel,
  items,
  onChange,
  newItem,
  onRemove,
  renderItem,
  keyOf,
}: ListFieldProps<Item>) {
  const { t } = useTranslation('portfolio');
  const fields = useEditorFields();
  const itemsRef = useRef<HTMLDivElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const [focus, setFocus] = useState<{ to: 'item'; index: number } | { to: 'add' }>();

  useEffect(() => {
    if (!focus) return;
    if (focus.to === 'add') addRef.current?.focus();
    else {
      const fieldset = itemsRef.current?.querySelectorAll('fieldset').item(focus.index);
      fieldset?.querySelector<HTMLElement>('input, textarea, select, button')?.focus();
    }
    setFocus(undefined);
  }, [focus]);

  const listError = fields.errorOf(path);
  return (
    <Stack gap="sm" id={fieldId(path)}>
      {listError && (
        <Text c="red.9" size="sm" role="alert">
          {listError}
        </Text>
      )}
      <Stack gap="sm" ref={itemsRef}>
        {items.map((item, index) => {
          const itemPath = `${path}.${index}`;
          const name = itemName(index + 1);
          const itemError = fields.errorOf(itemPath);
          return (
            // Items without an identity of their own are known by their place, as the server's errors name them.
            <Fieldset key={keyOf?.(item, index) ?? index} id={fieldId(itemPath)} legend={name} variant="filled">
              <Stack gap="sm">
                {itemError && (
                  <Alert color="red" variant="light" p="xs">
                    {itemError}
                  </Alert>
                )}
                {renderItem(item, (next) => onChange(items.map((old, at) => (at === index ? next : old))), itemPath)}
                <Group gap="xs" justify="flex-end">
                  <Button.Group>
                    <Button
                      variant="default"
                      size="compact-sm"
                      disabled={index === 0}
                      onClick={() => onChange(moved(items, index, -1))}
                      aria-label={`${t('editor.moveUp')}: ${name}`}
                    >
                      ↑
                    </Button>
                    <Button
                      variant="default"
                      size="compact-sm"
                      disabled={index === items.length - 1}
                      onClick={() => onChange(moved(items, index, 1))}
                      aria-label={`${t('editor.moveDown')}: ${name}`}
                    >
                      ↓
                    </Button>
                  </Button.Group>
                  <Button
                    variant="default"
                    color="red.9"
                    size="compact-sm"
                    onClick={() => {
                      if (onRemove) onRemove(index);
                      else onChange(items.filter((_, at) => at !== index));
                      setFocus({ to: 'add' });
                    }}
                    aria-label={`${t('editor.remove')}: ${name}`}
                  >
                    {t('editor.remove')}
                  </Button>
                </Group>
              </Stack>
            </Fieldset>
          );
        })}
      </Stack>
      <Group>
        <Button
          ref={addRef}
          variant="light"
          onClick={() => {
            onChange([...items, newItem()]);
            setFocus({ to: 'item', index: items.length });
          }}
        >
          {addLabel}
        </Button>
      </Group>
    </Stack>
  );
}
