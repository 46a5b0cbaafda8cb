// Module boundaries (ARCHITECTURE.md): a server module is used by others only through its
// index.ts; platform code knows no module; web features do not import each other; the contracts
// import nothing but zod and markdown-it.
module.exports = {
  forbidden: [
    {
      name: 'module-only-through-index',
      comment: 'Another module may import only index.ts of a module.',
      severity: 'error',
      from: { path: '^apps/server/src/modules/([^/]+)/' },
      to: {
        path: '^apps/server/src/modules/([^/]+)/',
        pathNot: ['^apps/server/src/modules/$1/', '^apps/server/src/modules/[^/]+/index\\.ts$'],
      },
    },
    {
      name: 'outside-uses-module-index',
      comment: 'Code outside the modules (app wiring, tests support) imports a module only through index.ts.',
      severity: 'error',
      from: { path: '^apps/server/src/(?!modules/)' },
      to: { path: '^apps/server/src/modules/[^/]+/(?!index\\.ts$)' },
    },
    {
      name: 'platform-knows-no-module',
      comment: 'platform/ is cross-cutting and holds no business rules.',
      severity: 'error',
      from: { path: '^apps/server/src/platform/' },
      to: { path: '^apps/server/src/modules/' },
    },
    {
      name: 'no-cross-feature-imports',
      comment: 'A web feature does not import another feature; shared code lives in components/ or lib/.',
      severity: 'error',
      from: { path: '^apps/web/src/features/([^/]+)/' },
      to: { path: '^apps/web/src/features/([^/]+)/', pathNot: '^apps/web/src/features/$1/' },
    },
    {
      name: 'contracts-imports-only-zod-and-markdown-it',
      comment:
        'Both sides import the contracts, so they carry only zod and the Markdown renderer both sides share (ARCHITECTURE.md).',
      severity: 'error',
      from: { path: '^packages/contracts/src/' },
      to: { pathNot: ['^packages/contracts/src/', '(^|/)node_modules/(zod|markdown-it)/'] },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.test\\.tsx?$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'default'],
      extensions: ['.ts', '.tsx', '.js'],
    },
  },
};
