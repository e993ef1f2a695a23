import { embedded, embeddedName, pictureEntry } from './embedded.js';
import { TextBuilder } from './text-builder.js';
import { DEFAULT_CONTEXT, DocString, type ExtractContext, type Extracted, fixed, loc, type Loc, Unreadable, withBudget } from './types.js';
import { findAll, findFirst, local, parseXml, readRels, relsPathFor, textOf, type XmlElement } from './xml.js';
import { DEFAULT_ZIP_LIMITS, entryName, ZipArchive } from './zip.js';

/**
 * Word, Excel and PowerPoint (Office Open XML) packages: the main text plus what people forget is there —
 * headers and footers, text boxes, comments, tracked insertions and deletions, footnotes, hidden sheets,
 * speaker notes, charts, SmartArt, alt text, Excel drawings, document properties, and the documents embedded in
 * the package. Names from the package (sheets, authors, part names) are DocStrings: masked where shown, scanned.
 */
export async function extractOoxml(bytes: Uint8Array, ctx: ExtractContext = DEFAULT_CONTEXT): Promise<Extracted> {
  const c = withBudget(ctx);
  const zip = new ZipArchive(bytes, DEFAULT_ZIP_LIMITS, c.budget);
  const rels = readRels(zip.readText('_rels/.rels'), '');
  const main = [...rels.values()].find((r) => r.type.endsWith('/officeDocument'))?.target;
  if (!main || !zip.has(main)) throw new Unreadable('not an Office Open XML document (no main part); not scanned');
  const b = new TextBuilder();
  const pkg = new Package(zip, b);
  if (main.toLowerCase().startsWith('word/')) docx(pkg, main);
  else if (main.toLowerCase().startsWith('xl/')) xlsx(pkg, main);
  else if (main.toLowerCase().startsWith('ppt/')) pptx(pkg, main);
  else throw new Unreadable(loc`unknown Office Open XML document type (${entryName(main)}); not scanned`);
  graphics(pkg);
  properties(pkg);
  await embeddings(pkg, c);
  return b.done();
}

/** The package and the builder, with parts read as relationships point at them. */
class Package {
  constructor(readonly zip: ZipArchive, readonly b: TextBuilder) {}

  /** A part some relationship points at: one that is not in the package is reported, never passed over. */
  part(path: string, localNames = false): XmlElement | undefined {
    const t = this.zip.readText(path);
    if (t === undefined) {
      this.b.problem(loc`part ${entryName(path)}`, 'referenced by the document but missing from the package; not scanned');
      return undefined;
    }
    return parseXml(t, localNames);
  }

  /** A part that may be absent (document properties). */
  optional(path: string, localNames = false): XmlElement | undefined {
    const t = this.zip.readText(path);
    return t === undefined ? undefined : parseXml(t, localNames);
  }

  rels(path: string) {
    return readRels(this.zip.readText(relsPathFor(path)), path);
  }
}

// ---------- Word ----------

function docx(pkg: Package, main: string) {
  const b = pkg.b;
  const doc = pkg.part(main)!;
  const rels = pkg.rels(main);
  const body = findFirst(doc, 'w:body');
  // A main part without a body in the WordprocessingML namespace is not a document this reader understands.
  if (body) wordPart(b, body, loc`body`);
  else b.problem(loc`body`, 'the main part has no WordprocessingML body (unknown namespace?); not scanned');

  const seen = new Set<string>();
  findAll(doc, 'w:sectPr').forEach((sect, i) => {
    for (const ref of [...findAll(sect, 'w:headerReference'), ...findAll(sect, 'w:footerReference')]) {
      const target = rels.get(ref.attrs['r:id'])?.target;
      if (!target || seen.has(target)) continue;
      seen.add(target);
      const kind = ref.name === 'w:headerReference' ? 'header' : 'footer';
      const type = ref.attrs['w:type'] === 'first' ? 'first-page ' : ref.attrs['w:type'] === 'even' ? 'even-page ' : '';
      const x = pkg.part(target);
      if (x) wordPart(b, x, loc`${fixed(type + kind)} of section ${i + 1}`);
    }
  });
  // Headers and footers that no section points at are still in the file.
  for (const r of rels.values()) {
    if (seen.has(r.target) || !/\/(header|footer)$/.test(r.type)) continue;
    const x = pkg.part(r.target);
    if (x) wordPart(b, x, loc`${fixed(r.type.endsWith('header') ? 'header' : 'footer')} ${entryName(r.target)}`);
  }
  for (const kind of ['footnote', 'endnote'] as const) {
    const r = [...rels.values()].find((x) => x.type.endsWith(`/${kind}s`));
    const x = r && pkg.part(r.target);
    if (!x) continue;
    let n = 0;
    for (const note of findAll(x, `w:${kind}`)) {
      if (note.attrs['w:type'] === 'separator' || note.attrs['w:type'] === 'continuationSeparator' || note.attrs['w:type'] === 'continuationNotice') continue;
      wordPart(b, note, loc`${fixed(kind)} ${++n}`);
    }
  }
  const c = [...rels.values()].find((x) => x.type.endsWith('/comments'));
  const comments = c && pkg.part(c.target);
  if (comments) for (const cm of findAll(comments, 'w:comment')) wordPart(b, cm, loc`comment by ${author(cm.attrs['w:author'])}`);
}

/** A comment's or a change's author: a person's name, or whatever was typed there. */
function author(name: string | undefined, what = 'author of a comment'): DocString | Loc {
  return name ? new DocString(name, what) : fixed('unknown author');
}

/** One Word story (body, header, note, comment) as paragraphs, with changes and text boxes located. */
function wordPart(b: TextBuilder, root: XmlElement, base: Loc) {
  b.raw(b.size > 0 ? '\n\n' : '');
  const sub = (what: Loc) => (base.text === 'body' ? what : loc`${base}, ${what}`);
  const walk = (el: XmlElement, at: Loc) => {
    for (const c of el.children) {
      if (typeof c === 'string') continue;
      switch (c.name) {
        case 'w:t':
        case 'w:delText':
          b.inline(at, textOf(c));
          break;
        case 'w:tab':
          b.raw('\t');
          break;
        case 'w:br':
        case 'w:cr':
          b.raw('\n');
          break;
        case 'w:p':
          walk(c, at);
          b.raw('\n');
          break;
        case 'w:tc':
          walk(c, at);
          b.raw('\t');
          break;
        case 'w:tr':
          walk(c, at);
          b.raw('\n');
          break;
        case 'w:ins':
          walk(c, sub(loc`tracked insertion by ${author(c.attrs['w:author'], 'author of a tracked change')}`));
          break;
        case 'w:del':
          walk(c, sub(loc`tracked deletion by ${author(c.attrs['w:author'], 'author of a tracked change')}`));
          break;
        case 'w:txbxContent':
          b.raw('\n');
          walk(c, sub(loc`text box`));
          b.raw('\n');
          break;
        case 'wp:docPr':
          altText(b, c, sub(loc`alt text of a picture`));
          break;
        case 'w:instrText':
        case 'w:sectPr':
          break;
        default:
          walk(c, at);
      }
    }
  };
  walk(root, base);
}

/** The description and title a picture or shape carries for screen readers (`docPr`, `cNvPr`). */
function altText(b: TextBuilder, el: XmlElement, where: Loc) {
  for (const a of ['descr', 'title']) {
    const v = el.attrs[a];
    if (v && /\S/.test(v)) {
      b.raw('\n');
      b.inline(where, v);
      b.raw('\n');
    }
  }
}

// ---------- Excel ----------

function xlsx(pkg: Package, main: string) {
  const b = pkg.b;
  const wb = pkg.part(main, true)!;
  const rels = pkg.rels(main);
  const ssPath = [...rels.values()].find((r) => r.type.endsWith('/sharedStrings'))?.target;
  const ssXml = ssPath ? pkg.part(ssPath, true) : undefined;
  const shared = ssXml ? findAll(ssXml, 'si').map(richText) : [];
  const sheets = findAll(wb, 'sheet');
  if (sheets.length === 0) b.problem(loc`workbook`, 'the workbook lists no sheets (unknown namespace?); not scanned');
  sheets.forEach((sh, i) => {
    // "sheet 2 “L****”": its place in the workbook, and its name masked (a name is typed like a cell).
    const name = loc`${i + 1} ${new DocString(sh.attrs.name ?? '', `name of sheet ${i + 1}`)}`;
    const state = fixed(sh.attrs.state === 'hidden' || sh.attrs.state === 'veryHidden' ? ' (hidden sheet)' : '');
    const path = rels.get(sh.attrs['r:id'])?.target;
    if (!path) return b.problem(loc`sheet ${name}`, 'has no part in the package; not scanned');
    const x = pkg.part(path, true);
    if (!x) return;
    b.raw(b.size > 0 ? '\n\n' : '');
    for (const row of findAll(x, 'row')) {
      let col = 0;
      for (const c of findAll(row, 'c')) {
        const ref = cellRef(c.attrs.r) ?? `${columnName(col)}${cellRef(`A${row.attrs.r ?? ''}`)?.slice(1) ?? ''}`;
        col = columnIndex(ref) + 1;
        const v = cellValue(c, shared);
        if (v) b.inline(loc`sheet ${name}, cell ${fixed(ref)}${state}`, v);
        b.raw('\t');
      }
      b.raw('\n');
    }
    const hf = findFirst(x, 'headerFooter');
    if (hf) {
      for (const h of hf.children) {
        if (typeof h === 'string') continue;
        const what = fixed(/Header/.test(h.name) ? 'header' : 'footer');
        b.block(loc`${what} of sheet ${name}`, headerFooterText(textOf(h)));
      }
    }
    for (const r of pkg.rels(path).values()) {
      if (!r.type.endsWith('/comments')) continue;
      const cx = pkg.part(r.target, true);
      if (!cx) continue;
      const authors = findAll(cx, 'author').map(textOf);
      for (const cm of findAll(cx, 'comment')) {
        const who = author(authors[Number(cm.attrs.authorId)]);
        const ref = cellRef(cm.attrs.ref);
        b.block(loc`comment by ${who} on sheet ${name}${ref ? loc`, cell ${fixed(ref)}` : loc``}`, richText(cm));
      }
    }
  });
}

/** A cell reference as Excel writes it ("D14"); anything else in that attribute is not shown. */
function cellRef(r: string | undefined): string | undefined {
  return r && /^\$?[A-Z]{1,3}\$?[0-9]{1,7}$/.test(r) ? r.replace(/\$/g, '') : undefined;
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

function pptx(pkg: Package, main: string) {
  const b = pkg.b;
  const pres = pkg.part(main)!;
  const rels = pkg.rels(main);
  const authors = new Map<string, string>();
  for (const p of ['ppt/commentAuthors.xml', 'ppt/authors.xml']) {
    const x = pkg.optional(p);
    if (x) for (const a of [...findAll(x, 'p:cmAuthor'), ...findAll(x, 'p188:author')]) authors.set(a.attrs.id, a.attrs.name);
  }
  findAll(pres, 'p:sldId').forEach((s, i) => {
    const path = rels.get(s.attrs['r:id'])?.target;
    const x = path ? pkg.part(path) : undefined;
    if (!path || !x) return;
    const n = i + 1;
    drawingText(b, x, loc`slide ${n}`);
    for (const r of pkg.rels(path).values()) {
      if (r.type.endsWith('/notesSlide')) {
        const nx = pkg.part(r.target);
        if (nx) drawingText(b, nx, loc`speaker notes of slide ${n}`);
      } else if (/\/(comments|modernComment)$/.test(r.type)) {
        const cx = pkg.part(r.target);
        if (!cx) continue;
        for (const cm of [...findAll(cx, 'p:cm'), ...findAll(cx, 'p188:cm')]) {
          const who = author(authors.get(cm.attrs.authorId));
          const t = findFirst(cm, 'p:text');
          b.block(loc`comment by ${who} on slide ${n}`, t ? textOf(t) : paragraphs(cm));
        }
      }
    }
  });
  findAll(pres, 'p:sldMasterId').forEach((m, i) => {
    const path = rels.get(m.attrs['r:id'])?.target;
    const x = path ? pkg.part(path) : undefined;
    if (x) drawingText(b, x, loc`slide master ${i + 1}`);
  });
}

/** DrawingML text (slides, notes, shapes, Excel drawings): one line per `a:p`, then the alt text of the shapes. */
function drawingText(b: TextBuilder, root: XmlElement, where: Loc) {
  b.block(where, paragraphs(root));
  for (const el of [...findAll(root, 'p:cNvPr'), ...findAll(root, 'xdr:cNvPr')]) altText(b, el, loc`${where}, alt text`);
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
        else walk(c);
      }
    };
    walk(p);
    lines.push(s);
  }
  return lines.join('\n');
}

// ---------- Charts, SmartArt, Excel drawings (all three) ----------

/**
 * Text that lives in parts of its own: chart titles, labels and the category names cached in a chart (what the
 * reader of the chart sees), SmartArt data, and Excel drawings (text boxes and shapes over the cells). Found by
 * part name, referenced or not. SmartArt's cached drawing (`diagrams/drawing*.xml`) repeats its data: not read.
 */
function graphics(pkg: Package) {
  const names = pkg.zip.names().sort();
  let charts = 0;
  let diagrams = 0;
  let drawings = 0;
  for (const name of names) {
    if (/(^|\/)charts\/chart[^/]*\.xml$/i.test(name)) {
      const x = pkg.optional(name);
      if (x) pkg.b.block(loc`chart ${++charts}`, chartText(x));
    } else if (/(^|\/)diagrams\/data[^/]*\.xml$/i.test(name)) {
      const x = pkg.optional(name);
      if (x) pkg.b.block(loc`SmartArt graphic ${++diagrams}`, paragraphs(x));
    } else if (/^xl\/drawings\/drawing[^/]*\.xml$/i.test(name)) {
      const x = pkg.optional(name);
      if (x) drawingText(pkg.b, x, loc`drawing ${++drawings} over the cells`);
    }
  }
}

/** A chart's words: rich text (titles, axis titles) and the cached text values of its series and categories. */
function chartText(root: XmlElement): string {
  const lines = [paragraphs(root)];
  for (const cache of [...findAll(root, 'c:strCache'), ...findAll(root, 'c:multiLvlStrCache')]) for (const v of findAll(cache, 'c:v')) lines.push(textOf(v));
  for (const t of findAll(root, 'c:tx')) for (const x of t.children) if (typeof x !== 'string' && x.name === 'c:v') lines.push(textOf(x));
  return lines.join('\n');
}

// ---------- Embedded documents (all three) ----------

/** Anything embedded or put among the media that is not a picture: scanned as a document of its own, or listed. */
const EMBEDDED = /(^|\/)(embeddings|media)\/[^/]+$|\.(docx|docm|xlsx|xlsm|pptx|pptm|odt|ods|odp|pdf|rtf|eml|zip|doc|xls|ppt|msg)$/i;

async function embeddings(pkg: Package, ctx: ExtractContext) {
  for (const name of pkg.zip.names()) {
    // Macros (.docm, .xlsm, .pptm): the VBA project is compressed binary whose strings may hold anything; not read, so said.
    if (/(^|\/)vbaProject\.bin$/i.test(name)) {
      pkg.b.problem(loc`macros`, 'the document carries macros (a VBA project), whose code is not read; not scanned');
      continue;
    }
    if (!EMBEDDED.test(name) || /\.(xml|rels)$/i.test(name) || pictureEntry(pkg.zip, name)) continue;
    await embedded(pkg.b, loc`embedded ${embeddedName(name)}`, name, pkg.zip.read(name)!, ctx);
  }
}

// ---------- Properties (all three) ----------

const CORE: Record<string, string> = {
  'dc:title': 'title', 'dc:subject': 'subject', 'cp:keywords': 'keywords', 'dc:creator': 'author',
  'cp:lastModifiedBy': 'last modified by', 'dc:description': 'comments', 'cp:category': 'category', 'cp:contentStatus': 'status',
};
const APP: Record<string, string> = { Company: 'company', Manager: 'manager' };

function properties(pkg: Package) {
  const b = pkg.b;
  const core = pkg.optional('docProps/core.xml');
  if (core) for (const [tag, label] of Object.entries(CORE)) for (const e of findAll(core, tag)) b.block(loc`document properties: ${fixed(label)}`, textOf(e));
  const app = pkg.optional('docProps/app.xml');
  if (app) for (const [tag, label] of Object.entries(APP)) for (const e of findAll(app, tag)) b.block(loc`document properties: ${fixed(label)}`, textOf(e));
  const custom = pkg.optional('docProps/custom.xml');
  if (custom) for (const p of findAll(custom, 'property')) b.block(loc`document properties: ${p.attrs.name ? new DocString(p.attrs.name, 'name of a document property') : fixed('custom')}`, textOf(p));
}
