import { embedded, embeddedName, pictureEntry } from './embedded.js';
import { TextBuilder } from './text-builder.js';
import { DEFAULT_CONTEXT, DocString, type ExtractContext, type Extracted, fixed, loc, type Loc, Unreadable, withBudget } from './types.js';
import { findAll, findFirst, parseXml, textOf, type XmlElement } from './xml.js';
import { columnName } from './ooxml.js';
import { DEFAULT_ZIP_LIMITS, ZipArchive } from './zip.js';

/**
 * OpenDocument text, spreadsheets and presentations: body, annotations (comments), tracked deletions,
 * notes, frames, hidden sheets, speaker notes, the page-style headers and footers in styles.xml, and meta.xml.
 */
export async function extractOdf(bytes: Uint8Array, ctx: ExtractContext = DEFAULT_CONTEXT): Promise<Extracted> {
  const c = withBudget(ctx);
  const zip = new ZipArchive(bytes, DEFAULT_ZIP_LIMITS, c.budget);
  const manifest = zip.readText('META-INF/manifest.xml') ?? '';
  if (manifest.includes('encryption-data')) throw new Unreadable('encrypted (password-protected) OpenDocument file; cannot be checked without the password');
  const content = zip.readText('content.xml');
  if (content === undefined) throw new Unreadable('not an OpenDocument file (no content.xml); not scanned');
  const doc = parseXml(content);
  const b = new TextBuilder();
  const body = findFirst(doc, 'office:body');
  const hiddenStyles = new Set(
    findAll(doc, 'style:style')
      .filter((s) => findAll(s, 'style:table-properties').some((p) => p.attrs['table:display'] === 'false'))
      .map((s) => s.attrs['style:name']),
  );
  if (body) {
    const sheet = findFirst(body, 'office:spreadsheet');
    const pres = findFirst(body, 'office:presentation');
    if (sheet) spreadsheet(b, sheet, hiddenStyles);
    else if (pres) presentation(b, pres);
    else story(b, body, loc`body`);
  } else b.problem(loc`body`, 'content.xml has no OpenDocument body (unknown namespace?); not scanned');
  const styles = zip.readText('styles.xml');
  if (styles) {
    for (const mp of findAll(parseXml(styles), 'style:master-page')) {
      const styleName = mp.attrs['style:display-name'] ?? mp.attrs['style:name'] ?? '?';
      for (const c of mp.children) {
        if (typeof c === 'string') continue;
        const m = /^style:(header|footer)(-left|-first)?$/.exec(c.name);
        if (!m) continue;
        const which = m[2] === '-first' ? 'first-page ' : m[2] === '-left' ? 'left-page ' : '';
        story(b, c, loc`${fixed(which + m[1])} of page style ${new DocString(styleName, 'name of a page style')}`);
      }
    }
  }
  const meta = zip.readText('meta.xml');
  if (meta) {
    const m = parseXml(meta);
    const labels: [string, string][] = [['dc:title', 'title'], ['dc:subject', 'subject'], ['meta:keyword', 'keywords'], ['dc:description', 'comments'], ['meta:initial-creator', 'author'], ['dc:creator', 'last modified by']];
    for (const [tag, label] of labels) for (const e of findAll(m, tag)) b.block(loc`document properties: ${fixed(label)}`, textOf(e));
    for (const e of findAll(m, 'meta:user-defined')) {
      const name = e.attrs['meta:name'];
      b.block(loc`document properties: ${name ? new DocString(name, 'name of a document property') : fixed('custom')}`, textOf(e));
    }
  }
  // Objects embedded in the document (charts, other documents: "Object 1/content.xml"), and files that are
  // neither XML nor pictures (a zip among the pictures, an attached PDF).
  let objects = 0;
  for (const name of zip.names().sort()) {
    if (/^Object [^/]+\/content\.xml$/i.test(name)) {
      const x = findFirst(parseXml(zip.readText(name)!), 'office:body');
      if (x) story(b, x, loc`embedded object ${++objects}`);
    } else if (/^Pictures\/|\.(docx|xlsx|pptx|odt|ods|odp|pdf|rtf|eml|zip|doc|xls|ppt|msg)$/i.test(name) && !pictureEntry(zip, name)) {
      await embedded(b, loc`embedded ${embeddedName(name)}`, name, zip.read(name)!, c);
    }
  }
  return b.done();
}

/** A person's name from an annotation or a change. */
function creator(el: XmlElement, what: string): DocString | Loc {
  const who = findFirst(el, 'dc:creator');
  return who ? new DocString(textOf(who), what) : fixed('unknown author');
}

/** A run of ODF text: paragraphs and headings, with comments, notes, frames and tracked deletions located. */
/** `boxes: false` for slides, where every text sits in a frame and saying so adds nothing. */
function story(b: TextBuilder, root: XmlElement, base: Loc, boxes = true) {
  b.raw(b.size > 0 ? '\n\n' : '');
  const sub = (what: Loc) => (base.text === 'body' ? what : loc`${base}, ${what}`);
  let notes = 0;
  const walk = (el: XmlElement, at: Loc) => {
    for (const c of el.children) {
      if (typeof c === 'string') {
        if (el.name === 'text:p' || el.name === 'text:h' || el.name === 'text:span' || el.name === 'text:a') b.inline(at, c);
        continue;
      }
      switch (c.name) {
        case 'text:s':
          b.inline(at, ' '.repeat(Math.min(Number(c.attrs['text:c'] ?? 1) || 1, 100)));
          break;
        case 'text:tab':
          b.raw('\t');
          break;
        case 'text:line-break':
          b.raw('\n');
          break;
        case 'text:p':
        case 'text:h':
          walk(c, at);
          b.raw('\n');
          break;
        case 'office:annotation':
          b.raw('\n');
          walk(c, sub(loc`comment by ${creator(c, 'author of a comment')}`));
          break;
        case 'dc:creator':
        case 'dc:date':
        case 'text:note-citation':
        case 'office:change-info':
          break;
        case 'text:note': {
          const kind = c.attrs['text:note-class'] === 'endnote' ? 'endnote' : 'footnote';
          b.raw('\n');
          walk(c, sub(loc`${fixed(kind)} ${++notes}`));
          break;
        }
        case 'text:changed-region': {
          const del = findFirst(c, 'text:deletion');
          if (!del) break;
          b.raw('\n');
          walk(del, sub(loc`tracked deletion by ${creator(c, 'author of a tracked change')}`));
          break;
        }
        case 'draw:text-box':
          b.raw('\n');
          walk(c, boxes ? sub(loc`text box`) : at);
          break;
        case 'table:table-cell':
          walk(c, at);
          b.raw('\t');
          break;
        default:
          walk(c, at);
      }
    }
  };
  walk(root, base);
}

function spreadsheet(b: TextBuilder, root: XmlElement, hiddenStyles: Set<string>) {
  findAll(root, 'table:table').forEach((t, i) => {
    const name = loc`${i + 1} ${new DocString(t.attrs['table:name'] ?? '', `name of sheet ${i + 1}`)}`;
    const hidden = fixed(hiddenStyles.has(t.attrs['table:style-name']) ? ' (hidden sheet)' : '');
    b.raw(b.size > 0 ? '\n\n' : '');
    let row = 0;
    for (const r of findAll(t, 'table:table-row')) {
      const rowRepeat = Math.max(1, Number(r.attrs['table:number-rows-repeated'] ?? 1) || 1);
      let col = 0;
      for (const c of r.children) {
        if (typeof c === 'string' || (c.name !== 'table:table-cell' && c.name !== 'table:covered-table-cell')) continue;
        const repeat = Math.max(1, Number(c.attrs['table:number-columns-repeated'] ?? 1) || 1);
        const paras = findAll(c, 'text:p');
        const annotations = findAll(c, 'office:annotation');
        const value = paras.filter((p) => !annotations.some((a) => findAll(a, 'text:p').includes(p))).map(cellText).join('\n');
        // Repeated cells are the same value many times; one copy (at its first cell) is enough to check.
        if (value) b.inline(loc`sheet ${name}, cell ${fixed(columnName(col))}${row + 1}${hidden}`, value);
        for (const a of annotations) {
          b.raw('\n');
          b.inline(loc`comment by ${creator(a, 'author of a comment')} on sheet ${name}, cell ${fixed(columnName(col))}${row + 1}`, findAll(a, 'text:p').map(cellText).join('\n'));
          b.raw('\n');
        }
        b.raw('\t');
        col += repeat;
      }
      b.raw('\n');
      row += rowRepeat;
    }
  });
}

function cellText(p: XmlElement): string {
  let s = '';
  for (const c of p.children) {
    if (typeof c === 'string') s += c;
    else if (c.name === 'text:s') s += ' '.repeat(Math.min(Number(c.attrs['text:c'] ?? 1) || 1, 100));
    else if (c.name === 'text:tab') s += '\t';
    else if (c.name !== 'office:annotation') s += cellText(c);
  }
  return s;
}

function presentation(b: TextBuilder, root: XmlElement) {
  findAll(root, 'draw:page').forEach((page, i) => {
    const notes = findFirst(page, 'presentation:notes');
    const slide: XmlElement = { ...page, children: page.children.filter((c) => c !== notes) };
    story(b, slide, loc`slide ${i + 1}`, false);
    if (notes) story(b, notes, loc`speaker notes of slide ${i + 1}`, false);
  });
}
