import type { MapEntry } from '../redact/apply.js';
import { isPdfRequest, readPdfRequest } from './pdf-reader.js';
import { readPolicy } from './policy.js';
import { checkRules, isRuleCheckRequest } from './rule-check.js';
import sites from './sites.json';

/**
 * The service worker (a background script in Firefox). It keeps each tab's redaction map in session storage — in
 * memory, gone when the browser closes, never synced, out of reach of content scripts — and registers the content
 * script for every site when the policy turns generic mode on and the user has granted the optional permission.
 * It also reads attached PDFs (pdf-reader.ts) and checks the organisation's rules (rule-check.ts) for the content
 * script. It makes no network request.
 */
const key = (tab: number) => `map:${tab}`;

chrome.runtime.onMessage.addListener((message, sender, reply) => {
  const m = message as { type?: string; entries?: MapEntry[] };
  const tab = sender.tab?.id;
  if (tab === undefined || typeof m.type !== 'string' || !m.type.startsWith('map:')) return;
  void (async () => {
    const stored = ((await chrome.storage.session.get(key(tab)))[key(tab)] as MapEntry[] | undefined) ?? [];
    if (m.type === 'map:add' && Array.isArray(m.entries)) {
      const have = new Set(stored.map((e) => e.placeholder));
      await chrome.storage.session.set({ [key(tab)]: [...stored, ...m.entries.filter((e) => !have.has(e.placeholder))] });
      reply(true);
    } else if (m.type === 'map:clear') {
      await chrome.storage.session.remove(key(tab));
      reply(true);
    } else reply(stored);
  })();
  return true; // the reply comes asynchronously
});

chrome.tabs.onRemoved.addListener((tab) => void chrome.storage.session.remove(key(tab)));

const GENERIC_ID = 'promptgate-generic';
/**
 * Every site (the optional host permission). The test build asks for its local test server only: that host is in
 * its manifest already, while a test cannot click the browser's prompt for the optional permission.
 */
const ALL_SITES = PROMPTGATE_TEST_BUILD ? ['http://127.0.0.1/*'] : ['https://*/*', 'http://*/*'];

let syncing: Promise<void> = Promise.resolve();

/**
 * Generic mode: on when the policy asks for it and the optional host permission is granted; off otherwise. One
 * sync at a time, each reading the policy when it runs: two at once (install and a policy change) could otherwise
 * unregister, on an older policy, what the newer one just registered.
 */
function syncGenericMode(): Promise<void> {
  const next = syncing.then(syncOnce);
  syncing = next.catch(() => undefined);
  return next;
}

async function syncOnce(): Promise<void> {
  const { policy } = await readPolicy();
  const granted = await chrome.permissions.contains({ origins: ALL_SITES }).catch(() => false);
  const registered = (await chrome.scripting.getRegisteredContentScripts({ ids: [GENERIC_ID] })).length > 0;
  if (policy.genericMode && granted && !registered) {
    await chrome.scripting.registerContentScripts([{
      id: GENERIC_ID, matches: ALL_SITES, excludeMatches: sites.sites.flatMap((s) => s.matches), js: ['content.js'], runAt: 'document_idle',
    }]);
  } else if (!(policy.genericMode && granted) && registered) {
    await chrome.scripting.unregisterContentScripts({ ids: [GENERIC_ID] });
  }
}

chrome.runtime.onInstalled.addListener(() => void syncGenericMode());
chrome.runtime.onStartup.addListener(() => void syncGenericMode());
chrome.storage.onChanged.addListener((_changes, area) => {
  if (area === 'managed' || area === 'local') void syncGenericMode();
});
chrome.runtime.onMessage.addListener((message) => {
  if ((message as { type?: string }).type === 'generic:sync') void syncGenericMode();
});

chrome.runtime.onMessage.addListener((message, _sender, reply) => {
  if (!isPdfRequest(message)) return;
  readPdfRequest(message).then(reply, (e: unknown) => reply({ ok: false, reason: e instanceof Error ? e.message : String(e) }));
  return true;
});

chrome.runtime.onMessage.addListener((message, _sender, reply) => {
  if (!isRuleCheckRequest(message)) return;
  try {
    reply(checkRules(message));
  } catch (e) {
    reply({ problems: [`the rule check failed: ${e instanceof Error ? e.message : String(e)}`] });
  }
});

/**
 * Which loop builds the matching views on chat pages (the content script reports it once its checker is ready):
 * kept in session storage for the options page.
 */
chrome.runtime.onMessage.addListener((message, sender) => {
  const m = message as { type?: string; kernel?: unknown };
  if (m.type !== 'kernel:report' || sender.tab === undefined || (m.kernel !== 'webassembly' && m.kernel !== 'typescript')) return;
  void chrome.storage.session.set({ kernel: m.kernel });
});
