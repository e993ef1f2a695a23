import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv from 'ajv';

const validate = new Ajv({ allErrors: true, strict: false }).compile(
  JSON.parse(readFileSync(resolve(__dirname, '../schemas/scan-result.schema.json'), 'utf8')));

/** What is wrong with a `scan --format json` document by test/schemas/scan-result.schema.json (empty: valid). */
export function scanResultErrors(doc: unknown): string[] {
  return validate(doc) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`);
}
