import {
  type Channel,
  type ChannelType,
  type Cost,
  DIGITAL_CHANNELS,
  type LegalAct,
  type ServiceDescriptionContent,
} from '@saimnieks/contracts/services';

type Content = ServiceDescriptionContent;
export type NamedItem = Content['inputs'][number];
export type ContactPoint = Content['contactPoints'][number];
export type Participation = Content['providers'][number];
export type CostKind = Cost['kind'];

/** The lists of a description an editor adds items to, and a fresh item of each. */
export const newItem = {
  legalBasis: (): LegalAct => ({ title: { lv: '', en: null }, url: null, article: null }),
  channels: (): Channel => ({
    id: crypto.randomUUID(),
    type: 'online',
    name: null,
    url: null,
    address: null,
    phone: null,
    email: null,
    openingHours: null,
    processingTime: null,
    wcagLevel: null,
    physicalAccessibility: null,
  }),
  costs: (): Cost => ({
    kind: 'fee',
    amount: Number.NaN,
    currency: 'EUR',
    description: null,
    channelIds: [],
    legalBasis: null,
  }),
  namedItem: (): NamedItem => ({ name: { lv: '', en: null }, description: null }),
  contactPoints: (): ContactPoint => ({ email: null, phone: null, url: null, openingHours: null }),
  providers: (): Participation => ({ organisationId: '', role: 'provider', description: null }),
};

/**
 * A channel of another type: what only the old type has (a WCAG level for a digital channel, physical access for an
 * office) is dropped, so that the description stays valid; addresses, phones and names are kept.
 */
export function withChannelType(channel: Channel, type: ChannelType): Channel {
  return {
    ...channel,
    type,
    wcagLevel: DIGITAL_CHANNELS.includes(type) ? channel.wcagLevel : null,
    physicalAccessibility: type === 'office' ? channel.physicalAccessibility : null,
  };
}

/** A cost of another kind: a free one costs nothing, a fee or a duty starts without an amount to fill in. */
export function withCostKind(cost: Cost, kind: CostKind): Cost {
  if (kind === 'free') return { ...cost, kind, amount: 0 };
  return { ...cost, kind, amount: cost.kind === 'free' ? Number.NaN : cost.amount };
}

/** Removes a channel, and every cost's reference to it, which would otherwise point nowhere. */
export const withoutChannel = (content: Content, channelId: string): Content => ({
  ...content,
  channels: content.channels.filter((channel) => channel.id !== channelId),
  costs: content.costs.map((cost) => ({ ...cost, channelIds: cost.channelIds.filter((id) => id !== channelId) })),
});

/** Moves an item one place up or down; outside the list nothing moves. */
export function moved<Item>(items: readonly Item[], index: number, by: -1 | 1): Item[] {
  const target = index + by;
  if (target < 0 || target >= items.length) return [...items];
  const next = [...items];
  [next[index], next[target]] = [next[target] as Item, next[index] as Item];
  return next;
}
