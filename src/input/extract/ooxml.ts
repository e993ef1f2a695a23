import { TextBuilder } from './text-builder.js';
import { type Extracted, Unreadable } from './types.js';
import { findAll, findFirst, local, parseXml, readRels, relsPathFor, textOf, type XmlElement } from './xml.js';
import { ZipArchive } from './zip.js';

/**
 * Word, Excel and PowerPoint (Office Open XML) packages: the main text plus what people forget is there —
 * headers and footers, text boxes, comments, tracked insertions and deletions, footnotes, hidden sheets,
 * speaker notes and document properties.
 */
export function extractOoxml(bytes: Uint8Array): Extracted {
  const zip = new ZipArchive(bytes);
  const rels = readRels(zip.readText('_rels/.rels'), '');
  const main = [...rels.values()].find((r) => r.type.endsWith('/officeDocument'))?.target;
  if (!main || !zip.has(main)) throw new Unreadable('not an Office Open XML document (no main part); not scanned');
  const b = new TextBuilder();
  if (main.startsWith('word/')) docx(zip, main, b);
  else if (main.startsWith('xl/')) xlsx(zip, main, b);
  else if (main.startsWith('ppt/')) pptx(zip, main, b);
  else throw new Unreadable(`unknown Office Open XML document type (${main}); not scanned`);
  properties(zip, b);
  return b.done();
}

function part(zip: ZipArchive, path: string, localNames = false): XmlElement | undefined {
  const t = zip.readText(path);
  return t === undefined ? undefined : parseXml(t, localNames);
}

// ---------- Word ----------

function docx(zip: ZipArchive, main: string, b: TextBuilder) {
  const doc = part(zip, main)!;
  const rels = readRels(zip.readText(relsPathFor(main)), main);
  const body = findFirst(doc, 'w:body');
  if (body) wordPart(b, body, 'body');

  const seen = new Set<string>();
  findAll(doc, 'w:sectPr').forEach((sect, i) => {
    for (const ref of [...findAll(sect, 'w:headerReference'), ...findAll(sect, 'w:footerReference')]) {
      const target = rels.get(ref.attrs['r:id'])?.target;
      if (!target || seen.has(target)) continue;
      seen.add(target);
      const kind = ref.name === 'w:headerReference' ? 'header' : 'footer';
      const type = ref.attrs['w:type'] === 'first' ? 'first-page ' : ref.attrs['w:type'] === 'even' ? 'even-page ' : '';
      const x = part(zip, target);
      if (x) wordPart(b, x, `${type}${kind} of section ${i + 1}`);
    }
  });
  // Headers and footers that no section points at are still in the file.
  for (const r of rels.values()) {
    if (seen.has(r.target) || !/\/(header|footer)$/.test(r.type)) continue;
    const x = part(zip, r.target);
    if (x) wordPart(b, x, `${r.type.endsWith('header') ? 'header' : 'footer'} (${r.target})`);
  }
  for (const kind of ['footnote', 'endnote'] as const) {
    const r = [...rels.values()].find((x) => x.type.endsWith(`/${kind}s`));
    const x = r && part(zip, r.target);
    if (!x) continue;
    let n = 0;
    for (const note of findAll(x, `w:${kind}`)) {
      if (note.attrs['w:type'] === 'separator' || note.attrs['w:type'] === 'continuationSeparator' || note.attrs['w:type'] === 'continuationNotice') continue;
      wordPart(b, note, `${kind} ${++n}`);
    }
  }
  const c = [...rels.values()].find((x) => x.type.endsWith('/comments'));
  const comments = c && part(zip, c.target);
  if (comments) for (const cm of findAll(comments, 'w:comment')) wordPart(b, cm, `comment by ${cm.attrs['w:author'] || 'unknown author'}`);
}

/** One Word story (body, header, note, comment) as paragraphs, with changes and text boxes located. */
function wordPart(b: TextBuilder, root: XmlElement, base: string) {
  b.raw(b.size > 0 ? '\n\n' : '');
  const sub = (what: string) => (base === 'body' ? what : `${base}, ${what}`);
  const walk = (el: XmlElement, loc: string) => {
    for (const c of el.children) {
      if (typeof c === 'string') continue;
      switch (c.name) {
        case 'w:t':
        case 'w:delText':
          b.inline(loc, textOf(c));
          break;
        case 'w:tab':
          b.raw('\t');
          break;
        case 'w:br':
        case 'w:cr':
          b.raw('\n');
          break;
        case 'w:p':
          walk(c, loc);
          b.raw('\n');
          break;
        case 'w:tc':
          walk(c, loc);
          b.raw('\t');
          break;
        case 'w:tr':
          walk(c, loc);
          b.raw('\n');
          break;
        case 'w:ins':
          walk(c, sub(`tracked insertion by ${c.attrs['w:author'] || 'unknown author'}`));
          break;
        case 'w:del':
          walk(c, sub(`tracked deletion by ${c.attrs['w:author'] || 'unknown author'}`));
          break;
        case 'w:txbxContent':
          b.raw('\n');
          walk(c, sub('text box'));
          b.raw('\n');
          break;
        case 'mc:Fallback': // the same content as mc:Choice, for old readers
        case 'w:instrText':
        case 'w:sectPr':
          break;
        default:
          walk(c, loc);
      }
    }
  };
  walk(root, base);
}

// ---------- Excel ----------

function xlsx(zip: ZipArchive, main: string, b: TextBuilder) {
  const wb = part(zip, main, true)!;
  const rels = readRels(zip.readText(relsPathFor(main)), main);
  const ssPath = [...rels.values()].find((r) => r.type.endsWith('/sharedStrings'))?.target;
  const ssXml = ssPath ? part(zip, ssPath, true) : undefined;
  const shared = ssXml ? findAll(ssXml, 'si').map(richText) : [];
  for (const sh of findAll(wb, 'sheet')) {
    const name = sh.attrs.name ?? '?';
    const state = sh.attrs.state === 'hidden' || sh.attrs.state === 'veryHidden' ? ' (hidden sheet)' : '';
    const path = rels.get(sh.attrs['r:id'])?.target;
    const x = path ? part(zip, path, true) : undefined;
    if (!path || !x) continue;
    b.raw(b.size > 0 ? '\n\n' : '');
    for (const row of findAll(x, 'row')) {
      let col = 0;
      for (const c of findAll(row, 'c')) {
        const ref = c.attrs.r ?? `${columnName(col)}${row.attrs.r ?? ''}`;
        col = columnIndex(ref) + 1;
        const v = cellValue(c, shared);
        if (v) b.inline(`sheet ${name}, cell ${ref}${state}`, v);
        b.raw('\t');
      }
      b.raw('\n');
    }
    const hf = findFirst(x, 'headerFooter');
    if (hf) {
      for (const h of hf.children) {
        if (typeof h === 'string') continue;
        const what = /Header/.test(h.name) ? 'header' : 'footer';
        b.block(`${what} of sheet ${name}`, headerFooterText(textOf(h)));
      }
    }
    const sheetRels = readRels(zip.readText(relsPathFor(path)), path);
    for (const r of sheetRels.values()) {
      if (!r.type.endsWith('/comments')) continue;
      const cx = part(zip, r.target, true);
      if (!cx) continue;
      const authors = findAll(cx, 'author').map(textOf);
      for (const cm of findAll(cx, 'comment')) {
        const who = authors[Number(cm.attrs.authorId)] || 'unknown author';
        b.block(`comment by ${who} on sheet ${name}, cell ${cm.attrs.ref}`, richText(cm));
      }
    }
  }
}

/** Text of a shared string or comment: its `t` runs, without phonetic guides. */
function richText(si: XmlElement): string {
  let s = '';
  for (const c of si.children) {
    if (typeof c === 'string') continue;
    if (c.name === 't') s += textOf(c);
    else if (c.name === 'r' || c.name === 'text') s += richText(c);
  }
  return s;
}

function cellValue(c: XmlElement, shared: string[]): string {
  const t = c.attrs.t;
  if (t === 'inlineStr') {
    const is = findFirst(c, 'is');
    return is ? richText(is) : '';
  }
  const v = findFirst(c, 'v');
  if (!v) return '';
  const raw = textOf(v);
  if (t === 's') return shared[Number(raw)] ?? '';
  if (t === 'b' || t === 'e' || t === 'str') return raw;
  // Numbers: long integers may be stored in exponent form; write them out as a person sees them.
  if (/e\+/i.test(raw)) {
    const n = Number(raw);
    if (Number.isInteger(n) && Math.abs(n) < 1e21) return n.toFixed(0);
  }
  return raw;
}

/** `&L`, `&C`, `&"Arial,Bold"`, `&12`… are formatting codes in Excel headers; `&&` is a literal ampersand. */
function headerFooterText(s: string): string {
  return s.replace(/&&|&"[^"]*"|&\d+|&[A-Za-z]/g, (m) => (m === '&&' ? '&' : m === '&L' || m === '&C' || m === '&R' ? '\n' : ''));
}

function columnIndex(ref: string): number {
  let n = 0;
  for (const ch of ref) {
    const c = ch.charCodeAt(0);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n - 1;
}

export function columnName(i: number): string {
  let s = '';
  for (i++; i > 0; i = Math.floor((i - 1) / 26)) s = String.fromCharCode(65 + ((i - 1) % 26)) + s;
  return s;
}

// ---------- PowerPoint ----------

function pptx(zip: ZipArchive, main: string, b: TextBuilder) {
  const pres = part(zip, main)!;
  const rels = readRels(zip.readText(relsPathFor(main)), main);
  const authors = new Map<string, string>();
  for (const p of ['ppt/commentAuthors.xml', 'ppt/authors.xml']) {
    const x = part(zip, p);
    if (x) for (const a of [...findAll(x, 'p:cmAuthor'), ...findAll(x, 'p188:author')]) authors.set(a.attrs.id, a.attrs.name);
  }
  findAll(pres, 'p:sldId').forEach((s, i) => {
    const path = rels.get(s.attrs['r:id'])?.target;
    const x = path ? part(zip, path) : undefined;
    if (!path || !x) return;
    const n = i + 1;
    drawingText(b, x, `slide ${n}`);
    for (const r of readRels(zip.readText(relsPathFor(path)), path).values()) {
      if (r.type.endsWith('/notesSlide')) {
        const nx = part(zip, r.target);
        if (nx) drawingText(b, nx, `speaker notes of slide ${n}`);
      } else if (/\/(comments|modernComment)$/.test(r.type)) {
        const cx = part(zip, r.target);
        if (!cx) continue;
        for (const cm of [...findAll(cx, 'p:cm'), ...findAll(cx, 'p188:cm')]) {
          const who = authors.get(cm.attrs.authorId) || 'unknown author';
          const t = findFirst(cm, 'p:text');
          b.block(`comment by ${who} on slide ${n}`, t ? textOf(t) : paragraphs(cm));
        }
      }
    }
  });
  findAll(pres, 'p:sldMasterId').forEach((m, i) => {
    const path = rels.get(m.attrs['r:id'])?.target;
    const x = path ? part(zip, path) : undefined;
    if (x) drawingText(b, x, `slide master ${i + 1}`);
  });
}

/** DrawingML text (slides, notes, shapes): one line per `a:p`. */
function drawingText(b: TextBuilder, root: XmlElement, loc: string) {
  b.block(loc, paragraphs(root));
}

function paragraphs(root: XmlElement): string {
  const lines: string[] = [];
  for (const p of findAll(root, 'a:p')) {
    let s = '';
    const walk = (el: XmlElement) => {
      for (const c of el.children) {
        if (typeof c === 'string') continue;
        if (c.name === 'a:t') s += textOf(c);
        else if (c.name === 'a:br') s += '\n';
        else if (local(c.name) === 'Fallback') continue;
        else walk(c);
      }
    };
    walk(p);
    lines.push(s);
  }
  return lines.join('\n');
}

// ---------- Properties (all three) ----------

const CORE: Record<string, string> = {
  'dc:title': 'title', 'dc:subject': 'subject', 'cp:keywords': 'keywords', 'dc:creator': 'author',
  'cp:lastModifiedBy': 'last modified by', 'dc:description': 'comments', 'cp:category': 'category', 'cp:contentStatus': 'status',
};
const APP: Record<string, string> = { Company: 'company', Manager: 'manager' };

function properties(zip: ZipArchive, b: TextBuilder) {
  const core = part(zip, 'docProps/core.xml');
  if (core) for (const [tag, label] of Object.entries(CORE)) for (const e of findAll(core, tag)) b.block(`document properties: ${label}`, textOf(e));
  const app = part(zip, 'docProps/app.xml');
  if (app) for (const [tag, label] of Object.entries(APP)) for (const e of findAll(app, tag)) b.block(`document properties: ${label}`, textOf(e));
  const custom = part(zip, 'docProps/custom.xml');
  if (custom) for (const p of findAll(custom, 'property')) b.block(`document properties: ${p.attrs.name ?? 'custom'}`, textOf(p));
}
