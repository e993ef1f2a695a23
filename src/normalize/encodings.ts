import { platform } from '../engine/platform.js';
import { firstRun } from './runs.js';
import type * as Entities from 'entities';

/**
 * Text pasted in a transport encoding hides it from every rule: hex of its UTF-8 ("544f50205345…"),
 * percent-encoding ("T%E1%BB%90I"), `\uXXXX` / `\xXX` escapes (a JSON or C string) and HTML character references
 * ("M&#7852;T", "T&Ocirc;I"). `decodedReading` rewrites each encoded character to the character it stands for and
 * keeps, for every unit of the reading, the original range it came from (the encoded sequence of that one
 * character) and which decoding produced it, so that a finding in the reading points at exactly the encoded
 * characters and can say how it was revealed.
 *
 * Bounded: one linear pass per decoder, a decoded character is never longer than its encoding (the reading is
 * never longer than the text), long texts are read only on the lines holding an encoded run, and the engine decodes
 * a decoded reading at most once more.
 */

export const DECODINGS = ['hex', 'percent', 'escape', 'entity'] as const;
export type Decoding = (typeof DECODINGS)[number];

export interface DecodedReading {
  text: string;
  /** Reading unit k came from original[start[k], end[k]). */
  start: Int32Array;
  end: Int32Array;
  /** Per unit: 0 when copied as it is, else 1 + the index in DECODINGS of the decoding that produced it. */
  kind: Uint8Array;
}

interface Piece {
  from: number;
  to: number;
  text: string;
  kind: number;
}

/** Hex runs shorter than this (in bytes) are ids, colours, hashes' prefixes — not text. */
const MIN_HEX_BYTES = 8;
/** Texts longer than this are read only on the lines that hold an encoded run. */
const WHOLE_TEXT = 1 << 18;
/** Lines longer than this are cut around the run. */
const MAX_REACH = 2048;

const utf8 = new TextDecoder('utf-8', { fatal: true });
let entities: typeof Entities | undefined;
// Loaded only when a text holds a character reference: most prompts never pay for the entity tables.
const decodeEntity = (s: string): string => (entities ??= platform().load('entities')).decodeHTMLStrict(s);

// Cheap gates: a plain text holds none of these, so it costs four quick searches and no copy.
const PERCENT_RE = /(?:%[0-9A-Fa-f]{2})+/g;
const ESCAPE_RE = /(?:\\(?:u[0-9A-Fa-f]{4}|u\{[0-9A-Fa-f]{1,6}\}|U[0-9A-Fa-f]{8}|x[0-9A-Fa-f]{2}))+/g;
// Line breaks and tabs written as escapes (a JSON string): decoded when the text holds other escapes or several of them.
const LINE_ESCAPE_RE = /\\(?:r\\n|[nrt])/g;
const ENTITY_RE = /&(?:#[0-9]{1,7};?|#[xX][0-9A-Fa-f]{1,6};?|[A-Za-z][A-Za-z0-9]{1,31};)/g;
// Hex of text: a contiguous run of an even number of hex digits, or byte pairs all joined by one space or colon.
const HEX_RE = /(?<![0-9A-Za-z])(?:0x)?((?:[0-9A-Fa-f]{2}){8,}|[0-9A-Fa-f]{2}(?:([ :])[0-9A-Fa-f]{2})(?:\2[0-9A-Fa-f]{2}){6,})(?![0-9A-Za-z])/g;

export function decodedReading(original: string): DecodedReading | undefined {
  const pieces: Piece[] = [];
  if (original.includes('%')) percentPieces(original, pieces);
  if (original.includes('\\')) {
    const before = pieces.length;
    escapePieces(original, pieces);
    lineEscapePieces(original, pieces, pieces.length > before);
    if (pieces.length > before) quotePieces(original, pieces, before);
  }
  if (original.includes('&')) entityPieces(original, pieces);
  hexPieces(original, pieces);
  if (pieces.length === 0) return undefined;
  pieces.sort((a, b) => a.from - b.from || b.to - a.to);
  return assemble(original, pieces);
}

/** UTF-8 bytes → [character, byte count] list, or undefined when the bytes are not valid UTF-8. */
function utf8Chars(bytes: Uint8Array): [string, number][] | undefined {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return undefined;
  }
  const out: [string, number][] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    out.push([ch, c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4]);
  }
  return out;
}

/** Control characters other than tab and line breaks: binary, not text. */
function isControl(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return (c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0x7f || (c >= 0x80 && c < 0xa0);
}

/**
 * Encoded bytes (each taken from original[at[i], at[i] + width[i])) decoded as UTF-8, one piece per character.
 * A run that is not valid UTF-8 or that decodes to control characters is left alone.
 */
function bytePieces(bytes: Uint8Array, at: number[], width: number, kind: number, out: Piece[], needText: boolean): void {
  const chars = utf8Chars(bytes);
  if (!chars) return;
  if (needText) {
    // Hex that happens to be valid UTF-8 is not text unless it reads as text: mostly letters, digits and spaces.
    let plain = 0;
    for (const [ch] of chars) {
      if (isControl(ch)) return;
      if (/[\p{L}\p{N}\s]/u.test(ch)) plain++;
    }
    if (plain * 4 < chars.length * 3) return;
  }
  let b = 0;
  for (const [ch, n] of chars) {
    if (!needText && isControl(ch)) {
      b += n;
      continue;
    }
    out.push({ from: at[b], to: at[b + n - 1] + width, text: ch, kind });
    b += n;
  }
}

function percentPieces(original: string, out: Piece[]): void {
  PERCENT_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PERCENT_RE.exec(original)) !== null) {
    const n = m[0].length / 3;
    const bytes = new Uint8Array(n);
    const at: number[] = [];
    for (let i = 0; i < n; i++) {
      bytes[i] = parseInt(m[0].substr(i * 3 + 1, 2), 16);
      at.push(m.index + i * 3);
    }
    bytePieces(bytes, at, 3, 2, out, false);
  }
}

function escapePieces(original: string, out: Piece[]): void {
  ESCAPE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ESCAPE_RE.exec(original)) !== null) {
    const run = m[0];
    const base = m.index;
    let i = 0;
    while (i < run.length) {
      if (run[i + 1] === 'x') {
        // Consecutive \xXX are the bytes of one UTF-8 string (C, Python); when they are not UTF-8, each is a code point.
        let j = i;
        const at: number[] = [];
        while (j < run.length && run[j + 1] === 'x') {
          at.push(base + j);
          j += 4;
        }
        const bytes = Uint8Array.from(at, (a) => parseInt(original.substr(a + 2, 2), 16));
        const before = out.length;
        bytePieces(bytes, at, 4, 3, out, false);
        if (out.length === before) {
          for (const a of at) {
            const ch = String.fromCharCode(parseInt(original.substr(a + 2, 2), 16));
            if (!isControl(ch)) out.push({ from: a, to: a + 4, text: ch, kind: 3 });
          }
        }
        i = j;
        continue;
      }
      const close = run[i + 2] === '{' ? run.indexOf('}', i) + 1 : i + (run[i + 1] === 'U' ? 10 : 6);
      const hex = run.slice(i + 2, close).replace(/[{}]/g, '');
      let code = parseInt(hex, 16);
      let to = close;
      // A surrogate pair written as two escapes (JSON's way for emoji and rare letters).
      if (code >= 0xd800 && code <= 0xdbff && /^\\u[dD][c-fC-F][0-9A-Fa-f]{2}/.test(run.slice(close))) {
        code = 0x10000 + ((code - 0xd800) << 10) + (parseInt(run.slice(close + 2, close + 6), 16) - 0xdc00);
        to = close + 6;
      }
      if (code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)) {
        const ch = String.fromCodePoint(code);
        if (!isControl(ch)) out.push({ from: base + i, to: base + to, text: ch, kind: 3 });
      }
      i = to;
    }
  }
}

function lineEscapePieces(original: string, out: Piece[], escaped: boolean): void {
  const found: Piece[] = [];
  LINE_ESCAPE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LINE_ESCAPE_RE.exec(original)) !== null) {
    // An escaped backslash ("\\n" in a Windows path written as a string) is not a line break.
    if (m.index > 0 && original[m.index - 1] === '\\') continue;
    found.push({ from: m.index, to: m.index + m[0].length, text: m[0] === '\\t' ? '\t' : '\n', kind: 3 });
  }
  if (escaped || found.length >= 2) out.push(...found);
}

const STRING_RE = /"(?:[^"\\\n]|\\.){0,65536}"/g;

/**
 * A JSON string holding escaped line breaks is a text of its own: its quotes read as line breaks, so that a stamp at
 * its start or end stands on its own line as it does in the text it encodes.
 */
function quotePieces(original: string, out: Piece[], first: number): void {
  const breaks = out.slice(first).filter((p) => p.text === '\n').sort((x, y) => x.from - y.from);
  if (breaks.length === 0) return;
  STRING_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  let b = 0;
  while (b < breaks.length && (m = STRING_RE.exec(original)) !== null) {
    const end = m.index + m[0].length;
    while (b < breaks.length && breaks[b].from < m.index) b++;
    if (b < breaks.length && breaks[b].to < end) {
      out.push({ from: m.index, to: m.index + 1, text: '\n', kind: 3 }, { from: end - 1, to: end, text: '\n', kind: 3 });
    }
  }
}

function entityPieces(original: string, out: Piece[]): void {
  ENTITY_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ENTITY_RE.exec(original)) !== null) {
    // Strict decoding: a named reference needs its ";" ("&copy=2" in a URL stays as it is).
    const ref = m[0].endsWith(';') ? m[0] : `${m[0]};`;
    const text = decodeEntity(ref);
    if (text === ref || text.length === 0 || text.length > m[0].length || [...text].some(isControl)) continue;
    out.push({ from: m.index, to: m.index + m[0].length, text, kind: 4 });
  }
}

// Where a hex run may start: 16 hex digits in a row, or six pairs joined by spaces or colons (one quick scan).
// Searched for from the first run of at least 16 hex digits, spaces and colons (every gate match is one; firstRun
// reads every 16th unit), not tried at every unit.
const HEX_GATE_RE = /[0-9A-Fa-f]{2}(?:[0-9A-Fa-f]{14}|[ :][0-9A-Fa-f]{2}[ :][0-9A-Fa-f]{2}[ :][0-9A-Fa-f]{2}[ :][0-9A-Fa-f]{2}[ :][0-9A-Fa-f]{2})/g;
const GATE_MIN = 16;

/** Hex digits, space and colon, by ASCII code: the units a gate match is made of. */
const HEXISH = new Uint8Array(128);
for (const c of '0123456789ABCDEFabcdef :') HEXISH[c.charCodeAt(0)] = 1;
const isHexish = (c: number) => c < 128 && HEXISH[c] === 1;

/** Where the first gate match at or after `from` starts (as a global search would find it), or -1. */
function nextHexGate(original: string, from: number): number {
  for (let run = firstRun(original, from, GATE_MIN, isHexish); run >= 0; ) {
    // A gate match is made of hexish units only, so it lies inside one run: the search reads this run alone (from
    // its start, a search over the rest of the text would read on to the next match, often the end of the text).
    let end = run + GATE_MIN;
    while (end < original.length && isHexish(original.charCodeAt(end))) end++;
    HEX_GATE_RE.lastIndex = 0;
    const m = HEX_GATE_RE.exec(original.slice(run, end));
    if (m !== null) return run + m.index;
    run = firstRun(original, end, GATE_MIN, isHexish);
  }
  return -1;
}

function hexPieces(original: string, out: Piece[]): void {
  for (let gate = nextHexGate(original, 0); gate >= 0; ) {
    // From the start of the run (spaced pairs may match from any pair; the first is where the text starts).
    let from = gate;
    while (from > 0 && isHexish(original.charCodeAt(from - 1)) && gate - from < 64) from--;
    HEX_RE.lastIndex = from;
    const m = HEX_RE.exec(original);
    if (m === null) return;
    gate = nextHexGate(original, Math.max(HEX_RE.lastIndex, gate + 1));
    const digits = m[1];
    const step = m[2] === undefined ? 2 : 3;
    const at0 = m.index + m[0].length - digits.length;
    const n = Math.floor((digits.length + 1) / step);
    const bytes = new Uint8Array(n);
    const at: number[] = [];
    for (let k = 0; k < n; k++) {
      bytes[k] = parseInt(digits.substr(k * step, 2), 16);
      at.push(at0 + k * step);
    }
    const before = out.length;
    if (n >= MIN_HEX_BYTES) bytePieces(bytes, at, 2, 1, out, true);
    // The separators between spaced pairs read as nothing (those inside one character's bytes are in its piece).
    if (step === 3 && out.length > before) for (let k = 0; k + 1 < n; k++) out.push({ from: at[k] + 2, to: at[k] + 3, text: '', kind: 1 });
  }
}

/** The reading: the text (or, when long, the lines holding pieces) with each piece replaced by its character. */
function assemble(original: string, pieces: Piece[]): DecodedReading {
  const segments: [number, number][] = [];
  if (original.length <= WHOLE_TEXT) segments.push([0, original.length]);
  else {
    for (const p of pieces) {
      const last = segments[segments.length - 1];
      if (last && p.to <= last[1]) continue;
      // The line around the piece, at most MAX_REACH on each side (searched step by step: a text without line
      // breaks must not cost a whole search per piece).
      let a = p.from;
      while (a > 0 && p.from - a < MAX_REACH && original.charCodeAt(a - 1) !== 10 && !(last && a <= last[1])) a--;
      let b = p.to;
      while (b < original.length && b - p.to < MAX_REACH && original.charCodeAt(b) !== 10) b++;
      if (last && a <= last[1]) last[1] = Math.max(last[1], b);
      else segments.push([a, b]);
    }
  }
  // Room for the units the segments hold (and a line break between two), not for the whole text: a long text's
  // reading is a few lines around its pieces, and arrays the size of the text were most of a segment's memory (#21).
  let cap = segments.length;
  for (const [a, b] of segments) cap += b - a;
  for (const p of pieces) cap += Math.max(0, p.text.length - (p.to - p.from)); // (a piece is never longer than its code; in case)
  const start = new Int32Array(cap);
  const end = new Int32Array(cap);
  const kind = new Uint8Array(cap);
  let text = '';
  let len = 0;
  let p = 0;
  for (const [a, b] of segments) {
    if (len > 0) {
      text += '\n';
      start[len] = end[len] = a;
      len++;
    }
    let i = a;
    let copied = a;
    while (i < b) {
      while (p < pieces.length && pieces[p].from < i) p++;
      const piece = p < pieces.length && pieces[p].from === i && pieces[p].to <= b ? pieces[p] : undefined;
      if (!piece) {
        start[len] = i;
        end[len] = i + 1;
        len++;
        i++;
        continue;
      }
      text += original.slice(copied, i) + piece.text;
      for (let k = 0; k < piece.text.length; k++) {
        start[len] = piece.from;
        end[len] = piece.to;
        kind[len] = piece.kind;
        len++;
      }
      i = copied = piece.to;
      p++;
    }
    text += original.slice(copied, b);
  }
  return { text, start: start.subarray(0, len), end: end.subarray(0, len), kind: kind.subarray(0, len) };
}
