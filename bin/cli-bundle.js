'use strict';
// Loads the bundled CLI (dist/cli.cjs, made by scripts/bundle-cli.mjs) with its V8 code cache: one file read and a
// deserialised compile instead of resolving, reading and compiling ~80 ES modules (Node 20 has no module compile
// cache of its own). The cache is only an accelerator: when it is missing, or V8 rejects it (another Node version,
// other V8 flags), the bundle is simply compiled. Returns undefined when there is no bundle (built without esbuild).
// CommonJS (bin/package.json), like promptgate.js: an ES module entry point costs Node ~10 ms more to start.
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { pathToFileURL } = require('node:url');
const vm = require('node:vm');

const DIST = join(__dirname, '..', 'dist');

function loadCliBundle({ useCache = true } = {}) {
  const file = join(DIST, 'cli.cjs');
  let code;
  try {
    code = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  // The file is the CommonJS wrapper function, plus `__pgImport`: code compiled by vm.Script cannot call import() on
  // Node 20 without an experimental flag, so the bundle imports the document readers (ES modules kept outside it)
  // through this module.
  const { script, cached } = compiled(file, code, useCache);
  const module = { exports: {} };
  const importDist = (p) => import(pathToFileURL(join(DIST, p)).href);
  script.runInThisContext()(module.exports, require('node:module').createRequire(file), module, file, DIST, importDist);
  return { run: module.exports.run, processIO: module.exports.processIO, script, cacheRejected: cached && script.cachedDataRejected === true };
}

/**
 * The client of `promptgate serve` (dist/serve-client.cjs, a plain CommonJS file) compiled with its code cache when
 * the build made one (dist/serve-client.cjs.cache, see scripts/warm-client-cache.mjs): the functions of a served run
 * come from the cache instead of being compiled at each of them. Throws when there is no client (the caller scans in
 * process); a missing or rejected cache only means compiling. bin/promptgate.js has a twin of this (`serveClient`,
 * the same wrapper, so the same cache fits: test/startup.test.ts) that spares a served run resolving this module;
 * this one is for the build's warm-up (scripts/warm-client-cache.mjs) and the tests.
 */
function loadServeClient({ useCache = true } = {}) {
  const file = join(DIST, 'serve-client.cjs');
  const code = `(function (exports, require, module, __filename, __dirname) {${readFileSync(file, 'utf8')}\n})`;
  const { script, cached } = compiled(file, code, useCache);
  const module = { exports: {} };
  // Node built-ins only (scripts/bundle-cli.mjs bundles everything else in).
  script.runInThisContext()(module.exports, require, module, file, DIST);
  return { tryServer: module.exports.tryServer, script, cached, cacheRejected: cached && script.cachedDataRejected === true };
}

/** The file's code compiled, with the code cache beside it (`<file>.cache`) when asked for and there. */
function compiled(file, code, useCache) {
  let cachedData;
  if (useCache) {
    try {
      cachedData = readFileSync(`${file}.cache`);
    } catch {
      // no cache: compile
    }
  }
  return { script: new vm.Script(code, { filename: file, cachedData }), cached: cachedData !== undefined };
}

module.exports = { loadCliBundle, loadServeClient };
