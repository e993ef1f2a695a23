import { Unreadable } from './types.js';

/**
 * A minimal, strict-enough XML reader for package parts: elements, attributes, text, CDATA. It refuses
 * `<!DOCTYPE` (entity-expansion bombs, external entities) and decodes only the five predefined entities and
 * character references, which is all that OOXML and ODF use.
 */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXmlEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (m, e: string) => {
    if (e[0] === '#') {
      const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
    }
    return ENTITY[e] ?? m;
  });
}

const ATTR = /([^\s=/>]+)\s*=\s*("([^"]*)"|'([^']*)')/g;

/** `localNames` drops element prefixes (SpreadsheetML is written both with and without an `x:` prefix). */
export function parseXml(xml: string, localNames = false): XmlElement {
  const root: XmlElement = { name: '#document', attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  let i = 0;
  const n = xml.length;
  while (i < n) {
    const lt = xml.indexOf('<', i);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > i) {
      const t = xml.slice(i, textEnd);
      if (stack.length > 1) stack[stack.length - 1].children.push(decodeXmlEntities(t));
    }
    if (lt < 0) break;
    const c = xml[lt + 1];
    if (c === '?') {
      i = endOf(xml, '?>', lt);
    } else if (c === '!') {
      if (xml.startsWith('<!--', lt)) i = endOf(xml, '-->', lt);
      else if (xml.startsWith('<![CDATA[', lt)) {
        const e = xml.indexOf(']]>', lt);
        if (e < 0) throw new Unreadable('malformed XML (unterminated CDATA); not scanned');
        stack[stack.length - 1].children.push(xml.slice(lt + 9, e));
        i = e + 3;
      } else throw new Unreadable('XML part declares a DOCTYPE or entities (refused: entity-expansion risk); not scanned');
    } else if (c === '/') {
      const gt = xml.indexOf('>', lt);
      if (gt < 0) throw new Unreadable('malformed XML; not scanned');
      const raw = xml.slice(lt + 2, gt).trim();
      const name = localNames ? local(raw) : raw;
      // Be lenient with mismatches: close up to the matching element if it is open.
      for (let k = stack.length - 1; k > 0; k--) {
        if (stack[k].name === name) {
          stack.length = k;
          break;
        }
      }
      i = gt + 1;
    } else {
      const gt = tagEnd(xml, lt);
      let body = xml.slice(lt + 1, gt);
      const selfClosing = body.endsWith('/');
      if (selfClosing) body = body.slice(0, -1);
      const sp = body.search(/\s/);
      const tag = sp < 0 ? body : body.slice(0, sp);
      const name = localNames ? local(tag) : tag;
      const attrs: Record<string, string> = {};
      if (sp >= 0) {
        ATTR.lastIndex = 0;
        for (let m; (m = ATTR.exec(body)); ) attrs[m[1]] = decodeXmlEntities(m[3] ?? m[4] ?? '');
      }
      const el: XmlElement = { name, attrs, children: [] };
      stack[stack.length - 1].children.push(el);
      if (!selfClosing) stack.push(el);
      i = gt + 1;
    }
  }
  return root;
}

function endOf(xml: string, marker: string, from: number): number {
  const e = xml.indexOf(marker, from);
  if (e < 0) throw new Unreadable('malformed XML; not scanned');
  return e + marker.length;
}

/** The `>` that ends a start tag, skipping quoted attribute values that may contain `>`. */
function tagEnd(xml: string, from: number): number {
  let q = '';
  for (let i = from + 1; i < xml.length; i++) {
    const c = xml[i];
    if (q) {
      if (c === q) q = '';
    } else if (c === '"' || c === "'") q = c;
    else if (c === '>') return i;
  }
  throw new Unreadable('malformed XML (unterminated tag); not scanned');
}

/** Local name without the namespace prefix ("w:t" → "t"). */
export function local(name: string): string {
  const k = name.indexOf(':');
  return k < 0 ? name : name.slice(k + 1);
}

export function* elements(node: XmlElement, name?: string): Generator<XmlElement> {
  for (const c of node.children) {
    if (typeof c === 'string') continue;
    if (name === undefined || c.name === name) yield c;
  }
}

/** Depth-first search for every element named `name`. */
export function findAll(node: XmlElement, name: string, out: XmlElement[] = []): XmlElement[] {
  for (const c of node.children) {
    if (typeof c === 'string') continue;
    if (c.name === name) out.push(c);
    findAll(c, name, out);
  }
  return out;
}

export function findFirst(node: XmlElement, name: string): XmlElement | undefined {
  for (const c of node.children) {
    if (typeof c === 'string') continue;
    if (c.name === name) return c;
    const f = findFirst(c, name);
    if (f) return f;
  }
  return undefined;
}

/** All character data below `node`, concatenated. */
export function textOf(node: XmlElement): string {
  let s = '';
  for (const c of node.children) s += typeof c === 'string' ? c : textOf(c);
  return s;
}

/** Relationship id → target path, resolved against the part's folder (OPC `_rels/x.rels`). */
export function readRels(xml: string | undefined, partPath: string): Map<string, { target: string; type: string }> {
  const out = new Map<string, { target: string; type: string }>();
  if (!xml) return out;
  const dir = partPath.includes('/') ? partPath.slice(0, partPath.lastIndexOf('/') + 1) : '';
  for (const r of findAll(parseXml(xml), 'Relationship')) {
    if (r.attrs.TargetMode === 'External') continue;
    const t = r.attrs.Target ?? '';
    out.set(r.attrs.Id, { target: resolvePath(dir, t), type: r.attrs.Type ?? '' });
  }
  return out;
}

export function relsPathFor(part: string): string {
  const k = part.lastIndexOf('/');
  return `${part.slice(0, k + 1)}_rels/${part.slice(k + 1)}.rels`;
}

function resolvePath(dir: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : dir + target).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}
