#!/usr/bin/env node
'use strict';
// Thin entry point: the CLI lives in dist/ (built from src/ by `npm install`): the bundle dist/cli.cjs with its code
// cache when the build made one (fast start-up, see cli-bundle.js), else the ES modules from dist/cli/main.js.
// CommonJS (see bin/package.json): an ES module entry point costs Node ~10 ms more to start.
// A broken or missing build ends in exit 2 ("cannot be trusted"), never 1 or 0.
//
// Before any of that, a scan the user's `promptgate serve` can answer is sent to it (dist/serve-client.cjs, a few
// KB, with its own code cache): its output is written and the process ends without loading the CLI. When there is no server, or it fails in
// any way, the CLI runs in process — with the standard input the client already read.
const fail = (e) => {
  process.stderr.write(`promptgate: internal error, the scan cannot be trusted: ${e?.message ?? e}\n`);
  process.exitCode = 2;
};
const argv = process.argv.slice(2);
// PROMPTGATE_TIMING=1: where the start-up goes, phase by phase (see src/util/timing.ts), on standard error at exit.
if (process.env.PROMPTGATE_TIMING) {
  const marks = (globalThis.__promptgateMarks = [['bin', performance.now()]]);
  process.on('exit', () => {
    marks.push(['exit', performance.now()]);
    process.stderr.write(`promptgate timing (ms since start):${marks.map(([n, t]) => ` ${n} ${t.toFixed(1)}`).join('')}\n`);
  });
}
const mark = (name) => globalThis.__promptgateMarks?.push([name, performance.now()]);
let served;
try {
  served = serveClient().tryServer(argv, require('node:path').join(__dirname, '..'));
} catch {
  served = undefined; // no client in this build: in process
}
Promise.resolve(served)
  .catch(() => undefined) // a failure of the client before it read anything: in process
  .then((outcome) => {
    if (outcome && 'code' in outcome) {
      process.exitCode = outcome.code;
      mark('served');
      // All of the output was written synchronously: end now, without closing the server's connection first or
      // waiting for the tasks V8 left for an idle moment (both cost a short run more than the exit itself).
      process.exit();
    }
    mark('client');
    let cli;
    try {
      cli = require('./cli-bundle.js').loadCliBundle();
      mark('bundle');
    } catch {
      cli = undefined; // a bundle that cannot be loaded: the ES modules give the same CLI
    }
    return Promise.resolve(cli ?? import('../dist/cli/main.js'))
      .then((m) => m.run(argv, outcome?.stdin ? withStdin(m.processIO(), outcome.stdin) : undefined))
      .then((code) => {
        process.exitCode = code;
        // A scan awaits each of its writes (cli/commands/scan.ts), so once it returns a failed write has set the
        // status 2: with stdout and stderr holding nothing buffered, end now rather than after the tasks V8 left for
        // an idle moment (a young-generation collection costs a prompt ~3 ms). Other commands, a failed or still
        // buffered stream (a slow pipe, a terminal on Windows): the process ends as usual, once all is written.
        const done = (s) => s.writableLength === 0 && !s.errored && !s.destroyed;
        if (argv[0] === 'scan' && done(process.stdout) && done(process.stderr)) process.exit();
      });
  })
  .catch(fail);

/** The process's streams, with standard input replayed from what the server client read of it (and the rest). */
function withStdin(io, { head, more }) {
  async function* chunks() {
    yield head;
    if (more === 'stream') yield* process.stdin;
    else if (more) for (let r = await more.next(); !r.done; r = await more.next()) yield r.value;
  }
  const stdin = Object.assign(require('node:stream').Readable.from(chunks(), { objectMode: false }), { isTTY: false });
  // A scan reads the rest from descriptor 0 itself (see src/input/stream.ts) while the client has not built its stream.
  const stdinFd = more === 'stream' ? { fd: 0, head } : undefined;
  return Object.defineProperties(io, { stdin: { value: stdin }, stdinFd: { value: stdinFd } });
}

/**
 * The client of `promptgate serve` (dist/serve-client.cjs) with its code cache: bin/cli-bundle.js loadServeClient,
 * done here so that a served run does not resolve and compile that module too (the same file, wrapper and cache).
 */
function serveClient() {
  const { readFileSync } = require('node:fs');
  const file = require('node:path').join(__dirname, '..', 'dist', 'serve-client.cjs');
  const code = `(function (exports, require, module, __filename, __dirname) {${readFileSync(file, 'utf8')}\n})`;
  let cachedData;
  try {
    cachedData = readFileSync(`${file}.cache`);
  } catch {
    // no cache: compile
  }
  const vm = require('node:vm');
  const module = { exports: {} };
  new vm.Script(code, { filename: file, cachedData }).runInThisContext()(module.exports, require, module, file, require('node:path').dirname(file));
  return module.exports;
}
