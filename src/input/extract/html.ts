import { decodeHTML } from 'entities';
import { decode } from '../../decode/decode.js';
import { TextBuilder } from './text-builder.js';
import { DocString, type Extracted, fixed, loc, type Loc, Unreadable } from './types.js';

/**
 * HTML as a person reads it: text without tags, entities decoded, block elements on their own lines. Comments,
 * scripts and the attributes that carry words (title, alt, meta content, links) are kept too: they travel with
 * the file. Styles are dropped.
 */
export function extractHtml(bytes: Uint8Array): Extracted {
  return htmlToText(decodeHtmlBytes(bytes));
}

function decodeHtmlBytes(bytes: Uint8Array): string {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 2048)).toString('latin1');
  const cs = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  if (cs && cs !== 'utf-8' && cs !== 'utf8') {
    try {
      return new TextDecoder(cs).decode(bytes);
    } catch {
      // unknown label: fall through to the generic decoder
    }
  }
  const d = decode(bytes);
  if (!d.ok) throw new Unreadable(d.reason);
  return d.text;
}

const BLOCK = new Set(['p', 'div', 'br', 'li', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'section', 'article', 'header', 'footer', 'blockquote', 'pre', 'hr', 'ul', 'ol', 'title', 'dd', 'dt', 'address', 'main', 'nav', 'aside', 'form', 'figure', 'figcaption', 'caption', 'body', 'html', 'head']);
const CELL = new Set(['td', 'th']);
const WORD_ATTRS = ['title', 'alt', 'content', 'href', 'value', 'placeholder', 'aria-label'];
const ATTR = /([^\s=/>]+)\s*(?:=\s*("([^"]*)"|'([^']*)'|[^\s>]+))?/g;

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
      const e = html.toLowerCase().indexOf(`</${name}`, i);
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
