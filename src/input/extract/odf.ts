import { TextBuilder } from './text-builder.js';
import { type Extracted, Unreadable } from './types.js';
import { findAll, findFirst, parseXml, textOf, type XmlElement } from './xml.js';
import { columnName } from './ooxml.js';
import { ZipArchive } from './zip.js';

/**
 * OpenDocument text, spreadsheets and presentations: body, annotations (comments), tracked deletions,
 * notes, frames, hidden sheets, speaker notes, the page-style headers and footers in styles.xml, and meta.xml.
 */
export function extractOdf(bytes: Uint8Array): Extracted {
  const zip = new ZipArchive(bytes);
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
    else story(b, body, 'body');
  }
  const styles = zip.readText('styles.xml');
  if (styles) {
    for (const mp of findAll(parseXml(styles), 'style:master-page')) {
      const styleName = mp.attrs['style:display-name'] ?? mp.attrs['style:name'] ?? '?';
      for (const c of mp.children) {
        if (typeof c === 'string') continue;
        const m = /^style:(header|footer)(-left|-first)?$/.exec(c.name);
        if (!m) continue;
        const which = m[2] === '-first' ? 'first-page ' : m[2] === '-left' ? 'left-page ' : '';
        story(b, c, `${which}${m[1]} of page style ${styleName}`);
      }
    }
  }
  const meta = zip.readText('meta.xml');
  if (meta) {
    const m = parseXml(meta);
    const labels: [string, string][] = [['dc:title', 'title'], ['dc:subject', 'subject'], ['meta:keyword', 'keywords'], ['dc:description', 'comments'], ['meta:initial-creator', 'author'], ['dc:creator', 'last modified by']];
    for (const [tag, label] of labels) for (const e of findAll(m, tag)) b.block(`document properties: ${label}`, textOf(e));
    for (const e of findAll(m, 'meta:user-defined')) b.block(`document properties: ${e.attrs['meta:name'] ?? 'custom'}`, textOf(e));
  }
  return b.done();
}

/** A run of ODF text: paragraphs and headings, with comments, notes, frames and tracked deletions located. */
/** `boxes: false` for slides, where every text sits in a frame and saying so adds nothing. */
function story(b: TextBuilder, root: XmlElement, base: string, boxes = true) {
  b.raw(b.size > 0 ? '\n\n' : '');
  const sub = (what: string) => (base === 'body' ? what : `${base}, ${what}`);
  let notes = 0;
  const walk = (el: XmlElement, loc: string) => {
    for (const c of el.children) {
      if (typeof c === 'string') {
        if (el.name === 'text:p' || el.name === 'text:h' || el.name === 'text:span' || el.name === 'text:a') b.inline(loc, c);
        continue;
      }
      switch (c.name) {
        case 'text:s':
          b.inline(loc, ' '.repeat(Math.min(Number(c.attrs['text:c'] ?? 1) || 1, 100)));
          break;
        case 'text:tab':
          b.raw('\t');
          break;
        case 'text:line-break':
          b.raw('\n');
          break;
        case 'text:p':
        case 'text:h':
          walk(c, loc);
          b.raw('\n');
          break;
        case 'office:annotation': {
          const who = findFirst(c, 'dc:creator');
          b.raw('\n');
          walk(c, sub(`comment by ${who ? textOf(who) : 'unknown author'}`));
          break;
        }
        case 'dc:creator':
        case 'dc:date':
        case 'text:note-citation':
        case 'office:change-info':
          break;
        case 'text:note': {
          const kind = c.attrs['text:note-class'] === 'endnote' ? 'endnote' : 'footnote';
          b.raw('\n');
          walk(c, sub(`${kind} ${++notes}`));
          break;
        }
        case 'text:changed-region': {
          const del = findFirst(c, 'text:deletion');
          if (!del) break;
          const who = findFirst(c, 'dc:creator');
          b.raw('\n');
          walk(del, sub(`tracked deletion by ${who ? textOf(who) : 'unknown author'}`));
          break;
        }
        case 'draw:text-box':
          b.raw('\n');
          walk(c, boxes ? sub('text box') : loc);
          break;
        case 'table:table-cell':
          walk(c, loc);
          b.raw('\t');
          break;
        default:
          walk(c, loc);
      }
    }
  };
  walk(root, base);
}

function spreadsheet(b: TextBuilder, root: XmlElement, hiddenStyles: Set<string>) {
  for (const t of findAll(root, 'table:table')) {
    const name = t.attrs['table:name'] ?? '?';
    const hidden = hiddenStyles.has(t.attrs['table:style-name']) ? ' (hidden sheet)' : '';
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
        if (value) b.inline(`sheet ${name}, cell ${columnName(col)}${row + 1}${hidden}`, value);
        for (const a of annotations) {
          const who = findFirst(a, 'dc:creator');
          b.raw('\n');
          b.inline(`comment by ${who ? textOf(who) : 'unknown author'} on sheet ${name}, cell ${columnName(col)}${row + 1}`, findAll(a, 'text:p').map(cellText).join('\n'));
          b.raw('\n');
        }
        b.raw('\t');
        col += repeat;
      }
      b.raw('\n');
      row += rowRepeat;
    }
  }
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
    story(b, slide, `slide ${i + 1}`, false);
    if (notes) story(b, notes, `speaker notes of slide ${i + 1}`, false);
  });
}
