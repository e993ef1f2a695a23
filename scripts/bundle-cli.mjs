#!/usr/bin/env node
// Build step (`npm run build`, after tsc and the rule cache): the CLI as one CommonJS file, dist/cli.cjs, plus a V8
// code cache for it, dist/cli.cjs.cache, so a start-up neither resolves ~80 ES modules one by one nor compiles their
// functions again (see bin/promptgate.js, which loads both and falls back to dist/cli/main.js without them).
//
// What stays outside the bundle, loaded by path when needed:
// - the document readers (dist/runtime/scan-document.js, dist/input/extract/ and everything under it, with pdfjs-dist
//   and entities):
//   ES modules, some ESM-only, and only documents need them; the bundle reaches them through `__pgImport`, an
//   `import()` supplied by bin/promptgate.js (code run by vm.Script cannot use `import()` itself on Node 20);
// - worker scripts (runtime/pool-worker.js, runtime/regex-watchdog-worker.js, fingerprint/worker.js): started by path,
//   they load dist/ as ESM;
// - packages loaded through createRequire at run time (yaml, natural, refa, regexpp, ignore): plain require.
//
// Every `import.meta.url` becomes the URL of the file it was written in (dist/<path>), so paths computed from it
// (rules folder, rule cache, package.json, worker scripts) are the same as in the ES modules.
//
// Without esbuild (a production install without dev dependencies) this step says so and does nothing: the CLI
// then runs from dist/cli/main.js as before.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const out = join(dist, 'cli.cjs');
const cacheFile = `${out}.cache`;
const clientOut = join(dist, 'serve-client.cjs');
const clientCache = `${clientOut}.cache`;
rmSync(out, { force: true });
rmSync(cacheFile, { force: true });
rmSync(clientOut, { force: true });
rmSync(clientCache, { force: true });

let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  process.stderr.write('promptgate: esbuild is not installed; the CLI runs unbundled (slower start-up)\n');
  process.exit(0);
}

/** Modules that stay ES modules outside the bundle: the document readers. */
const esmOutside = (abs) =>
  abs === join(dist, 'runtime', 'scan-document.js') || (abs.startsWith(join(dist, 'input', 'extract') + sep) && !abs.endsWith(`${sep}detect.js`));
const toUrlPath = (abs) => `./${relative(dist, abs).split(sep).join('/')}`;

/** @type {import('esbuild').Plugin} */
const distFiles = {
  name: 'promptgate-dist',
  setup(build) {
    build.onLoad({ filter: /\.js$/ }, (args) => {
      if (!args.path.startsWith(dist + sep)) return undefined;
      let code = readFileSync(args.path, 'utf8');
      const here = toUrlPath(args.path);
      if (!/^[\w./-]+$/.test(here)) throw new Error(`${here}: a dist/ file name that is not URL-safe (see __pgFileUrl)`);
      code = code.replaceAll('import.meta.url', `__pgFileUrl(${JSON.stringify(here)})`);
      code = code.replace(/\bimport\((['"])([^'"]+)\1\)/g, (all, _q, spec) => {
        // A built-in module: already loaded or cheap to require, no need for import().
        if (spec.startsWith('node:')) return `Promise.resolve().then(() => require(${JSON.stringify(spec)}))`;
        // The document readers: kept as ES modules, imported through the loader.
        const abs = spec.startsWith('.') ? resolve(dirname(args.path), spec) : undefined;
        return abs && esmOutside(abs) ? `__pgImport(${JSON.stringify(toUrlPath(abs))})` : all;
      });
      return { contents: code, loader: 'js' };
    });
  },
};

/**
 * A built-in module that some modules import but rarely call, replaced for them by functions that require the real
 * module on first call (`names`: the functions they use).
 * @returns {import('esbuild').Plugin}
 */
const lazyBuiltin = (module, importedBy, names) => ({
  name: `promptgate-lazy-${module}`,
  setup(build) {
    build.onResolve({ filter: new RegExp(`^(node:)?${module}$`) }, (args) =>
      importedBy(args.importer) ? { path: module, namespace: `lazy-${module}` } : undefined);
    build.onLoad({ filter: /.*/, namespace: `lazy-${module}` }, () => ({
      contents: `module.exports = { ${names.map((n) => `${n}: (...args) => require("node:${module}").${n}(...args)`).join(', ')} };`,
      loader: 'js',
    }));
  },
});

/**
 * commander requires child_process when it loads, for executable subcommands (`git-style` separate programs), which
 * promptgate does not have: ~5 ms of every start-up (child_process pulls in net, dgram, streams). Inside the bundle
 * commander gets `spawn` that requires the real module on first call.
 */
const lazyChildProcess = lazyBuiltin('child_process', (importer) => importer.includes(`${sep}node_modules${sep}commander${sep}`), ['spawn']);

const result = await esbuild.build({
  entryPoints: [join(dist, 'cli/main.js')],
  outfile: out,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  plugins: [distFiles, lazyChildProcess],
  // The whole file is compiled from the code cache; short names and no white space still make it smaller to read.
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'none',
  logLevel: 'warning',
  // The file is one function expression, the CommonJS wrapper with `__pgImport` added (see bin/cli-bundle.js):
  // vm.Script compiles the file's text as it is read, with no wrapped copy of 300 KB to build first.
  banner: {
    js: [
      '// Generated by scripts/bundle-cli.mjs from dist/ (see there). Loaded by bin/cli-bundle.js.',
      '(function (exports, require, module, __filename, __dirname, __pgImport) {',
      '"use strict";', // ES modules are strict; the directive must open the function body
      // `p` is a plain relative path made by this script (see toUrlPath), so appending it to the folder's URL is exact.
      'var __pgDistUrl; var __pgFileUrl = (p) => (__pgDistUrl ??= require("node:url").pathToFileURL(__dirname + "/").href) + p.slice(2);',
    ].join('\n'),
  },
  footer: { js: '})' },
});
if (result.errors.length > 0) process.exit(1);
// esbuild escapes non-ASCII characters in strings, not in regex literals; one such character makes V8 hold the
// whole source as a two-byte string (twice the memory to read and hash at every start). `\uXXXX` means the same
// code unit in a regex literal (with or without the u flag) as anywhere else in the code.
// (Not after a backslash: `\é` would become `\\u00e9`. None today; should one appear, the source stays as it is.)
let code = readFileSync(out, 'utf8');
if (!/\\[^\x00-\x7f]/.test(code)) {
  code = code.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  writeFileSync(out, code);
}
if (code.includes('import(')) {
  process.stderr.write('promptgate: dist/cli.cjs still holds an import() (unsupported in vm.Script on Node 20)\n');
  rmSync(out, { force: true });
  process.exit(1);
}

// The code cache: a fresh process compiles the bundle, runs sample scans (so the functions a scan uses are compiled
// and land in the cache too, not only the top level), and writes the cache. A fresh process: the same V8 flags as a
// user's run, or V8 rejects the cache (bin/promptgate.js then compiles, correct but slower); so NODE_OPTIONS, which
// may carry V8 flags from a CI or build environment, is left out.
const env = { ...process.env };
delete env.NODE_OPTIONS;
const warm = spawnSync(process.execPath, [join(root, 'scripts/warm-cli-cache.mjs'), out, cacheFile], { stdio: 'inherit', env });
if (warm.status !== 0 || !existsSync(cacheFile)) {
  process.stderr.write('promptgate: could not write the code cache for dist/cli.cjs (start-up will be slower)\n');
  rmSync(cacheFile, { force: true });
}
process.stderr.write(`promptgate: bundled the CLI into dist/cli.cjs${existsSync(cacheFile) ? ' (with code cache)' : ''}\n`);

// The client of `promptgate serve` (dist/serve/cli-client.js): bin/promptgate.js asks a running server before it loads
// the CLI, so the client is a bundle of its own — Node built-ins, src/serve/ and the document sniffer, a few KB.
const client = await esbuild.build({
  entryPoints: [join(dist, 'serve/cli-client.js')],
  outfile: clientOut,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // node:crypto only names a Windows pipe (serve/location.js), and loading it costs every served run ~2 ms; node:os
  // only gives the temporary folder when neither PROMPTGATE_SERVER_DIR nor XDG_RUNTIME_DIR is set (~0.9 M instructions).
  plugins: [
    lazyBuiltin('crypto', (importer) => importer.endsWith(`${sep}serve${sep}location.js`), ['createHash']),
    lazyBuiltin('os', (importer) => importer.endsWith(`${sep}serve${sep}location.js`), ['tmpdir']),
  ],
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'none',
  logLevel: 'warning',
  banner: { js: '// Generated by scripts/bundle-cli.mjs from dist/serve/cli-client.js. Loaded by bin/promptgate.js.' },
});
if (client.errors.length > 0) process.exit(1);
// esbuild leaves `import('node:…')` as it is; in a CommonJS file that starts Node's ES module loader for a built-in
// module that require() gives at once.
writeFileSync(clientOut, readFileSync(clientOut, 'utf8').replace(/\bimport\((["'])(node:[a-z_]+)\1\)/g, 'Promise.resolve().then(() => require("$2"))'));
// Its code cache, made the way the CLI's is (a fresh process without NODE_OPTIONS): a served prompt's client compiles
// its functions from it instead of at each run (see scripts/warm-client-cache.mjs).
const warmClient = spawnSync(process.execPath, [join(root, 'scripts/warm-client-cache.mjs'), clientCache], { stdio: 'inherit', env });
if (warmClient.status !== 0 || !existsSync(clientCache)) {
  process.stderr.write('promptgate: could not write the code cache for dist/serve-client.cjs (a served run will be slower)\n');
  rmSync(clientCache, { force: true });
}
