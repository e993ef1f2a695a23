import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ZipArchive } from '../src/input/extract/zip.js';

// What `npm run build` writes for the browser extension (#23) and what `npm run pack:extension` packs, checked
// without a browser: the manifests keep the promises (no network permission, hosts only for the supported chat
// sites, all sites only as an optional permission), and the packed zip holds exactly the unpacked files.
const DIST = resolve(__dirname, '../dist');
/** The id Chromium gives the extension (from manifest.json's `key`; scripts/extension-key.mjs). */
const EXTENSION_ID = 'ipeglfegbphnfandepacneldmininopk';
const SITES = JSON.parse(readFileSync(resolve(__dirname, '../src/extension/sites.json'), 'utf8')) as { sites: { id: string; matches: string[] }[] };
const manifest = (b: string) => JSON.parse(readFileSync(join(DIST, 'extension', b, 'manifest.json'), 'utf8'));
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [join(dir, n)]));

describe('the extension build', () => {
  it('asks for storage and scripting only, and for the chat sites only', () => {
    const hosts = [...new Set(SITES.sites.flatMap((s) => s.matches))];
    expect(SITES.sites.map((s) => s.id)).toEqual(['chatgpt', 'gemini', 'copilot', 'claude', 'deepseek', 'perplexity', 'mistral', 'grok']);
    for (const b of ['chromium', 'firefox']) {
      const m = manifest(b);
      expect(m.manifest_version).toBe(3);
      expect(m.permissions).toEqual(['storage', 'scripting']);
      expect(m.host_permissions).toEqual(hosts);
      expect(m.content_scripts[0].matches).toEqual(hosts);
      expect(m.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
      expect(m.content_security_policy.extension_pages).toContain("connect-src 'none'");
      expect(JSON.stringify(m)).not.toContain('127.0.0.1'); // the test host is only in dist/extension-test/
    }
    expect(manifest('chromium').background).toEqual({ service_worker: 'background.js' });
    expect(manifest('chromium').storage).toEqual({ managed_schema: 'managed-schema.json' });
    expect(manifest('firefox').background).toEqual({ scripts: ['background.js'] });
    expect(manifest('firefox').browser_specific_settings.gecko.id).toMatch(/@/);
  });

  it('has a fixed Chromium id from the committed key, and icons drawn by make-icons.mjs', async () => {
    const { extensionId } = (await import('../scripts/extension-key.mjs')) as { extensionId(key: string): string };
    expect(extensionId(manifest('chromium').key)).toBe(EXTENSION_ID);
    expect(readFileSync(resolve(__dirname, '../README.md'), 'utf8')).toContain(`"${EXTENSION_ID}": {`); // the managed-policy example
    expect(manifest('firefox').key).toBeUndefined();
    for (const b of ['chromium', 'firefox']) {
      for (const [size, path] of Object.entries(manifest(b).icons as Record<string, string>)) {
        const png = readFileSync(join(DIST, 'extension', b, path));
        expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
        expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([Number(size), Number(size)]);
      }
    }
  });

  it('loads no remote code: every script is in the package and none names an http(s) script source', () => {
    for (const f of ['content.js', 'background.js', 'options.js']) {
      const js = readFileSync(join(DIST, 'extension', 'chromium', f), 'utf8');
      expect(js).not.toMatch(/importScripts\s*\(|\bimport\s*\(\s*["']https?:/);
    }
    expect(readFileSync(join(DIST, 'extension', 'chromium', 'options.html'), 'utf8')).not.toMatch(/src=["']https?:/);
  });

  it('leaves the test build\'s policy override out of the packed builds', () => {
    expect(readFileSync(join(DIST, 'extension-test', 'content.js'), 'utf8')).toContain('testPolicy');
    for (const b of ['chromium', 'firefox']) {
      for (const f of ['content.js', 'background.js', 'options.js']) expect(readFileSync(join(DIST, 'extension', b, f), 'utf8'), `${b}/${f}`).not.toContain('testPolicy');
    }
  });

  it('packs each build into a zip that holds exactly its files', async () => {
    const { zip } = (await import('../scripts/pack-extension.mjs')) as { zip(dir: string): Buffer };
    for (const b of ['chromium', 'firefox']) {
      const dir = join(DIST, 'extension', b);
      expect(existsSync(dir)).toBe(true);
      const bytes = zip(dir);
      expect(zip(dir).equals(bytes)).toBe(true); // the same build packs to the same bytes
      const archive = new ZipArchive(new Uint8Array(bytes));
      const names = files(dir).map((f) => relative(dir, f).split(sep).join('/')).sort();
      expect(archive.names().sort()).toEqual(names);
      for (const n of names) expect(Buffer.from(archive.read(n)!).equals(readFileSync(join(dir, n))), n).toBe(true);
    }
  });
});
