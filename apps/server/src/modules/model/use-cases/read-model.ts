import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from '@saimnieks/contracts/language';
import type { ServiceManagementModel, Task } from '@saimnieks/contracts/model';
import type { Kysely } from 'kysely';
import type { DB } from '../../../platform/db/database.ts';
import { NotFoundError } from '../../../platform/errors/errors.ts';
import { localizeModel } from '../model.localize.ts';
import { findCurrentVersion, readModelVersion } from '../model.repository.ts';

interface LocalizedViews {
  model: ServiceManagementModel;
  taskByCode: Map<string, Task>;
}

/**
 * Reads the current model version. The model changes only when a new version is loaded, so it is
 * read once and kept in memory in every language; `refresh()` reads it again after a load.
 */
export function makeModelReader({ db }: { db: Kysely<DB> }) {
  let views: Record<Language, LocalizedViews> | undefined;

  async function refresh() {
    const version = await findCurrentVersion(db);
    if (!version) throw new Error('No service management model is loaded');
    const model = await readModelVersion(db, version.version);
    const entries = LANGUAGES.map((language) => {
      const localized = localizeModel(model, version, language);
      return [language, { model: localized, taskByCode: new Map(localized.tasks.map((task) => [task.code, task])) }];
    });
    views = Object.fromEntries(entries) as Record<Language, LocalizedViews>;
  }

  function view(language: Language): LocalizedViews {
    if (!views) throw new Error('The model reader was not refreshed after start');
    return views[language] ?? views[DEFAULT_LANGUAGE];
  }

  return {
    refresh,
    model: (language: Language) => view(language).model,
    task(language: Language, code: string): Task {
      const task = view(language).taskByCode.get(code.toUpperCase());
      if (!task) throw new NotFoundError('task-not-found', `There is no task ${code} in the service management model`);
      return task;
    },
  };
}

export type ModelReader = ReturnType<typeof makeModelReader>;
