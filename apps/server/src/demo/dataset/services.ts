import { FINANCE_SERVICES } from './services-finance.ts';
import { HOME_AFFAIRS_SERVICES } from './services-home-affairs.ts';
import { MUNICIPAL_SERVICES } from './services-municipal.ts';
import { TRANSPORT_SERVICES } from './services-transport.ts';
import { WELFARE_SERVICES } from './services-welfare.ts';
import type { DemoService } from './types.ts';

/** Every demo service, modelled on real Latvian public services. */
export const DEMO_SERVICES: DemoService[] = [
  ...WELFARE_SERVICES,
  ...HOME_AFFAIRS_SERVICES,
  ...TRANSPORT_SERVICES,
  ...FINANCE_SERVICES,
  ...MUNICIPAL_SERVICES,
];
