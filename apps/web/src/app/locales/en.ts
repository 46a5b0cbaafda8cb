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
    catalogue: 'Service catalogue',
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
    searchCatalogue: 'Search the service catalogue',
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
  administration: {
    lead: 'Who is who, and where: organisations, people and their roles, the responsibility matrix that permissions follow from, and the audit trail of every change.',
    sections: {
      organisations: 'Organisations',
      people: 'People',
      responsibilities: 'Responsibility matrix',
      audit: 'Audit log',
      account: 'My account',
    },
    summaries: {
      organisations: 'The tree of the state, sectors, municipalities and institutions: create, edit, archive.',
      people: 'Inviting users, their details, deactivation, and assigning roles.',
      responsibilities: 'Which role performs, approves, is consulted on or informed of each task.',
      audit: 'Every change with its actor, time and differences; chain check and CSV export.',
      account: 'Your sessions and personal API tokens.',
    },
    restricted: 'Administrator and R01',
  },
  dialog: {
    close: 'Close',
    cancel: 'Cancel',
  },
  servicePicker: {
    nothingFound: 'No service matches the search.',
    searchFailed: 'The services could not be loaded. Try again.',
  },
  problems: {
    unreachable: 'The server could not be reached. Check the connection and try again.',
  },
  fieldRules: {
    required: 'Required.',
    too_small: 'The value is too short or too small.',
    too_big: 'The value is too long or too large.',
    invalid_format: 'The format is not right.',
    invalid_type: 'Not a valid value.',
    invalid_value: 'Not a valid value.',
    check_digit: 'The check digit does not match: not a valid registration number.',
    unknown_organisation: 'There is no such organisation.',
    archived: 'The organisation is archived.',
    municipalities_only: 'For municipalities only.',
    common_password: 'This password is too commonly used; choose another.',
    too_short: 'The password must be at least 12 characters long.',
    contains_personal_data: 'The password must not contain your name or email.',
    unknown_token: 'The link is not valid. Open it from the email again or ask for a new one.',
    unknown_person: 'There is no such person.',
    inactive: 'The person is deactivated.',
    wrong_scale: 'This role is held at a place of another scale.',
    scope_not_available: 'Saimnieks has no places of this kind yet.',
    not_in_past: 'The date cannot be in the past.',
    before_valid_from: 'The end date cannot be before the start date.',
    already_started: 'The assignment has started; its start date cannot change.',
  },
  forbidden: {
    title: 'No access',
    text: 'You have no right to see this page. If you need it for your work, contact an administrator.',
  },
};
