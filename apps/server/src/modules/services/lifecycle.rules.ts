import {
  type GateRule,
  type Gates,
  type ServiceDescriptionContent,
  type Stage,
  TRANSITIONS,
} from '@saimnieks/contracts/services';

/** What the gates look at. The description is the published one, or the one being worked on before any is published. */
export interface GateFacts {
  hasOwner: boolean;
  published: boolean;
  description: ServiceDescriptionContent | undefined;
  reviewBy: string | null;
  today: string;
}

const CHECKS: Record<GateRule, (facts: GateFacts) => boolean> = {
  service_owner: (facts) => facts.hasOwner,
  published_description: (facts) => facts.published,
  channel: (facts) => (facts.description?.channels.length ?? 0) > 0,
  legal_basis: (facts) => (facts.description?.legalBasis.length ?? 0) > 0,
  costs_stated: (facts) => (facts.description?.costs.length ?? 0) > 0,
  contact_point: (facts) => (facts.description?.contactPoints.length ?? 0) > 0,
  review_current: (facts) => facts.reviewBy === null || facts.reviewBy >= facts.today,
};

export const allowedTransitions = (from: Stage): Stage[] => TRANSITIONS[from];

/** The gates of the target stage that the facts do not meet, in the order the settings list them. */
export const unmetGates = (gates: Gates, to: Stage, facts: GateFacts): GateRule[] =>
  gates[to].filter((rule) => !CHECKS[rule](facts));
