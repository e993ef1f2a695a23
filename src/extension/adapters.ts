/**
 * Site adapters as data (sites.json, extended by the managed policy's `adapters`): where a chat page keeps its prompt
 * box, its send button, its file inputs and the AI's answers. Every field is a list of CSS selectors tried in order.
 */
export interface SiteAdapter {
  id: string;
  name: string;
  /** Match patterns (https://host/*): the page's URL decides the adapter. */
  matches: string[];
  input: string[];
  send: string[];
  attach: string[];
  messages: string[];
  /** Generic mode only: the smallest box (width × height in CSS pixels) taken for a prompt box. */
  minInputArea?: number;
}

export interface SitesFile {
  version: number;
  sites: SiteAdapter[];
  generic: SiteAdapter;
}

/** A WebExtension match pattern (scheme://host/path, `*` wildcards; no port: any port matches) as a test on a URL. */
export function matchPattern(pattern: string): (url: URL) => boolean {
  const m = /^(\*|https?|file):\/\/([^/]*)(\/.*)$/.exec(pattern);
  if (!m) return () => false;
  const [, scheme, host, path] = m;
  const glob = (s: string) => new RegExp(`^${s.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  const hostRe = host === '*' ? /^.*$/ : host.startsWith('*.') ? new RegExp(`^(.*\\.)?${host.slice(2).replace(/[.]/g, '\\.')}$`) : glob(host);
  const pathRe = glob(path);
  return (url) =>
    (scheme === '*' ? url.protocol === 'http:' || url.protocol === 'https:' : url.protocol === `${scheme}:`) &&
    hostRe.test(url.hostname) &&
    pathRe.test(url.pathname);
}

/** The adapter for a page: a named site first (policy adapters before the built-in ones), else generic if enabled. */
export function adapterFor(url: URL, sites: SiteAdapter[], generic: SiteAdapter | undefined): SiteAdapter | undefined {
  return sites.find((s) => s.matches.some((p) => matchPattern(p)(url))) ?? generic;
}

/** The first non-empty answer of `find` over the selectors; a selector the browser refuses (an officer's typo) is skipped. */
function trySelectors<T>(selectors: string[], find: (selector: string) => T | null | undefined): T | null {
  for (const s of selectors) {
    try {
      const found = find(s);
      if (found) return found;
    } catch {
      // an invalid selector: try the next one
    }
  }
  return null;
}

/** The first element any of the selectors finds. */
export function first(root: ParentNode, selectors: string[]): Element | null {
  return trySelectors(selectors, (s) => root.querySelector(s));
}

/** The closest ancestor (or the element itself) that one of the selectors matches. */
export function closest(el: Element | null, selectors: string[]): Element | null {
  return el ? trySelectors(selectors, (s) => el.closest(s)) : null;
}

/** Every element the first selector that finds any finds, in document order (the answers of a chat). */
export function all(root: ParentNode, selectors: string[]): Element[] {
  return trySelectors(selectors, (s) => {
    const els = [...root.querySelectorAll(s)];
    return els.length > 0 ? els : null;
  }) ?? [];
}
