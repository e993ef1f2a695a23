import { type Command, Option } from 'commander';
import type { RuleFlags } from '../../config/options.js';
import type { CompiledRule } from '../../rules/model.js';
import type { CliIO } from '../io.js';
import { sayer } from '../say.js';
import type { CommandContext } from './index.js';
import { ruleOptions } from './options.js';

export interface RuleCommandFlags extends RuleFlags {
  config?: string | boolean;
  format?: string;
  showExamples?: boolean;
}

/** Example texts are written to look like real values (and sometimes are): masked unless the officer asks. */
export const SHOW_EXAMPLES = ['--show-examples', 'print example texts as written (they may hold real-looking values); masked otherwise'] as const;

/** A rule too large or too risky to analyse is refused unless the author asks to check the rest anyway. */
const NO_VALIDATE_REGEX = ['--no-validate-regex', 'do not refuse risky regexes in user rules (matching is still time-bounded)'] as const;

export function registerRules(program: Command, { io, setExit }: CommandContext): void {
  const rules = program.command('rules').description('check, test and list rule sets (for rule authors)');
  ruleOptions(rules.command('validate'))
    .option(...NO_VALIDATE_REGEX)
    .description('check rule files without scanning anything (the active rules when no path is given); exit 0 or 2')
    .argument('[paths...]', 'rule files or folders to check, together with the active rules')
    .action(async (paths: string[], flags: RuleCommandFlags) => setExit(await validateCommand(paths, flags, io)));
  ruleOptions(rules.command('test'))
    .option(...NO_VALIDATE_REGEX)
    .description("run every rule's match / noMatch examples; exit 0 all pass, 1 an example fails, 2 invalid rules")
    .argument('[paths...]', 'rule files or folders whose rules to test (default: all active rules)')
    .option(...SHOW_EXAMPLES)
    .action(async (paths: string[], flags: RuleCommandFlags) => setExit(await testCommand(paths, flags, io)));
  ruleOptions(rules.command('list'))
    .description('list the active rules (after the config file): id, category, severity, source file, enabled')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json']).default('table'))
    .action(async (flags: RuleCommandFlags) => setExit(await listCommand(flags, io)));
}

/** Loads the active rules (config + flags) plus `paths`, with every regex checked for catastrophic backtracking. */
export async function loadForAuthoring(paths: string[], flags: RuleCommandFlags, io: CliIO): Promise<CompiledRule[]> {
  const [{ cliContext }, { loadRuleSet }] = await Promise.all([import('../context.js'), import('../../rules/ruleset.js')]);
  const ctx = await cliContext({ ...flags, rules: [...(flags.rules ?? []), ...paths] }, io);
  return loadRuleSet({ ...ctx.rules, regexSafety: flags.validateRegex === false ? 'off' : 'all' });
}

async function validateCommand(paths: string[], flags: RuleCommandFlags, io: CliIO): Promise<number> {
  const rules = await loadForAuthoring(paths, flags, io);
  const files = new Set(rules.map((r) => r.source.file));
  const { t, n, fill } = sayer(io.env);
  io.stdout.write(`promptgate: ${fill(t.rulesValid, { rules: n(t.rules, rules.length), files: n(t.ruleFiles, files.size) })}\n`);
  return 0;
}

async function testCommand(paths: string[], flags: RuleCommandFlags, io: CliIO): Promise<number> {
  const rules = await loadForAuthoring(paths, flags, io);
  const [{ runExamples }, { mask }] = await Promise.all([import('../../rules/examples.js'), import('../../util/mask.js')]);
  const scope = paths.length > 0 ? await rulesFrom(paths, rules, io.cwd) : rules;
  const { failures, checked } = runExamples(scope);
  const lines: string[] = [];
  const { t, n, fill } = sayer(io.env);
  for (const f of failures) {
    const what = f.kind === 'match' ? t.mustMatch : t.mustNotMatch;
    lines.push(`${f.file}:${f.line} [${f.ruleId}] ${what} ${quote(flags.showExamples ? f.example : mask(f.example, 80))}: ${f.problem}`);
  }
  let untranslated = 0;
  for (const r of scope) {
    for (const m of missingLanguages(r)) {
      untranslated++;
      lines.push(`${r.source.file}:${r.source.line} [${r.id}] ${fill(t.untranslated, { field: m.field, langs: m.langs.join(', ') })}`);
    }
  }
  const bad = failures.length + untranslated;
  if (lines.length > 0) io.stdout.write(`${lines.join('\n')}\n`);
  io.stdout.write(`promptgate: ${fill(t.examplesChecked, { rules: n(t.rules, scope.length), examples: n(t.examples, checked), result: bad === 0 ? t.allPass : n(t.failed, bad) })}\n`);
  return bad === 0 ? 0 : 1;
}

/** Built-in rules speak to Vietnamese, Czech and English readers alike: the languages a built-in rule lacks. */
export function missingLanguages(r: CompiledRule): { field: 'title' | 'rationale'; langs: string[] }[] {
  if (!r.source.file.startsWith('builtin:')) return [];
  return (['title', 'rationale'] as const)
    .map((field) => ({ field, langs: (['vi', 'cs', 'en'] as const).filter((l) => { const v = r[field]; return typeof v === 'string' || !v[l]; }) }))
    .filter((m) => m.langs.length > 0);
}

/** The rules defined or extended in the given files. */
async function rulesFrom(paths: string[], rules: CompiledRule[], cwd: string): Promise<CompiledRule[]> {
  const [{ ruleFiles }, { loadRuleFile }, { resolve }] = await Promise.all([
    import('../../rules/ruleset.js'), import('../../rules/load.js'), import('node:path')]);
  const files = new Set(paths.flatMap((p) => ruleFiles(resolve(cwd, p))).map((f) => resolve(f)));
  const extended = new Set([...files].flatMap((f) => (loadRuleFile(f).extensions ?? []).map((e) => e.id)));
  return rules.filter((r) => extended.has(r.id) || (!r.source.file.startsWith('builtin:') && files.has(resolve(r.source.file))));
}

function quote(s: string): string {
  const one = JSON.stringify(s);
  return one.length > 82 ? `${one.slice(0, 78)}…"` : one;
}

async function listCommand(flags: RuleCommandFlags, io: CliIO): Promise<number> {
  const rules = await loadForAuthoring([], flags, io);
  const rows = rules.map((r) => ({ id: r.id, category: r.category, severity: r.severity, source: r.source.file, enabled: r.enabled }));
  if (flags.format === 'json') {
    io.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    return 0;
  }
  const { t } = sayer(io.env);
  const head = t.listHead;
  const cells = [head, ...rows.map((r) => ({ ...r, enabled: r.enabled ? t.yes : t.no }))] as Record<keyof typeof head, string>[];
  const keys = Object.keys(head) as (keyof typeof head)[];
  const width = keys.map((k) => Math.max(...cells.map((c) => c[k].length)));
  io.stdout.write(`${cells.map((c) => keys.map((k, i) => c[k].padEnd(width[i])).join('  ').trimEnd()).join('\n')}\n`);
  return 0;
}

