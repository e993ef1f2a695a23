#!/usr/bin/env node
// Build step (`npm run build`, after the browser bundle): the browser extension (src/extension/, see its README
// section) as unpacked folders a browser loads:
//   dist/extension/chromium/  Manifest V3 with a service worker and the managed-policy schema,
//   dist/extension/firefox/   the same scripts with Firefox's manifest (background scripts, browser_specific_settings),
//   dist/extension-test/      the Chromium build for test/extension.test.ts: every site adapter also matches
//                             http://127.0.0.1/<site id>/*, the panel's shadow root is open and a test policy can be
//                             set in local storage. Never packed (scripts/pack-extension.mjs packs the first two).
//   dist/extension-test-firefox/  the same with Firefox's manifest, for test/extension-firefox.test.ts.
// The extension's TypeScript is type-checked with its own tsconfig (DOM types) and bundled with esbuild: the engine
// with the precompiled built-in rules, the YAML parser for the organisation's rules, pdf.js in the background; no
// remote code.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'src', 'extension');
const dist = join(root, 'dist');
const out = {
  chromium: join(dist, 'extension', 'chromium'), firefox: join(dist, 'extension', 'firefox'), test: join(dist, 'extension-test'),
  testFirefox: join(dist, 'extension-test-firefox'),
};
for (const d of [join(dist, 'extension'), out.test, out.testFirefox]) rmSync(d, { recursive: true, force: true });

let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  process.stderr.write('promptgate: esbuild is not installed; no browser extension\n');
  process.exit(0);
}

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const check = spawnSync(process.execPath, [tsc, '-p', join(src, 'tsconfig.json')], { cwd: root, encoding: 'utf8' });
if (check.status !== 0) {
  process.stderr.write(`promptgate: the extension does not type-check:\n${check.stdout}${check.stderr}`);
  process.exit(1);
}

const sites = JSON.parse(readFileSync(join(src, 'sites.json'), 'utf8'));
/** The test build's adapters: each also answers on the local test server, under its own path. */
const testSites = { ...sites, sites: sites.sites.map((s) => ({ ...s, matches: [...s.matches, `http://127.0.0.1/${s.id}/*`] })) };

/**
 * What the bundle resolves itself: the rule cache, and the Node modules the readers name. `pdf` is true for the
 * background's bundle, which reads PDFs with the CLI's reader (input/extract/pdf.ts and pdf.js); the content
 * script and the options page get a stand-in that refuses (their PDFs go to the background, src/extension/files.ts).
 */
const hostPlugin = (siteData, pdf) => ({
  name: 'promptgate-extension',
  setup(b) {
    // The rule cache with the prefilters of its second file back in place (rules/builtin-cache.ts builtinCacheWhole).
    b.onResolve({ filter: /^promptgate:builtin-rules$/ }, () => ({ path: 'builtin-rules.json', namespace: 'pg-rules' }));
    b.onLoad({ filter: /.*/, namespace: 'pg-rules' }, async () => ({ loader: 'json', contents: (await import(pathToFileURL(join(dist, 'rules', 'builtin-cache.js')).href)).builtinCacheWhole() }));
    // The built-in vocabularies an organisation's rules may `use:` (builtin:<pack>), by pack.
    b.onResolve({ filter: /^promptgate:builtin-vocabularies$/ }, () => ({ path: 'vocabularies', namespace: 'pg-vocabularies' }));
    b.onLoad({ filter: /.*/, namespace: 'pg-vocabularies' }, () => {
      const packs = readdirSync(join(root, 'rules')).filter((p) => existsSync(join(root, 'rules', p, 'vocabulary.yaml')));
      return { loader: 'json', contents: JSON.stringify(Object.fromEntries(packs.map((p) => [p, readFileSync(join(root, 'rules', p, 'vocabulary.yaml'), 'utf8')]))) };
    });
    b.onResolve({ filter: /sites\.json$/ }, () => ({ path: 'sites.json', namespace: 'pg-sites' }));
    b.onLoad({ filter: /.*/, namespace: 'pg-sites' }, () => ({ contents: JSON.stringify(siteData), loader: 'json' }));
    // The document readers in a browser (src/browser/documents.ts): zip entries and PDF streams inflated by
    // DecompressionStream, the few Buffer calls by a view on bytes (injected below).
    b.onResolve({ filter: /^node:zlib$/ }, () => ({ path: join(root, 'src', 'browser', 'inflate.ts') }));
    if (!pdf) b.onResolve({ filter: /^\.\/pdf\.js$/ }, (a) => (a.importer.includes(`${sep}input${sep}extract${sep}`) ? { path: 'pdf', namespace: 'pg-node' } : undefined));
    b.onResolve({ filter: /^node:(fs|module|path)$/ }, (a) => ({ path: a.path, namespace: 'pg-node' }));
    b.onLoad({ filter: /.*/, namespace: 'pg-node' }, (a) => ({
      resolveDir: root,
      loader: 'js',
      contents: a.path === 'pdf'
        ? `import { Unreadable } from ${JSON.stringify(join(root, 'src', 'input', 'extract', 'types.ts'))}; export async function extractPdf() { throw new Unreadable('a PDF inside another document is not read by the browser extension; not scanned'); }`
        : a.path === 'node:module'
        // util/yaml.ts loads `yaml` through createRequire: the bundle hands it the bundled package, and nothing else.
        // pdf.ts (background only) resolves pdf.js's CMaps and fonts beside its package: there, the extension's own
        // (unpackaged) files, so a PDF that needs them is read without them and nothing is fetched from a site.
        ? "import * as yaml from 'yaml'; export function createRequire() { const r = (n) => { if (n === 'yaml') return yaml; throw new Error('promptgate: ' + n + ' is not in the extension'); }; r.resolve = (n) => chrome.runtime.getURL(n); return r; }"
        : pdf && a.path === 'node:path'
        ? "export const dirname = (p) => p.slice(0, p.lastIndexOf('/')), join = (...p) => p.join('/'), resolve = join;"
        : a.path === 'node:path'
        // rules/vocabulary.ts follows `use:` files relative to a rule file; rules from a policy have no file, so never.
        ? "const no = () => { throw new Error('promptgate: no file paths in the extension'); }; export const dirname = no, join = no, resolve = no;"
        : "export function readFileSync() { throw new Error('promptgate: no file system in the extension'); }",
    }));
  },
});

async function bundle(dir, siteData, testBuild) {
  mkdirSync(dir, { recursive: true });
  const common = {
    outdir: dir,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: ['chrome116', 'firefox128'],
    minify: !testBuild,
    legalComments: 'eof',
    logLevel: 'warning',
    define: { PROMPTGATE_TEST_BUILD: String(testBuild), 'import.meta.url': '""' }, // import.meta: only createRequire's, shimmed above
    inject: [join(root, 'src', 'browser', 'buffer-shim.ts')],
    banner: { js: '// promptgate browser extension, generated by scripts/bundle-extension.mjs from src/extension/.' },
  };
  const builds = await Promise.all([
    esbuild.build({ ...common, entryPoints: { content: join(src, 'content.ts'), options: join(src, 'options.ts') }, plugins: [hostPlugin(siteData, false)] }),
    esbuild.build({ ...common, entryPoints: { background: join(src, 'background.ts') }, plugins: [hostPlugin(siteData, true)] }),
  ]);
  if (builds.some((r) => r.errors.length > 0)) process.exit(1);
  for (const f of ['options.html', 'managed-schema.json']) cpSync(join(src, f), join(dir, f));
  mkdirSync(join(dir, 'icons'));
  for (const f of readdirSync(join(src, 'icons')).filter((n) => n.endsWith('.png'))) cpSync(join(src, 'icons', f), join(dir, 'icons', f));
  writeFileSync(join(dir, 'sites.json'), `${JSON.stringify(siteData, null, 2)}\n`);
}

const base = JSON.parse(readFileSync(join(src, 'manifest.json'), 'utf8'));
const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;

function chromiumManifest(siteData) {
  const hosts = [...new Set(siteData.sites.flatMap((s) => s.matches))];
  return { ...base, version, host_permissions: hosts, content_scripts: [{ ...base.content_scripts[0], matches: hosts }] };
}

function firefoxManifest(siteData) {
  const m = chromiumManifest(siteData);
  delete m.minimum_chrome_version;
  delete m.key; // Chromium's fixed id (scripts/extension-key.mjs); Firefox's is browser_specific_settings.gecko.id
  delete m.storage; // Firefox reads managed settings from policies.json (README), not from a schema in the package
  return {
    ...m,
    background: { scripts: ['background.js'] },
    browser_specific_settings: { gecko: { id: 'promptgate@promptgate.local', strict_min_version: '128.0' } },
  };
}

await bundle(out.chromium, sites, false);
writeFileSync(join(out.chromium, 'manifest.json'), `${JSON.stringify(chromiumManifest(sites), null, 2)}\n`);
cpSync(out.chromium, out.firefox, { recursive: true });
writeFileSync(join(out.firefox, 'manifest.json'), `${JSON.stringify(firefoxManifest(sites), null, 2)}\n`);
await bundle(out.test, testSites, true);
writeFileSync(join(out.test, 'manifest.json'), `${JSON.stringify({ ...chromiumManifest(testSites), name: 'promptgate (test build)' }, null, 2)}\n`);
cpSync(out.test, out.testFirefox, { recursive: true });
writeFileSync(join(out.testFirefox, 'manifest.json'), `${JSON.stringify({ ...firefoxManifest(testSites), name: 'promptgate (test build)' }, null, 2)}\n`);
if (!existsSync(join(out.chromium, 'content.js'))) process.exit(1);
process.stderr.write('promptgate: built the browser extension into dist/extension/{chromium,firefox} (test build: dist/extension-test)\n');
