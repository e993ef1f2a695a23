import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { parseRuleText } from '../src/rules/load.js';
import { CATEGORIES, SEVERITIES } from '../src/types.js';

// #20 item 5: the rule format is written three times — the TypeScript types (src/rules/model.ts), the loader's hand
// checker (src/rules/load.ts) and the JSON Schema editors use (rules/schema/rules.schema.json). This test fails when
// they drift: every property, its type, its enum values and whether it is required. The schema is the reference;
// the types are read with the TypeScript parser, the checker is asked with rule files made from the schema.

type Shape =
  | { t: 'string' | 'number' | 'boolean' }
  | { t: 'enum'; values: string[] }
  | { t: 'array'; items: Shape }
  | { t: 'object'; props: Record<string, { shape: Shape; required: boolean }>; open: boolean }
  | { t: 'union'; of: Shape[] };

/** A JSON Schema node (draft-07, as the file writes it). */
type Json = any;
const schema: Json = JSON.parse(readFileSync(resolve(__dirname, '../rules/schema/rules.schema.json'), 'utf8'));
const defs: Json = schema.definitions;

/** Fields of the types that authors never write: derived at build time (the regex's prefilters, analyze/pattern.ts; the rule as written before its vocabularies were expanded, rules/vocabulary.ts). */
const INTERNAL: Record<string, string[]> = { RawPatternObject: ['analysis'], RawContext: ['analysis', 'gates'], RawRule: ['written', 'exceptionGates'] };

function union(of: Shape[]): Shape {
  const flat = of.flatMap((s) => (s.t === 'union' ? s.of : [s]));
  const enums = flat.filter((s): s is { t: 'enum'; values: string[] } => s.t === 'enum');
  const rest = flat.filter((s) => s.t !== 'enum');
  const all = enums.length > 0 ? [...rest, { t: 'enum' as const, values: [...new Set(enums.flatMap((e) => e.values))].sort() }] : rest;
  const sorted = all.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  return sorted.length === 1 ? sorted[0] : { t: 'union', of: sorted };
}

function fromSchema(node: Json): Shape {
  if (node.$ref) return fromSchema(defs[node.$ref.split('/').pop()]);
  if (node.oneOf) return union(node.oneOf.map(fromSchema));
  if (node.enum) return { t: 'enum', values: [...node.enum].sort() };
  switch (node.type) {
    case 'string': return { t: 'string' };
    case 'integer': case 'number': return { t: 'number' };
    case 'boolean': return { t: 'boolean' };
    case 'array': return { t: 'array', items: fromSchema(node.items) };
    case 'object': {
      const props: Record<string, { shape: Shape; required: boolean }> = {};
      for (const [k, v] of Object.entries(node.properties ?? {})) props[k] = { shape: fromSchema(v), required: (node.required ?? []).includes(k) };
      return { t: 'object', props, open: node.additionalProperties !== false };
    }
  }
  throw new Error(`schema node not understood: ${JSON.stringify(node).slice(0, 80)}`);
}

// The TypeScript side: interfaces and type aliases of model.ts, with the contract's types from types.ts.
const model = ts.createSourceFile('model.ts', readFileSync(resolve(__dirname, '../src/rules/model.ts'), 'utf8'), ts.ScriptTarget.Latest, true);
const declared = new Map<string, ts.InterfaceDeclaration | ts.TypeAliasDeclaration>();
model.forEachChild((n) => {
  if (ts.isInterfaceDeclaration(n) || ts.isTypeAliasDeclaration(n)) declared.set(n.name.text, n);
});
const KNOWN: Record<string, Shape> = {
  Category: { t: 'enum', values: [...CATEGORIES].sort() },
  Severity: { t: 'enum', values: [...SEVERITIES].sort() },
  Lang: { t: 'enum', values: ['cs', 'en', 'vi'] },
};

function members(list: ts.NodeArray<ts.TypeElement>, owner: string): Shape {
  const props: Record<string, { shape: Shape; required: boolean }> = {};
  for (const m of list) {
    if (!ts.isPropertySignature(m) || !m.type) continue;
    const name = m.name.getText(model);
    if (INTERNAL[owner]?.includes(name)) continue;
    props[name] = { shape: fromType(m.type, `${owner}.${name}`), required: !m.questionToken };
  }
  return { t: 'object', props, open: false };
}

function named(name: string): Shape {
  if (KNOWN[name]) return KNOWN[name];
  if (name === 'Localized') return union([{ t: 'string' }, partial(record(KNOWN.Lang, { t: 'string' }))]);
  const d = declared.get(name);
  if (!d) throw new Error(`type ${name} not found in model.ts`);
  return ts.isInterfaceDeclaration(d) ? members(d.members, name) : fromType(d.type, name);
}

function record(keys: Shape, value: Shape): Shape {
  if (keys.t === 'string') return { t: 'object', props: {}, open: true };
  if (keys.t !== 'enum') throw new Error('Record keys not understood');
  return { t: 'object', props: Object.fromEntries(keys.values.map((k) => [k, { shape: value, required: true }])), open: false };
}

function partial(s: Shape): Shape {
  if (s.t !== 'object') throw new Error('Partial of a non-object');
  return { ...s, props: Object.fromEntries(Object.entries(s.props).map(([k, v]) => [k, { ...v, required: false }])) };
}

function fromType(t: ts.TypeNode, owner: string): Shape {
  if (t.kind === ts.SyntaxKind.StringKeyword) return { t: 'string' };
  if (t.kind === ts.SyntaxKind.NumberKeyword) return { t: 'number' };
  if (t.kind === ts.SyntaxKind.BooleanKeyword) return { t: 'boolean' };
  if (ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal)) return { t: 'enum', values: [t.literal.text] };
  if (ts.isUnionTypeNode(t)) return union(t.types.map((x) => fromType(x, owner)));
  if (ts.isArrayTypeNode(t)) return { t: 'array', items: fromType(t.elementType, owner) };
  if (ts.isTypeLiteralNode(t)) return members(t.members, owner);
  if (ts.isParenthesizedTypeNode(t)) return fromType(t.type, owner);
  if (ts.isIntersectionTypeNode(t)) {
    const parts = t.types.map((x) => fromType(x, owner));
    if (!parts.every((p) => p.t === 'object')) throw new Error(`intersection not understood in ${owner}`);
    return parts.reduce((a, b) => ({ t: 'object', props: { ...a.props, ...b.props }, open: a.open || b.open }));
  }
  if (ts.isTypeReferenceNode(t)) {
    const name = t.typeName.getText(model);
    const args = (t.typeArguments ?? []).map((x) => fromType(x, owner));
    if (name === 'Record') return record(args[0], args[1]);
    if (name === 'Partial') return partial(args[0]);
    return named(name);
  }
  if (t.kind === ts.SyntaxKind.UnknownKeyword) return { t: 'string' }; // only as Record<string, unknown>'s value
  throw new Error(`type not understood in ${owner}: ${t.getText(model)}`);
}

describe('the rule format: TypeScript types = JSON Schema', () => {
  it('a rule (RawRule = definitions.rule), every property, type, enum and required flag', () => {
    expect(named('RawRule')).toEqual(fromSchema(defs.rule));
  });

  it('an `extends` entry (RuleChange, as a rule file may write it = definitions.extension)', () => {
    const ext = fromSchema(defs.extension) as Extract<Shape, { t: 'object' }>;
    const change = named('RuleChange') as Extract<Shape, { t: 'object' }>;
    const { extends: target, ...added } = ext.props;
    expect(target).toEqual({ shape: { t: 'string' }, required: true });
    expect(change.props.id).toEqual({ shape: { t: 'string' }, required: true });
    // What a rule file may add is what a change can carry (a config's overrides carry more: enabled, severity).
    for (const [k, v] of Object.entries(added)) expect({ [k]: change.props[k] }).toEqual({ [k]: v });
  });
});

// The hand checker, asked with rule files (JSON is YAML) made from the schema: each valid value is accepted, each
// value of another type or outside the enum or the bounds is refused, and so is each rule missing a required field.
const BASE = { id: 'probe.rule', title: 'Probe', rationale: 'Probe', category: 'credential', keywords: ['probe'] };
/** Values that must also satisfy what the schema cannot say (a regex that compiles, a validator that exists). */
const VALID: Record<string, unknown[]> = {
  'id': ['probe.rule'],
  'placeholder': ['PROBE'],
  'patterns.*.flags': ['i'],
  'patterns.*.group': [0, 'v'],
  'patterns.*.regex': ['probe(?<v>x)?'],
  'patterns.*.triggers': [['probe']],
  'patterns.*': ['probe(?<v>x)?'],
  'validators.*': ['luhn', { name: 'luhn' }],
  'validators.*.name': ['luhn'],
  'context.anyOfPatterns.*': ['probe'],
  'context.noneOfPatterns.*': ['probe'],
  'context.*.anyOfPatterns.*': ['probe'],
  'context.*.noneOfPatterns.*': ['probe'],
  'exceptions.patterns.*': ['probe'],
};

function problemsOf(rule: Record<string, unknown>): string[] {
  return parseRuleText(JSON.stringify({ rules: [rule] }), 'probe.yaml').problems.map((p) => p.message);
}

function samples(node: Json, path: string): unknown[] {
  const key = path.replace(/\.\d+/g, '.*');
  if (VALID[key] && node.type !== 'object') return VALID[key];
  if (node.$ref) return samples(defs[node.$ref.split('/').pop()], path);
  if (node.oneOf) return node.oneOf.flatMap((n: Json) => samples(n, path));
  if (node.enum) return node.enum;
  switch (node.type) {
    case 'string': return ['probe'];
    case 'integer': return [node.minimum ?? 1];
    case 'boolean': return [true, false];
    case 'array': return samples(node.items, `${path}.*`).slice(0, 1).map((v) => [v]);
    case 'object': {
      // The required properties, or the first one when the object must not be empty.
      const keys: string[] = node.required ?? (node.minProperties ? Object.keys(node.properties).slice(0, node.minProperties) : []);
      return [Object.fromEntries(keys.map((k) => [k, samples(node.properties[k], `${path}.${k}`)[0]]))];
    }
  }
  return [];
}

function wrong(node: Json): unknown[] {
  if (node.$ref) return wrong(defs[node.$ref.split('/').pop()]);
  if (node.oneOf) return [{ zzNotAKey: 1 }];
  if (node.enum) return ['not-a-value'];
  switch (node.type) {
    case 'string': return [12345];
    case 'integer': return ['many', 1.5, ...(node.minimum !== undefined ? [node.minimum - 1] : []), ...(node.maximum !== undefined ? [node.maximum + 1] : [])];
    case 'boolean': return ['maybe'];
    case 'array': return [{ zzNotAKey: 1 }, ...(node.minItems ? [[]] : []), ...wrong(node.items).slice(0, 1).map((v) => [v])];
    case 'object': return node.additionalProperties === false ? [{ ...samples(node, '')[0] as object, zzNotAKey: 1 }] : [12345];
  }
  return [];
}

/** Every property of a rule, and of the objects written under them (directly, or as list items), with its schema,
 * its path, and a valid value of the rule property that holds it. */
interface Probe { path: (string | number)[]; node: Json; holder?: unknown }
function properties(): Probe[] {
  const out: Probe[] = [];
  for (const [k, v] of Object.entries(defs.rule.properties) as [string, Json][]) {
    out.push({ path: [k], node: v });
    for (const alt of (v.oneOf ?? [v]) as Json[]) {
      const listed = alt.type === 'array' ? alt.items : undefined;
      for (const obj of (listed ? listed.oneOf ?? [listed] : [alt]) as Json[]) {
        if (obj.type !== 'object' || !obj.properties) continue;
        const item = samples(obj, `${k}${listed ? '.*' : ''}`)[0];
        for (const [sub, n] of Object.entries(obj.properties)) out.push({ path: listed ? [k, 0, sub] : [k, sub], node: n, holder: listed ? [item] : item });
      }
    }
  }
  return out;
}

function put(rule: Probe, value: unknown): Record<string, unknown> {
  if (rule.path.length === 1) return { ...BASE, [rule.path[0]]: value };
  const holder = structuredClone(rule.holder) as Record<string | number, unknown>;
  const inner = (rule.path.length === 3 ? holder[0] : holder) as Record<string, unknown>;
  inner[rule.path[rule.path.length - 1] as string] = value;
  return { ...BASE, [rule.path[0]]: holder };
}

describe('the rule format: the loader checks what the JSON Schema says', () => {
  it('the base probe rule is valid', () => expect(problemsOf(BASE)).toEqual([]));

  it.each(properties().map((p) => [p.path.join('.'), p] as const))('%s: valid values accepted, wrong ones refused', (_, p) => {
    const accepted = samples(p.node, p.path.join('.')).map((v) => [JSON.stringify(v), problemsOf(put(p, v))]);
    expect(accepted.filter(([, probs]) => probs.length > 0)).toEqual([]);
    const refused = wrong(p.node).map((v) => [JSON.stringify(v), problemsOf(put(p, v)).length]);
    expect(refused.filter(([, n]) => n === 0)).toEqual([]);
  });

  it.each(defs.rule.required.map((k: string) => [k]))('a rule without %s is refused', (k) => {
    const { [k as keyof typeof BASE]: _, ...rest } = BASE;
    expect(problemsOf(rest).length).toBeGreaterThan(0);
  });

  it('a rule with neither keywords nor patterns is refused (the schema\'s anyOf)', () => {
    const { keywords: _, ...rest } = BASE;
    expect(defs.rule.anyOf).toEqual([{ required: ['keywords'] }, { required: ['patterns'] }]);
    expect(problemsOf(rest).length).toBeGreaterThan(0);
  });

  it('unknown keys are refused at every level the schema closes', () => {
    expect(problemsOf({ ...BASE, zzNotAKey: 1 }).length).toBeGreaterThan(0);
    expect(parseRuleText(JSON.stringify({ rules: [BASE], zzNotAKey: 1 }), 'probe.yaml').problems.length).toBeGreaterThan(0);
  });
});
