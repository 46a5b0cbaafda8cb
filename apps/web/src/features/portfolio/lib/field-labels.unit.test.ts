import { describe, expect, it } from 'vitest';
import { labelOfPath } from './field-labels.ts';

const names: Record<string, string> = { channels: 'Kanāli', url: 'Adrese tīmeklī', title: 'Nosaukums', lv: 'latviski' };
const texts = { field: (name: string) => names[name], item: (number: number) => `${number}.` };

describe('labelOfPath', () => {
  it('names each field and counts list items from one', () => {
    expect(labelOfPath('channels.0.url', texts)).toBe('Kanāli › 1. › Adrese tīmeklī');
    expect(labelOfPath('title.lv', texts)).toBe('Nosaukums › latviski');
  });

  it('shows a field the messages do not know as it is', () => {
    expect(labelOfPath('channels.2.colour', texts)).toBe('Kanāli › 3. › colour');
  });
});
