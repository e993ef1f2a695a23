import type { Command } from 'commander';
import type { CommandContext } from './index.js';

/** The folder `init` puts the example custom rule in, next to the config. */
export const INIT_RULES_DIR = 'promptgate-rules';

const CONFIG = `# yaml-language-server: $schema=./node_modules/promptgate/rules/schema/config.schema.json
# promptgate settings for this folder and every folder below it.
# Precedence: command-line flags, then this file, then the defaults.
# Check your changes with:  promptgate rules validate  and  promptgate rules test

# Built-in rule packs to use (vn = Vietnam, cz = Czech Republic, intl = English/international); all when omitted.
# packs: [vn, intl]
# builtin: false          # use no built-in rules at all

# Your own rule files or folders, relative to this file.
rules:
  - ${INIT_RULES_DIR}

# The lowest severity that makes a scan fail (exit 1): block (default), warn or info.
# failOn: block

# The secret behind baseline hashes and SARIF fingerprints, kept outside the repository (PROMPTGATE_FINGERPRINT_KEY
# takes precedence). Without one a public key is used, and a reader of a baseline can test guesses of its values.
# Make one with:  openssl rand -hex 32 > ~/.config/promptgate/key
# keyFile: ~/.config/promptgate/key

# Change built-in rules without copying them (ids: promptgate rules list; details: promptgate explain <id>).
# overrides:
#   vn.classified.stamp:
#     enabled: false        # switch a rule off
#   intl.financial.payment-card:
#     severity: warn        # report it, but do not fail the scan
#     exceptions:
#       values: ['4539 1488 0343 6467']   # a value that is never a finding

# Exceptions for every rule.
# exceptions:
#   terms: [Public Relations Office]      # found values that are never findings
#   patterns: ['^example']                # regexes on the found value
#   paths: ['docs/public/**']             # files never scanned (as in .gitignore)
`;

const RULE = `# yaml-language-server: $schema=../node_modules/promptgate/rules/schema/rules.schema.json
# An example rule of your own: edit it, then run  promptgate rules test
rules:
  - id: custom.project-codename
    title:
      en: Internal project code name
      vi: Tên mã dự án nội bộ
      cs: Interní krycí název projektu
    rationale:
      en: The code name of an unannounced project must not leave the organisation.
      vi: Tên mã của dự án chưa công bố không được đưa ra ngoài cơ quan.
      cs: Krycí název neohlášeného projektu nesmí opustit organizaci.
    category: official-document
    severity: warn
    keywords: [Project Bluebird, Dự án Sơn Ca]
    context:
      noneOf: [bluebird cafe]
    examples:
      match:
        - Status of Project Bluebird for the board
        - "Báo cáo tiến độ Dự án Sơn Ca, quý 3"
        - PROJECT BLUEBIRD – minutes
      noMatch:
        - We met at the Project Bluebird Cafe downtown.
        - A bluebird sat on the window.
        - "Dự án Sơn La (thủy điện)"
`;

export function registerInit(program: Command, { io, setExit }: CommandContext): void {
  program
    .command('init')
    .description(`write a commented .promptgate.yaml and an example rule in ${INIT_RULES_DIR}/ (never overwrites)`)
    .action(async () => {
      const [{ existsSync, mkdirSync, rmSync }, { join }, { sayer }, { UsageError }, { WriteError, writeFileAtomic }] = await Promise.all([
        import('node:fs'), import('node:path'), import('../say.js'), import('../../errors.js'), import('../../util/atomic-write.js')]);
      const { t, n, fill } = sayer(io.env);
      const config = join(io.cwd, '.promptgate.yaml');
      const rule = join(io.cwd, INIT_RULES_DIR, 'example.yaml');
      const existing = [config, rule].filter((f) => existsSync(f));
      if (existing.length > 0) throw new UsageError(fill(n(t.initExists, existing.length), { files: existing.join(t.and) }));
      try {
        mkdirSync(join(io.cwd, INIT_RULES_DIR), { recursive: true });
      } catch (e) {
        throw new WriteError(join(io.cwd, INIT_RULES_DIR), (e as NodeJS.ErrnoException).code, 'cannot create');
      }
      // Each file whole or not at all, and never over one that appeared meanwhile.
      writeFileAtomic(rule, RULE, { exclusive: true });
      try {
        writeFileAtomic(config, CONFIG, { exclusive: true });
      } catch (e) {
        rmSync(rule, { force: true }); // both or neither, so that a second `init` can start clean
        throw e;
      }
      io.stdout.write(`promptgate: ${fill(t.initWrote, { dir: INIT_RULES_DIR })}\n`);
      setExit(0);
    });
}
