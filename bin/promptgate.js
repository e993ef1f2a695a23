#!/usr/bin/env node
// Thin entry point: the CLI lives in dist/cli/main.js (built from src/ by `npm install`).
// Loaded dynamically so that even a broken or missing build ends in exit 2 ("cannot be trusted"), never 1 or 0.
const fail = (e) => {
  process.stderr.write(`promptgate: internal error, the scan cannot be trusted: ${e?.message ?? e}\n`);
  process.exitCode = 2;
};
import('../dist/cli/main.js')
  .then(({ run }) => run(process.argv.slice(2)))
  .then((code) => {
    process.exitCode = code;
  })
  .catch(fail);
