import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderTimes, listingIfUnchanged } from '../src/rules/builtin-cache.js';
import { BUILTIN_DIR, builtinPacks, ruleFiles } from '../src/rules/ruleset.js';
import { tempDir } from './helpers/cli.js';

// A start-up takes the built-in packs and their files from the rule cache instead of listing the folders, as long as
// no folder under rules/ has changed since the build (rules/builtin-cache.ts cachedListing).
describe('the built-in folders as the build listed them', () => {
  it('are the packs and files a listing gives now', async () => {
    // (The build's cache sits beside dist/rules/builtin-cache.js.)
    const { cachedListing } = await import('../dist/rules/builtin-cache.js');
    const listing = cachedListing(BUILTIN_DIR);
    expect(listing).toBeDefined();
    expect([...listing!.keys()]).toEqual(builtinPacks());
    for (const p of builtinPacks()) expect(listing!.get(p)).toEqual(ruleFiles(join(BUILTIN_DIR, p)));
  });

  it('are not used once a file is added, removed or renamed in any folder, nor when a folder is missing', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'a', 'deep'), { recursive: true });
    mkdirSync(join(dir, 'b'));
    writeFileSync(join(dir, 'a', 'one.yaml'), 'rules: []\n');
    writeFileSync(join(dir, 'b', 'two.yaml'), 'rules: []\n');
    const fresh = () => ({ packs: { a: ['one.yaml'], b: ['two.yaml'] }, folders: folderTimes(dir) });
    let listing = fresh();
    expect(Object.keys(listing.folders).sort()).toEqual(['', 'a', join('a', 'deep'), 'b']);
    expect(listingIfUnchanged(listing, dir)).toEqual(new Map([['a', [join(dir, 'a', 'one.yaml')]], ['b', [join(dir, 'b', 'two.yaml')]]]));
    const changes = [
      () => writeFileSync(join(dir, 'a', 'deep', 'new.yaml'), 'rules: []\n'), // in a folder with no rule file yet
      () => rmSync(join(dir, 'b', 'two.yaml')),
      () => renameSync(join(dir, 'a', 'one.yaml'), join(dir, 'a', 'uno.yaml')),
      () => mkdirSync(join(dir, 'c')), // a new pack
    ];
    for (const change of changes) {
      // (Folder times have sub-millisecond resolution here; wait past the recorded one so a change shows.)
      const until = Date.now() + 5;
      while (Date.now() < until);
      change();
      expect(listingIfUnchanged(listing, dir)).toBeUndefined();
      listing = fresh();
      expect(listingIfUnchanged(listing, dir)).toBeDefined();
    }
    expect(listingIfUnchanged(listing, join(dir, 'missing'))).toBeUndefined();
  });
});
