import type { Messages } from '../../lib/i18n.ts';
import type { appLv } from './lv.ts';

export const appEn: Messages<typeof appLv> = {
  productName: 'Saimnieks',
  productTagline: 'Public service management',
  skipToContent: 'Skip to content',
  language: { label: 'Language' },
  navigation: {
    label: 'Main navigation',
    home: 'Home',
    toggle: 'Show or hide navigation',
  },
  modules: {
    portfolio: {
      name: 'Service portfolio',
      summary:
        'Services through their six lifecycle stages, their descriptions aligned with the EU Core Public Service Vocabulary (CPSV-AP), recipient groups and needs, versions, review and publication.',
    },
    operations: {
      name: 'Operations',
      summary:
        'Requests, incidents, problems, changes, complaints, suggestions and support questions, with deadlines on business calendars that know Latvian public holidays, escalation and notifications.',
    },
    measurement: {
      name: 'Measurement',
      summary:
        "Service levels and their compliance, KPIs in the model's four quadrants (among them cost per transaction, satisfaction, completion rate and digital take-up) per channel and period, capacity, cost, and roll-ups from service to state.",
    },
    model: {
      name: 'Model',
      summary:
        'The service management model: goals, roles, the 32 tasks and their dependencies, stages and conditions N1–N10.',
    },
    administration: {
      name: 'Administration',
      summary:
        'Organisations from the state through sectors and municipalities to institutions, people, the ten roles assigned at their scale, sign-in, segregation of duties and a tamper-evident audit trail.',
    },
  },
  comingSoon: {
    status: 'This module is still being built.',
    willHold: 'It will hold:',
  },
  home: {
    lead: 'Saimnieks is an open-source public service management system: the instrument with which the public administration carries out service management as the Latvian service management model defines it.',
    body: 'It holds in one place, linked: services, their owners and providers, descriptions, service levels, requests and incidents, resources, indicators, and how far management has come on every task and condition of the model.',
    name: "The name is the model's own word: saimnieka attieksme, the owner's attitude.",
    exploreModel: 'Explore the service management model',
    modulesTitle: 'Modules',
    available: 'Available',
    coming: 'Being built',
  },
  loading: 'Loading…',
  error: {
    title: 'The data could not be loaded',
    retry: 'Try again',
  },
  notFound: {
    title: 'Page not found',
    text: 'There is no such page. Check the address or start from the home page.',
    home: 'Go to the home page',
  },
};
