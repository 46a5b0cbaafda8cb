// The model module's public surface: other modules and the app use only what is exported here.

export { modelProblemTitles } from './model.problems.ts';
export { readReferenceModel } from './model.reference.ts';
export { registerModelRoutes } from './model.routes.ts';
export { registerResponsibilityRoutes } from './responsibilities.routes.ts';
export { makeLoadReferenceModel } from './use-cases/load-reference-model.ts';
export { type ModelReader, makeModelReader } from './use-cases/read-model.ts';
export { involvementsIn, makeResponsibilities, type Responsibilities } from './use-cases/responsibilities.ts';
