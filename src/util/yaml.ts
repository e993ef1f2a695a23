import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';

/**
 * The `yaml` package, loaded on first use: a scan with only the built-in rules reads their precompiled form
 * (see rules/builtin-cache.ts) and never pays for the YAML parser.
 */
const require = createRequire(import.meta.url);
let lib: typeof Yaml | undefined;
const yaml = (): typeof Yaml => (lib ??= require('yaml') as typeof Yaml);

export const isMap = ((n: unknown) => yaml().isMap(n)) as typeof Yaml.isMap;
export const isSeq = ((n: unknown) => yaml().isSeq(n)) as typeof Yaml.isSeq;
export const isScalar = ((n: unknown) => yaml().isScalar(n)) as typeof Yaml.isScalar;
export const parseDocument = ((src: string, opts?: Yaml.ParseOptions & Yaml.DocumentOptions & Yaml.SchemaOptions) =>
  yaml().parseDocument(src, opts)) as typeof Yaml.parseDocument;
export const LineCounter = function LineCounter() {
  return new (yaml().LineCounter)();
} as unknown as typeof Yaml.LineCounter;
export type { Document, Node } from 'yaml';
