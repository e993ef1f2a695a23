/** `node dist/rules/build-cache.js`: run by `npm run build` after tsc (see builtin-cache.ts). */
import { join, relative } from 'node:path';
import { Engine } from '../engine/engine.js';
import { writeBuiltinAutomata, writeBuiltinCache } from './builtin-cache.js';
import { BUILTIN_DIR, builtinPacks, loadRuleSet, ruleFiles } from './ruleset.js';
import '../runtime/node-platform.js'; // installs the engine's Node platform

const listed = builtinPacks().map((p) => [p, ruleFiles(join(BUILTIN_DIR, p))] as const);
const files = listed.flatMap(([, paths]) => paths).map((path) => ({ path, display: `builtin:${relative(BUILTIN_DIR, path)}` }));
// The packs and their files as a scan lists them, so that a start-up whose folders are unchanged lists none.
const n = writeBuiltinCache(BUILTIN_DIR, files, Object.fromEntries(listed.map(([p, paths]) => [p, paths.map((f) => relative(join(BUILTIN_DIR, p), f))])));
process.stderr.write(`promptgate: precompiled ${n} of ${files.length} built-in rule files\n`);
// The engine a default scan builds (every built-in pack, no config): its keyword automaton is stored too, and the
// one it builds for long texts (keywords and regex triggers together).
writeBuiltinAutomata(() => new Engine(loadRuleSet({})).prepareLongTexts());
