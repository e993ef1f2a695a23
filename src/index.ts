/** The library API; the CLI is built on it. */
import './runtime/node-platform.js'; // installs the engine's Node platform
export { scan, type ScanOptions } from './scan.js';
export { Engine } from './engine/engine.js';
export type { TextScanner } from './engine/scanner.js';
export { loadRuleSet, builtinPacks, type RuleSetOptions } from './rules/ruleset.js';
export { buildView, type TextView } from './normalize/view.js';
export { RuleSetError, UsageError, type RuleProblem } from './errors.js';
export * from './types.js';
export { redactText } from './redact/redact.js';
export { restoreText } from './redact/restore.js';
export { readMapFile, writeMapFile } from './redact/mapfile.js';
export { connect } from './serve/connect.js';
export { ServerConnection, ServerUnavailable } from './serve/client.js';
