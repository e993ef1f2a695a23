#!/usr/bin/env node
// Thin entry point: the CLI lives in dist/cli/main.js (built from src/ by `npm install`).
import { run } from '../dist/cli/main.js';

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`promptgate: internal error, the scan cannot be trusted: ${e?.message ?? e}\n`);
    process.exitCode = 2;
  },
);
