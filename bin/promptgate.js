#!/usr/bin/env node
'use strict';
// Thin entry point: the CLI lives in dist/ (built from src/ by `npm install`): the bundle dist/cli.cjs with its code
// cache when the build made one (fast start-up, see cli-bundle.js), else the ES modules from dist/cli/main.js.
// CommonJS (see bin/package.json): an ES module entry point costs Node ~10 ms more to start.
// A broken or missing build ends in exit 2 ("cannot be trusted"), never 1 or 0.
const fail = (e) => {
  process.stderr.write(`promptgate: internal error, the scan cannot be trusted: ${e?.message ?? e}\n`);
  process.exitCode = 2;
};
let run;
try {
  run = require('./cli-bundle.js').loadCliBundle()?.run;
} catch {
  run = undefined; // a bundle that cannot be loaded: the ES modules give the same CLI
}
Promise.resolve(run ?? import('../dist/cli/main.js').then((m) => m.run))
  .then((r) => r(process.argv.slice(2)))
  .then((code) => {
    process.exitCode = code;
  })
  .catch(fail);
