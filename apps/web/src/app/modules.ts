import { accountPaths } from '../features/account/paths.ts';
import { auditPaths } from '../features/audit/paths.ts';
import { modelPaths } from '../features/model/paths.ts';
import { organisationPaths } from '../features/organisations/paths.ts';
import { peoplePaths } from '../features/people/paths.ts';
import { portfolioPaths } from '../features/portfolio/paths.ts';
import { recipientPaths } from '../features/recipients/paths.ts';
import { responsibilityPaths } from '../features/responsibilities/paths.ts';

export type ModuleKey = 'portfolio' | 'operations' | 'measurement' | 'model' | 'administration';

export const administrationPath = '/administration';

/** The product's modules in the order of the main navigation. */
export const modules: readonly { key: ModuleKey; path: string }[] = [
  { key: 'portfolio', path: portfolioPaths.portfolio },
  { key: 'operations', path: '/operations' },
  { key: 'measurement', path: '/measurement' },
  { key: 'model', path: modelPaths.overview },
  { key: 'administration', path: administrationPath },
];

/** Modules whose pages exist; the others show what they will hold. */
export const builtModules: ReadonlySet<ModuleKey> = new Set(['portfolio', 'model', 'administration']);

export type PortfolioSection = 'recipientGroups' | 'reviews' | 'settings';

/** The portfolio's pages beside the portfolio itself, in the order of its navigation. */
export const portfolioSections: readonly { key: PortfolioSection; path: string }[] = [
  { key: 'recipientGroups', path: recipientPaths.groups },
  { key: 'reviews', path: portfolioPaths.reviews },
  { key: 'settings', path: portfolioPaths.settings },
];

export type AdministrationSection = 'organisations' | 'people' | 'responsibilities' | 'audit' | 'account';

/** The administration's pages in the order of its navigation. */
export const administrationSections: readonly { key: AdministrationSection; path: string }[] = [
  { key: 'organisations', path: organisationPaths.tree },
  { key: 'people', path: peoplePaths.list },
  { key: 'responsibilities', path: responsibilityPaths.matrix },
  { key: 'audit', path: auditPaths.log },
  { key: 'account', path: accountPaths.account },
];
