import { embedded } from './embedded.js';
import { TextBuilder } from './text-builder.js';
import { DEFAULT_CONTEXT, type ExtractContext, type Extracted, fixed, loc, Unreadable } from './types.js';

/**
 * RTF text: control words are interpreted just enough to read the words — `\'xx` bytes in the document's (or
 * the current font's) code page, `\uN` Unicode escapes with their `\ucN` fallbacks skipped, `\par`/`\line`/`\tab`,
 * and the destinations that are not text (font tables, pictures, binary objects) skipped. Headers, footers,
 * footnotes, comments and the info block (title, author…) are located.
 */
const SKIP = new Set(['fonttbl', 'colortbl', 'stylesheet', 'pict', 'object', 'objdata', 'themedata', 'colorschememapping', 'datastore', 'latentstyles', 'listtable', 'listoverridetable', 'rsidtbl', 'generator', 'xmlnstbl', 'fldinst', 'bkmkstart', 'bkmkend', 'atnid', 'atndate', 'atnref', 'mmathPr', 'panose', 'filetbl', 'revtbl', 'pgdsctbl', 'wgrffmtfilter', 'shppict', 'nonshppict', 'blipuid', 'passwordhash', 'defchp', 'defpap']);
const LOCATED: Record<string, string> = {
  header: 'header', headerl: 'header', headerr: 'header', headerf: 'first-page header',
  footer: 'footer', footerl: 'footer', footerr: 'footer', footerf: 'first-page footer',
  footnote: 'footnote', annotation: 'comment', title: 'document properties: title', subject: 'document properties: subject',
  author: 'document properties: author', keywords: 'document properties: keywords', doccomm: 'document properties: comments',
  company: 'document properties: company', operator: 'document properties: last modified by', manager: 'document properties: manager',
  category: 'document properties: category',
};
// \fcharsetN → Windows code page.
const CHARSET_CP: Record<number, number> = { 0: 1252, 161: 1253, 162: 1254, 163: 1258, 177: 1255, 178: 1256, 186: 1257, 204: 1251, 222: 874, 238: 1250 };

interface Group {
  skip: boolean;
  loc: string;
  uc: number;
  cp: number;
  font?: number;
  dest?: string;
  /** The hex digits of an object's data (`\\objdata`), collected by the group that holds them. */
  obj?: string[];
}

export async function extractRtf(bytes: Uint8Array, ctx: ExtractContext = DEFAULT_CONTEXT): Promise<Extracted> {
  const src = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  if (!src.startsWith('{\\rtf')) throw new Unreadable('not an RTF file; not scanned');
  const b = new TextBuilder();
  const fontCp = new Map<number, number>();
  let docCp = 1252;
  let g: Group = { skip: false, loc: 'body', uc: 1, cp: 1252 };
  const stack: Group[] = [];
  let bytesRun: number[] = [];
  let skipChars = 0;
  let fontTable = false;
  let pendingFont = -1;
  const objects: string[] = [];
  const flushBytes = () => {
    if (bytesRun.length === 0) return;
    let s: string;
    try {
      s = new TextDecoder(`windows-${g.cp}`).decode(Uint8Array.from(bytesRun));
    } catch {
      s = Buffer.from(bytesRun).toString('latin1');
    }
    bytesRun = [];
    out(s);
  };
  const out = (s: string) => {
    if (g.skip || s === '') return;
    if (s === '\n' || s === '\t') b.raw(s);
    else b.inline(fixed(g.loc), s);
  };
  let i = 0;
  const n = src.length;
  while (i < n) {
    const c = src[i];
    if (c === '{') {
      flushBytes();
      stack.push(g);
      g = { ...g, dest: undefined };
      i++;
      if (stack.length > 5000) throw new Unreadable('RTF nested too deeply; not scanned');
    } else if (c === '}') {
      flushBytes();
      if (fontTable && g.dest === 'fonttbl') fontTable = false;
      if (g.font !== undefined && pendingFont >= 0) pendingFont = -1;
      const wasLocated = g.dest && LOCATED[g.dest] && !stack[stack.length - 1]?.dest;
      if (g.dest === 'objdata' && g.obj) objects.push(g.obj.join(''));
      g = stack.pop() ?? g;
      if (wasLocated) b.raw('\n');
      i++;
    } else if (c === '\\') {
      const m = /^\\(?:([a-zA-Z]+)(-?\d+)? ?|'([0-9a-fA-F]{2})|(.))/s.exec(src.slice(i, i + 40));
      if (!m) {
        i++;
        continue;
      }
      i += m[0].length;
      if (m[3] !== undefined) {
        if (skipChars > 0) skipChars--;
        else bytesRun.push(parseInt(m[3], 16));
        continue;
      }
      flushBytes();
      if (m[4] !== undefined) {
        const sym = m[4];
        if (sym === '*') g.skip = g.skip || !isKnownStarDest(src, i);
        else if (sym === '~') out('\u00a0');
        else if (sym === '\\' || sym === '{' || sym === '}') out(sym);
        else if (sym === '\n' || sym === '\r') out('\n');
        else if (sym === '_') out('-');
        continue;
      }
      const word = m[1];
      const num = m[2] === undefined ? undefined : Number(m[2]);
      if (SKIP.has(word)) {
        g.dest = word;
        if (word === 'fonttbl') fontTable = true;
        else g.skip = true;
        if (word === 'objdata') g.obj = [];
      } else if (LOCATED[word]) {
        g.dest = word;
        g.loc = LOCATED[word];
      } else if (word === 'info') {
        g.dest = 'info';
        g.skip = false;
      } else if (word === 'ansicpg' && num) {
        docCp = num;
        g.cp = num;
      } else if (word === 'f' && num !== undefined) {
        if (fontTable) pendingFont = num;
        else g.cp = fontCp.get(num) ?? docCp;
      } else if (word === 'fcharset' && num !== undefined && fontTable && pendingFont >= 0) {
        fontCp.set(pendingFont, CHARSET_CP[num] ?? docCp);
      } else if (word === 'uc' && num !== undefined) g.uc = num;
      else if (word === 'u' && num !== undefined) {
        out(String.fromCharCode(num < 0 ? num + 65536 : num));
        skipChars = g.uc;
      } else if (word === 'par' || word === 'line' || word === 'sect' || word === 'page' || word === 'row') out('\n');
      else if (word === 'tab' || word === 'cell') out('\t');
      else if (word === 'bin' && num) i += num;
      else if (word === 'emdash') out('—');
      else if (word === 'endash') out('–');
      else if (word === 'bullet') out('•');
      else if (word === 'lquote') out('‘');
      else if (word === 'rquote') out('’');
      else if (word === 'ldblquote') out('“');
      else if (word === 'rdblquote') out('”');
    } else if (c === '\r' || c === '\n') {
      i++;
    } else {
      if (skipChars > 0) {
        skipChars--;
        i++;
        continue;
      }
      // Plain characters are bytes in the current code page too.
      let j = i;
      while (j < n && src[j] !== '\\' && src[j] !== '{' && src[j] !== '}' && src[j] !== '\r' && src[j] !== '\n') j++;
      if (g.obj) g.obj.push(src.slice(i, j));
      else if (!g.skip && !fontTable) for (let k = i; k < j; k++) bytesRun.push(src.charCodeAt(k));
      i = j;
    }
  }
  flushBytes();
  for (const [k, hex] of objects.entries()) await object(b, k + 1, hex, ctx);
  return b.done();
}

/**
 * An embedded object (`{\\object{\\*\\objdata …}}`): its data is an OLE 1 header around the native data. A document
 * inside it (a package, a PDF) is found by its signature and read; an object with none is listed as not scanned.
 */
async function object(b: TextBuilder, n: number, hex: string, ctx: ExtractContext) {
  const where = loc`embedded object ${n}`;
  const data = Buffer.from(hex.replace(/[^0-9a-fA-F]/g, ''), 'hex'); // an odd last digit is dropped
  for (const [sig, name] of [['PK\x03\x04', 'object.zip'], ['%PDF-', 'object.pdf'], ['{\\rtf', 'object.rtf']] as const) {
    const at = data.indexOf(sig, 0, 'latin1');
    if (at >= 0) return embedded(b, where, name, data.subarray(at), ctx);
  }
  b.problem(where, loc`embedded ${fixed(data.includes('Package', 0, 'latin1') || data.includes(Buffer.from([0xd0, 0xcf, 0x11, 0xe0])) ? 'OLE object' : 'object')} whose content could not be read; not scanned`);
}

/** `{\*\annotation …}`, `{\*\company …}`: starred destinations that hold words a person wrote. */
function isKnownStarDest(src: string, at: number): boolean {
  const m = /^\\([a-zA-Z]+)/.exec(src.slice(at, at + 30));
  return !!m && (m[1] in LOCATED);
}
