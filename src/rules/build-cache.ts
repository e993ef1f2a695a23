/** `node dist/rules/build-cache.js`: run by `npm run build` after tsc (see builtin-cache.ts). */
import { relative } from 'node:path';
import { Engine } from '../engine/engine.js';
import { writeBuiltinAutomata, writeBuiltinCache } from './builtin-cache.js';
import { BUILTIN_DIR, builtinPacks, loadRuleSet, ruleFiles } from './ruleset.js';
import '../runtime/node-platform.js'; // installs the engine's Node platform

const files = builtinPacks().flatMap((p) => ruleFiles(`${BUILTIN_DIR}/${p}`)).map((path) => ({ path, display: `builtin:${relative(BUILTIN_DIR, path)}` }));
const n = writeBuiltinCache(BUILTIN_DIR, files);
process.stderr.write(`promptgate: precompiled ${n} of ${files.length} built-in rule files\n`);
// The engine a default scan builds (every built-in pack, no config): its keyword automaton is stored too, and the
// one it builds for long texts (keywords and regex triggers together).
writeBuiltinAutomata(() => new Engine(loadRuleSet({})).prepareLongTexts());
