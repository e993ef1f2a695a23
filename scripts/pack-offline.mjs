// Builds a tarball that installs without a network: the package as `npm pack` makes it, with its run-time
// dependencies bundled inside (bundleDependencies), for machines that cannot reach the npm registry.
//   npm run build && node scripts/pack-offline.mjs       → promptgate-<version>-offline.tgz
//   (on the other machine)  npm install -g --offline ./promptgate-<version>-offline.tgz
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const stage = mkdtempSync(join(tmpdir(), 'promptgate-pack-'));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
try {
  for (const f of pkg.files) cpSync(join(root, f), join(stage, f), { recursive: true });
  // The staged copy has no sources to build from and needs no dev tools.
  const { devDependencies: _d, scripts: _s, ...rest } = pkg;
  writeFileSync(join(stage, 'package.json'), JSON.stringify({ ...rest, bundleDependencies: Object.keys(pkg.dependencies) }, null, 2) + '\n');
  cpSync(join(root, 'package-lock.json'), join(stage, 'package-lock.json'));
  execFileSync(npm, ['ci', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: stage, stdio: 'inherit', shell: process.platform === 'win32' });
  const name = execFileSync(npm, ['pack', '--ignore-scripts', '--silent'], { cwd: stage, encoding: 'utf8', shell: process.platform === 'win32' }).trim().split('\n').pop();
  const out = join(root, name.replace(/\.tgz$/, '-offline.tgz'));
  renameSync(join(stage, name), out);
  console.log(`promptgate: wrote ${out}`);
} finally {
  rmSync(stage, { recursive: true, force: true });
}
