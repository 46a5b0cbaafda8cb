import { modelPaths } from '../features/model/paths.ts';

export type ModuleKey = 'portfolio' | 'operations' | 'measurement' | 'model' | 'administration';

/** The product's modules in the order of the main navigation. */
export const modules: readonly { key: ModuleKey; path: string }[] = [
  { key: 'portfolio', path: '/portfolio' },
  { key: 'operations', path: '/operations' },
  { key: 'measurement', path: '/measurement' },
  { key: 'model', path: modelPaths.overview },
  { key: 'administration', path: '/administration' },
];

/** Modules whose pages exist; the others show what they will hold. */
export const builtModules: ReadonlySet<ModuleKey> = new Set(['model']);
