import { ServiceDescriptionContent } from '@saimnieks/contracts/services';
import { describe, expect, it } from 'vitest';
import { contentIssues, issuesByPath } from './content-issues.ts';
import { newItem, withChannelType, withCostKind, withoutChannel } from './draft-items.ts';

const valid = ServiceDescriptionContent.parse({
  title: { lv: 'Dzīvesvietas deklarēšana', en: null },
  shortDescription: { lv: 'Deklarē dzīvesvietu.', en: null },
});

describe('contentIssues', () => {
  it('finds nothing in a valid description', () => {
    expect(contentIssues(valid)).toEqual([]);
  });

  it('calls an emptied required text required, at its path', () => {
    const issues = contentIssues({ ...valid, title: { lv: '  ', en: null } });
    expect(issues).toEqual([expect.objectContaining({ path: 'title.lv', rule: 'required' })]);
  });

  it('names the refinements of a new channel and cost as the server does', () => {
    const channel = newItem.channels();
    const cost = { ...newItem.costs(), channelIds: [channel.id] };
    const byPath = issuesByPath(contentIssues({ ...valid, channels: [channel], costs: [cost] }));
    expect(byPath.get('channels.0.url')?.map((issue) => issue.rule)).toEqual(['required_for_digital_channel']);
    expect(byPath.get('costs.0.amount')?.map((issue) => issue.rule)).toContain('invalid_type');
  });
});

describe('draft items', () => {
  it('drops what only the old channel type has when the type changes', () => {
    const online = { ...newItem.channels(), url: 'https://latvija.gov.lv', wcagLevel: 'AA' as const };
    const office = withChannelType(online, 'office');
    expect(office).toMatchObject({ type: 'office', wcagLevel: null, url: 'https://latvija.gov.lv' });
  });

  it('makes a free cost cost nothing, and asks for an amount again for a fee', () => {
    const free = withCostKind({ ...newItem.costs(), amount: 12.5 }, 'free');
    expect(free.amount).toBe(0);
    expect(Number.isNaN(withCostKind(free, 'state_duty').amount)).toBe(true);
  });

  it('removes a channel and the costs’ references to it', () => {
    const channel = { ...newItem.channels(), url: 'https://latvija.gov.lv' };
    const content = {
      ...valid,
      channels: [channel],
      costs: [{ ...newItem.costs(), amount: 5, channelIds: [channel.id] }],
    };
    const after = withoutChannel(content, channel.id);
    expect(after.channels).toEqual([]);
    expect(after.costs[0]?.channelIds).toEqual([]);
    expect(contentIssues(after)).toEqual([]);
  });
});
