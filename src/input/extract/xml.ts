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

/**
 * Element and attribute names are resolved by namespace URI, not by the prefix a writer chose: whatever prefix
 * (or default namespace) a part uses, a known namespace gets its conventional prefix below ("w:t", "a:p",
 * "text:p"), so `<t xmlns="…/wordprocessingml/2006/main">` and `<ns0:t>` both read as "w:t". An unknown namespace
 * gets a prefix of its own ("ns1:"), so it never passes for a known one. Transitional and Strict OOXML URIs agree.
 */
const OOXML = 'http://schemas.openxmlformats.org/';
const STRICT = 'http://purl.oclc.org/ooxml/';
const ODF = 'urn:oasis:names:tc:opendocument:xmlns:';
const PREFIX: Record<string, string> = {
  [`${OOXML}wordprocessingml/2006/main`]: 'w', [`${STRICT}wordprocessingml/main`]: 'w',
  [`${OOXML}officeDocument/2006/relationships`]: 'r', [`${STRICT}officeDocument/relationships`]: 'r',
  [`${OOXML}drawingml/2006/main`]: 'a', [`${STRICT}drawingml/main`]: 'a',
  [`${OOXML}drawingml/2006/wordprocessingDrawing`]: 'wp', [`${STRICT}drawingml/wordprocessingDrawing`]: 'wp',
  [`${OOXML}drawingml/2006/chart`]: 'c', [`${STRICT}drawingml/chart`]: 'c',
  [`${OOXML}drawingml/2006/diagram`]: 'dgm', [`${STRICT}drawingml/diagram`]: 'dgm',
  [`${OOXML}drawingml/2006/spreadsheetDrawing`]: 'xdr', [`${STRICT}drawingml/spreadsheetDrawing`]: 'xdr',
  [`${OOXML}drawingml/2006/picture`]: 'pic', [`${STRICT}drawingml/picture`]: 'pic',
  [`${OOXML}spreadsheetml/2006/main`]: 'x', [`${STRICT}spreadsheetml/main`]: 'x',
  [`${OOXML}presentationml/2006/main`]: 'p', [`${STRICT}presentationml/main`]: 'p',
  [`${OOXML}markup-compatibility/2006`]: 'mc',
  [`${OOXML}package/2006/relationships`]: '', [`${OOXML}package/2006/content-types`]: '',
  [`${OOXML}package/2006/metadata/core-properties`]: 'cp',
  [`${OOXML}officeDocument/2006/extended-properties`]: '', [`${STRICT}officeDocument/extendedProperties`]: '',
  [`${OOXML}officeDocument/2006/custom-properties`]: '', [`${STRICT}officeDocument/customProperties`]: '',
  'http://schemas.microsoft.com/office/powerpoint/2018/8/main': 'p188',
  'http://schemas.microsoft.com/office/word/2010/wordprocessingShape': 'wps',
  'http://schemas.microsoft.com/office/word/2010/wordprocessingGroup': 'wpg',
  'http://schemas.microsoft.com/office/word/2010/wordml': 'w14',
  'http://schemas.microsoft.com/office/drawing/2008/diagram': 'dsp',
  'urn:schemas-microsoft-com:vml': 'v',
  'http://purl.org/dc/elements/1.1/': 'dc', 'http://purl.org/dc/terms/': 'dcterms',
  [`${ODF}office:1.0`]: 'office', [`${ODF}text:1.0`]: 'text', [`${ODF}table:1.0`]: 'table', [`${ODF}style:1.0`]: 'style',
  [`${ODF}drawing:1.0`]: 'draw', [`${ODF}presentation:1.0`]: 'presentation', [`${ODF}meta:1.0`]: 'meta',
  [`${ODF}xsl-fo-compatible:1.0`]: 'fo', [`${ODF}manifest:1.0`]: 'manifest',
  'http://www.w3.org/XML/1998/namespace': 'xml',
};

/** An `mc:Choice` whose required namespaces are all known here (else its `mc:Fallback` is read). */
const CHOICE_UNDERSTOOD = Symbol('understood');
type Scope = Map<string, string>;
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
  const written: string[] = ['']; // each open element's name as written, to match its end tag
  const scopes: Scope[] = [new Map([['xml', 'http://www.w3.org/XML/1998/namespace']])];
  const unknown = new Map<string, string>();
  const resolve = (qname: string, scope: Scope, attr: boolean): string => {
    const k = qname.indexOf(':');
    const prefix = k < 0 ? '' : qname.slice(0, k);
    const name = k < 0 ? qname : qname.slice(k + 1);
    if (attr && k < 0) return qname; // unprefixed attributes are in no namespace
    const uri = scope.get(prefix);
    if (uri === undefined) return qname; // undeclared: taken as written
    let p = PREFIX[uri];
    if (p === undefined) {
      p = unknown.get(uri) ?? `ns${unknown.size + 1}`;
      unknown.set(uri, p);
    }
    return p ? `${p}:${name}` : name;
  };
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
      // Be lenient with mismatches: close up to the matching element if it is open.
      for (let k = stack.length - 1; k > 0; k--) {
        if (written[k] === raw) {
          stack.length = k;
          written.length = k;
          scopes.length = k;
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
      const written_: [string, string][] = [];
      let scope = scopes[scopes.length - 1];
      if (sp >= 0) {
        ATTR.lastIndex = 0;
        for (let m; (m = ATTR.exec(body)); ) {
          const value = decodeXmlEntities(m[3] ?? m[4] ?? '');
          if (m[1] === 'xmlns' || m[1].startsWith('xmlns:')) {
            if (scope === scopes[scopes.length - 1]) scope = new Map(scope);
            scope.set(m[1] === 'xmlns' ? '' : m[1].slice(6), value);
          }
          written_.push([m[1], value]);
        }
      }
      const attrs: Record<string, string> = {};
      for (const [k, v] of written_) attrs[k.startsWith('xmlns') ? k : resolve(k, scope, true)] = v;
      const resolved = resolve(tag, scope, false);
      const el: XmlElement = { name: localNames ? local(resolved) : resolved, attrs, children: [] };
      if (resolved === 'mc:Choice') {
        const needs = (attrs.Requires ?? '').split(/\s+/).filter(Boolean);
        (el as ChoiceElement)[CHOICE_UNDERSTOOD] = needs.every((p) => PREFIX[scope.get(p) ?? ''] !== undefined && scope.has(p));
      }
      stack[stack.length - 1].children.push(el);
      if (!selfClosing) {
        stack.push(el);
        written.push(tag);
        scopes.push(scope);
      }
      i = gt + 1;
    }
  }
  resolveAlternates(root);
  return root;
}

type ChoiceElement = XmlElement & { [CHOICE_UNDERSTOOD]?: boolean };

/**
 * `mc:AlternateContent` holds the same content twice: in `mc:Choice` for readers that know its namespaces, in
 * `mc:Fallback` for the others. Keep what Word shows — the first understood Choice, else the Fallback — in place
 * of the whole element, so that every reader below sees one copy (never both, never none).
 */
function resolveAlternates(el: XmlElement): void {
  if (!el.children.some((c) => typeof c !== 'string')) return;
  const out: XmlNode[] = [];
  for (const c of el.children) {
    if (typeof c === 'string' || (c.name !== 'mc:AlternateContent' && c.name !== 'AlternateContent')) {
      if (typeof c !== 'string') resolveAlternates(c);
      out.push(c);
      continue;
    }
    const branches = c.children.filter((x): x is XmlElement => typeof x !== 'string');
    const chosen = branches.find((x) => x.name.endsWith('Choice') && (x as ChoiceElement)[CHOICE_UNDERSTOOD]) ?? branches.find((x) => x.name.endsWith('Fallback'));
    if (!chosen) continue;
    resolveAlternates(chosen);
    out.push(...chosen.children);
  }
  el.children = out;
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

/** A relationship target is a URI: percent-escapes decoded ("header%31.xml" is header1.xml), query and fragment dropped. */
function resolvePath(dir: string, target: string): string {
  let t = target.replace(/[?#].*$/s, '');
  try {
    t = decodeURIComponent(t);
  } catch {
    // a malformed escape: the name as written (then reported as not found)
  }
  const parts = (t.startsWith('/') ? t.slice(1) : dir + t).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}
