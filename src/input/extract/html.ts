import { decodeHTML } from 'entities';
import { decode, decodeLabelled } from '../../decode/decode.js';
import { TextBuilder } from './text-builder.js';
import { DocString, type Extracted, fixed, loc, type Loc, Unreadable } from './types.js';

/**
 * HTML as a person reads it: text without tags, entities decoded, block elements on their own lines. Comments,
 * scripts and the attributes that carry words (title, alt, meta content, links) are kept too: they travel with
 * the file. Styles are dropped.
 */
export function extractHtml(bytes: Uint8Array): Extracted {
  const d = decodeHtmlBytes(bytes);
  const r = htmlToText(d.text);
  // Invalid bytes are read as replacement characters: the rest is scanned, and the file is listed as not read whole.
  if (d.problem) r.problems.push({ location: 'HTML', reason: `${d.problem} (the rest was scanned)` });
  return r;
}

/** A BOM first, then `<meta charset>` (decoded strictly; a label no decoder knows is refused), else UTF-8/UTF-16. */
function decodeHtmlBytes(bytes: Uint8Array): { text: string; problem?: string } {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 2048)).toString('latin1');
  const bom = (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  const cs = bom ? undefined : /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  const d = cs && cs !== 'utf-8' && cs !== 'utf8' ? decodeLabelled(bytes, cs) : decode(bytes);
  if (!d.ok) throw new Unreadable(d.reason);
  return d;
}

const BLOCK = new Set(['p', 'div', 'br', 'li', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'section', 'article', 'header', 'footer', 'blockquote', 'pre', 'hr', 'ul', 'ol', 'title', 'dd', 'dt', 'address', 'main', 'nav', 'aside', 'form', 'figure', 'figcaption', 'caption', 'body', 'html', 'head']);
const CELL = new Set(['td', 'th']);
const WORD_ATTRS = ['title', 'alt', 'content', 'href', 'value', 'placeholder', 'aria-label'];
const ATTR = /([^\s=/>]+)\s*(?:=\s*("([^"]*)"|'([^']*)'|[^\s>]+))?/g;

/** Where `</name` (any case) starts at or after `from`, or -1; reads only up to the match, so many tags stay linear. */
function closingTag(html: string, name: string, from: number): number {
  const re = name === 'style' ? CLOSE_STYLE : CLOSE_SCRIPT;
  re.lastIndex = from;
  return re.exec(html)?.index ?? -1;
}
const CLOSE_STYLE = /<\/style/gi;
const CLOSE_SCRIPT = /<\/script/gi;

export function htmlToText(html: string): Extracted {
  const b = new TextBuilder();
  const tail: { loc: Loc; text: string }[] = [];
  let i = 0;
  let pending = '';
  const flush = () => {
    // Whitespace collapses as a browser shows it, so a marking split over source lines reads as one phrase.
    if (pending) b.inline(loc`body`, decodeHTML(pending).replace(/[ \t\r\n\f]+/g, ' '));
    pending = '';
  };
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      pending += html.slice(i);
      break;
    }
    pending += html.slice(i, lt);
    if (html.startsWith('<!--', lt)) {
      const e = html.indexOf('-->', lt + 4);
      const end = e < 0 ? html.length : e;
      tail.push({ loc: loc`HTML comment`, text: html.slice(lt + 4, end) });
      i = e < 0 ? html.length : e + 3;
      continue;
    }
    const m = /^<\/?([A-Za-z][A-Za-z0-9:-]*)([^>]*)>?/.exec(html.slice(lt, lt + 4096));
    if (!m || html[lt + 1] === '!' || html[lt + 1] === '?') {
      if (!m && html[lt + 1] !== '!' && html[lt + 1] !== '?') {
        pending += '<';
        i = lt + 1;
        continue;
      }
      const e = html.indexOf('>', lt);
      i = e < 0 ? html.length : e + 1;
      continue;
    }
    const name = m[1].toLowerCase();
    const closing = html[lt + 1] === '/';
    i = lt + m[0].length;
    if (!closing) {
      ATTR.lastIndex = 0;
      for (let a; (a = ATTR.exec(m[2])); ) {
        const an = a[1].toLowerCase();
        const v = a[3] ?? a[4] ?? a[2];
        if (v && WORD_ATTRS.includes(an)) tail.push({ loc: loc`${fixed(an)} attribute of <${elementName(name)}>`, text: decodeHTML(v) });
      }
    }
    if (!closing && (name === 'style' || name === 'script')) {
      const e = closingTag(html, name, i);
      const end = e < 0 ? html.length : e;
      if (name === 'script') tail.push({ loc: loc`script`, text: html.slice(i, end) });
      i = end;
      continue;
    }
    if (BLOCK.has(name)) {
      flush();
      b.raw('\n');
    } else if (CELL.has(name)) {
      flush();
      b.raw('\t');
    }
  }
  flush();
  for (const t of tail) b.block(t.loc, t.text, '\n');
  return b.done();
}

/** Element names of HTML are shown as they are; any other name is the author's word (masked, scanned). */
const HTML_ELEMENTS = new Set('a abbr acronym area article aside audio button details dd div dl dt embed fieldset figure footer form h1 h2 h3 h4 h5 h6 header iframe img input label li link meta nav object ol optgroup option p section select source span summary table tbody td textarea th thead tr track ul video'.split(' '));
function elementName(name: string): Loc | DocString {
  return HTML_ELEMENTS.has(name) ? fixed(name) : new DocString(name, 'name of an HTML element');
}
