import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from '@saimnieks/contracts/language';
import {
  CapabilityList,
  ConditionGroupList,
  RoleList,
  ServiceManagementModel,
  StageList,
  TaskDetail,
  TaskList,
} from '@saimnieks/contracts/model';
import type { Kysely } from 'kysely';
import type { DB } from '../../../platform/db/database.ts';
import { NotFoundError } from '../../../platform/errors/errors.ts';
import { RenderedJson } from '../../../platform/http/routes.ts';
import { localizeModel } from '../model.localize.ts';
import { findCurrentVersion, readModelVersion } from '../model.repository.ts';

/** Every model response in one language, rendered once per model version. */
function renderViews(model: ServiceManagementModel) {
  const modelVersion = model.version.version;
  return {
    modelVersion,
    model: new RenderedJson(ServiceManagementModel, model),
    tasks: new RenderedJson(TaskList, { modelVersion, items: model.tasks }),
    taskByCode: new Map(
      model.tasks.map((task) => [task.code, new RenderedJson(TaskDetail, { ...task, modelVersion })]),
    ),
    roles: new RenderedJson(RoleList, { modelVersion, items: model.roles }),
    stages: new RenderedJson(StageList, { modelVersion, items: model.stages }),
    conditions: new RenderedJson(ConditionGroupList, { modelVersion, items: model.conditionGroups }),
    capabilities: new RenderedJson(CapabilityList, { modelVersion, items: model.capabilities }),
  };
}
export type ModelViews = ReturnType<typeof renderViews>;

/**
 * Reads the current model version. The model changes only when a new version is loaded, so it is
 * read once and its responses kept rendered in every language; `refresh()` reads it again after
 * a load.
 */
export function makeModelReader({ db }: { db: Kysely<DB> }) {
  let views: Record<Language, ModelViews> | undefined;

  async function refresh() {
    const version = await findCurrentVersion(db);
    if (!version) throw new Error('No service management model is loaded');
    const model = await readModelVersion(db, version.version);
    const entries = LANGUAGES.map((language) => [language, renderViews(localizeModel(model, version, language))]);
    views = Object.fromEntries(entries) as Record<Language, ModelViews>;
  }

  function view(language: Language): ModelViews {
    if (!views) throw new Error('The model reader was not refreshed after start');
    return views[language] ?? views[DEFAULT_LANGUAGE];
  }

  return {
    refresh,
    view,
    task(language: Language, code: string) {
      const task = view(language).taskByCode.get(code.toUpperCase());
      if (!task) throw new NotFoundError('task-not-found', `There is no task ${code} in the service management model`);
      return task;
    },
  };
}

export type ModelReader = ReturnType<typeof makeModelReader>;
