import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tempDir } from './cli.js';

/**
 * Rules the git/baseline/SARIF tests run with (`--no-builtin --rules <file>`), so that they test the plumbing,
 * not the built-in packs, which change on their own schedule.
 */
export const TEST_RULES = `rules:
  - id: test.stamp
    title: { en: Classification stamp }
    rationale: { en: A stamped document must not leave. }
    category: classified-marking
    keywords:
      terms: [tối mật, tuyệt mật]
      case: upper
    layout: { standalone: true }
    examples:
      match: ["TỐI MẬT\\nBáo cáo"]
      noMatch: ["Luật quy định độ tối mật."]
  - id: test.cccd
    title: { en: Citizen ID number (CCCD) }
    rationale: { en: A citizen ID identifies a person. }
    category: national-id
    patterns: ['(?<![\\p{L}\\p{N}])0\\d{11}(?![\\p{L}\\p{N}])']
    examples:
      match: ["CCCD 001099012345"]
      noMatch: ["Order 12345"]
  - id: test.token
    title: { en: Test API token }
    rationale: { en: A token grants access. }
    category: credential
    patterns: ['\\bpgk_[A-Za-z0-9]{16}\\b']
    examples:
      match: ["key pgk_ABCDEFGHIJKLMNOP"]
      noMatch: ["pgk_short"]
`;

/** Writes TEST_RULES into `dir` and returns the scan options that use only them. */
export function testRules(dir: string): string[] {
  const file = join(dir, 'test-rules.yaml');
  writeFileSync(file, TEST_RULES);
  return ['--no-builtin', '--rules', file];
}

/** An environment where only the test's own git config counts (no user config, fixed identity, no colours). */
export function gitEnv(home: string): Record<string, string | undefined> {
  return {
    HOME: home,
    XDG_CONFIG_HOME: join(home, '.config'),
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.invalid',
    GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.invalid',
    GIT_DIR: undefined, GIT_INDEX_FILE: undefined, GIT_WORK_TREE: undefined,
    NO_COLOR: '1', LANG: 'en_US.UTF-8',
  };
}

/** A fresh repository in a temporary folder, with helpers to write files and run git in it. */
export function makeRepo() {
  const root = tempDir('pg-git-');
  const home = tempDir('pg-home-');
  const env = { ...process.env, ...gitEnv(home) } as Record<string, string>;
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  const run = (args: string[], cwd = root) => {
    const r = spawnSync('git', args, { cwd, env, encoding: 'utf8' });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  const git = (...args: string[]) => {
    const r = run(args);
    if (r.code !== 0) throw new Error(`git ${args.join(' ')} failed: ${r.stderr}`);
    return r.stdout;
  };
  git('init', '-q', '-b', 'main', '.');
  const write = (rel: string, text: string) => {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), text);
  };
  return { root, home, env: gitEnv(home), git, run, write };
}
