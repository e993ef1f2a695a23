import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { Engine } from '../../src/engine/engine.js';
import { engineFrom } from './rules.js';

/** Test-only copies of the packs' core rules (test/fixtures/evasion-rules), with optional extra rules appended. */
export function evasionEngine(extraRules = ''): Engine {
  return engineFrom(readFileSync(join(import.meta.dirname, '../fixtures/evasion-rules/evasion.yaml'), 'utf8') + extraRules);
}

/** A disguised value planted between two texts, and the rule that must find exactly it. */
export interface PlantedCase {
  name: string;
  before: string;
  planted: string;
  after: string;
  rule: string;
}

/** One test per [name, text]: the engine finds nothing at all in the text. */
export function itStaysClean(engine: Engine, negatives: [string, string][]): void {
  it.each(negatives)('%s', (_name, text) => {
    expect(engine.scanText(text, 't').map((f) => f.ruleId)).toEqual([]);
  });
}
