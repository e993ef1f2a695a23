import type { Lang, Severity } from '../types.js';
import type { SiteAdapter } from './adapters.js';

/**
 * What an organisation sets (Chrome: managed storage described by managed-schema.json, pushed by policy; Firefox:
 * the `3rdparty.extensions` section of policies.json) and what a user may set on the options page.
 */
export interface Policy {
  /** The organisation's rules, as the YAML text of a rule file. */
  rules?: string;
  /** Lowest severity that stops a message (default block). */
  failOn?: Severity;
  /** Whether "Send anyway" is offered for findings below failOn (default true). */
  allowSendAnyway?: boolean;
  /** Ids of the built-in sites checked (default: all of them). */
  sites?: string[];
  /** More adapters, or ones that replace a built-in adapter of the same id. */
  adapters?: SiteAdapter[];
  /** Check any page with a large text box (needs the optional host permission). */
  genericMode?: boolean;
  /** The panel's language, fixed for everyone. */
  lang?: Lang;
}

export interface UserSettings {
  lang?: Lang | 'auto';
}

const SEVERITIES: Severity[] = ['info', 'warn', 'block'];
const LANGS: Lang[] = ['vi', 'cs', 'en'];

/** A managed value of the wrong type is a misconfigured policy: it is dropped, and named, rather than guessed at. */
export function cleanPolicy(raw: Record<string, unknown>): { policy: Policy; problems: string[] } {
  const policy: Policy = {};
  const problems: string[] = [];
  const bad = (k: string) => problems.push(`policy ${k}: unexpected value`);
  if (raw.rules !== undefined) typeof raw.rules === 'string' ? (policy.rules = raw.rules) : bad('rules');
  if (raw.failOn !== undefined) SEVERITIES.includes(raw.failOn as Severity) ? (policy.failOn = raw.failOn as Severity) : bad('failOn');
  if (raw.allowSendAnyway !== undefined) typeof raw.allowSendAnyway === 'boolean' ? (policy.allowSendAnyway = raw.allowSendAnyway) : bad('allowSendAnyway');
  if (raw.sites !== undefined) Array.isArray(raw.sites) && raw.sites.every((s) => typeof s === 'string') ? (policy.sites = raw.sites as string[]) : bad('sites');
  if (raw.adapters !== undefined) Array.isArray(raw.adapters) && raw.adapters.every(isAdapter) ? (policy.adapters = raw.adapters as SiteAdapter[]) : bad('adapters');
  if (raw.genericMode !== undefined) typeof raw.genericMode === 'boolean' ? (policy.genericMode = raw.genericMode) : bad('genericMode');
  if (raw.lang !== undefined) LANGS.includes(raw.lang as Lang) ? (policy.lang = raw.lang as Lang) : bad('lang');
  return { policy, problems };
}

function isAdapter(a: unknown): boolean {
  if (typeof a !== 'object' || a === null) return false;
  const o = a as Record<string, unknown>;
  const list = (v: unknown) => Array.isArray(v) && v.every((s) => typeof s === 'string');
  return typeof o.id === 'string' && list(o.matches) && list(o.input) && list(o.send) &&
    (o.attach === undefined || list(o.attach)) && (o.messages === undefined || list(o.messages));
}

/**
 * The policy in force: the managed one. The test build (dist/extension-test/, never packed) also reads
 * `testPolicy` from local storage, since a test cannot install an enterprise policy into a throwaway browser profile.
 */
export async function readPolicy(): Promise<{ policy: Policy; problems: string[] }> {
  let managed = await managedStorage();
  if (PROMPTGATE_TEST_BUILD) {
    const local = await chrome.storage.local.get('testPolicy');
    managed = { ...managed, ...((local.testPolicy as Record<string, unknown> | undefined) ?? {}) };
  }
  return cleanPolicy(managed);
}

const MANAGED_WAIT_MS = 3000;

/**
 * The managed storage. Chromium can leave a call unanswered (seen with one made while the extension is being
 * installed) while a later call is answered: each call is given a few seconds, then asked again; a policy that is
 * never read is an error (the content script then stops every message), never "no policy".
 */
async function managedStorage(): Promise<Record<string, unknown>> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const answer = await Promise.race([
      // Firefox without a policies.json entry for the extension rejects: no policy, the defaults apply.
      chrome.storage.managed.get(null).catch(() => ({})),
      new Promise<undefined>((r) => setTimeout(r, MANAGED_WAIT_MS)),
    ]);
    if (answer) return answer;
  }
  throw new Error('the managed policy could not be read');
}

export async function readSettings(): Promise<UserSettings> {
  const s = await chrome.storage.local.get('settings');
  return (s.settings as UserSettings | undefined) ?? {};
}

/** Adapters in force: the policy's first (they replace a built-in one of the same id), then the built-in sites it keeps. */
export function activeAdapters(builtin: SiteAdapter[], policy: Policy): SiteAdapter[] {
  const own = policy.adapters ?? [];
  const ids = new Set(own.map((a) => a.id));
  const keep = builtin.filter((s) => !ids.has(s.id) && (policy.sites === undefined || policy.sites.includes(s.id)));
  const filled = own.map((a): SiteAdapter => ({ name: a.id, attach: ["input[type='file']"], messages: [], ...(a as Partial<SiteAdapter>) }) as SiteAdapter);
  return [...filled, ...keep];
}
