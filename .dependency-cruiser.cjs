// The layer rules of src/README.md, checked by `npm run check:layers` (part of `npm test`, so CI runs it).
// engine: normalise → match → validate → decide, runs anywhere (Node, a browser): no `node:` module, no other layer.
// runtime: the Node layer around it (files, streams, windows, worker pool, regex watchdog, post-filter).
// Exceptions are listed in src/README.md ("Layer rules") with their reason; each one is named here by path.
const ENGINE = '^src/(engine|normalize|match|validate|decide|analyze)/';
/** Regex analysis (prefilters, safety): pure like the engine, run when rules are compiled, never during a scan. */
const ANALYZE = '^src/analyze/';
/** Shared by every layer: the contract's types and small pure helpers. */
const SHARED = '^src/(types|errors)[.]ts$|^src/util/(localize|natural|crc32|mask|escape)[.]ts$';
/** Maintainer scripts that regenerate the character tables (run by hand, never imported). */
const GENERATORS = '^src/normalize/data/generate-[^/]+[.]mjs$';
/** Named exception (src/README.md): the compiled rule model (types only). */
const ENGINE_EXCEPTIONS = '^src/rules/model[.]ts$';

module.exports = {
  forbidden: [
    {
      name: 'engine-no-node',
      comment: 'The engine runs in a browser too: Node built-ins belong in src/runtime/ (see engine/platform.ts).',
      severity: 'error',
      from: { path: [ENGINE, SHARED], pathNot: GENERATORS },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'engine-no-other-layer',
      comment: 'The engine imports only itself and the shared types and helpers.',
      severity: 'error',
      from: { path: ENGINE, pathNot: GENERATORS },
      to: { path: '^src/', pathNot: [ENGINE, SHARED, ENGINE_EXCEPTIONS] },
    },
    {
      name: 'engine-rule-model-types-only',
      comment: 'The engine reads compiled rules; it never calls into the rule loader or compiler.',
      severity: 'error',
      from: { path: ENGINE },
      to: { path: '^src/rules/model[.]ts$', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'engine-analysis-types-only',
      comment: 'Prefilters are derived when rules are compiled (rules/); the scanning engine only reads them.',
      severity: 'error',
      from: { path: ENGINE, pathNot: ANALYZE },
      to: { path: ANALYZE, dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'input-not-engine',
      comment: 'Inputs and extractors produce text and segments; the runtime hands them to the engine.',
      severity: 'error',
      from: { path: '^src/input/' },
      to: { path: [ENGINE, '^src/runtime/'] },
    },
    {
      name: 'nothing-imports-cli',
      comment: 'cli/ may use everything; nothing below it imports from it.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/cli/' },
      to: { path: '^src/cli/' },
    },
    {
      name: 'nothing-imports-extension',
      comment: 'The browser extension sits on top of the engine and the browser entry; nothing in src/ imports it.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/extension/' },
      to: { path: '^src/extension/' },
    },
    {
      name: 'extension-uses-engine-and-browser-entry',
      comment: 'The extension runs in a page: the browser entry, the engine and pure helpers, never the Node layers.',
      severity: 'error',
      from: { path: '^src/extension/' },
      to: { path: '^src/(runtime|input|git|cli|config|baseline|fingerprint)/' },
    },
    {
      name: 'no-circular-layers',
      comment: 'A module cycle that leaves its folder runs back up a layer.',
      severity: 'error',
      from: { path: '^src/([^/]+)/' },
      to: { circular: true, pathNot: '^src/$1/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js'] },
  },
};
