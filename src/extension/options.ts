import { fill } from '../i18n/index.js';
import type { Lang } from '../types.js';
import { GateError, loadGate, orgRules } from './gate.js';
import { extensionMessages, pickLanguage } from './messages.js';
import { activeAdapters, readPolicy, readSettings, type UserSettings } from './policy.js';
import sites from './sites.json';
import type { SiteAdapter } from './adapters.js';

/**
 * The options page: what a user may set (the panel's language, unless the policy fixes it) and, read-only, what the
 * organisation set. Settings go to local storage (never sync storage: nothing of promptgate leaves the machine).
 */
async function render(): Promise<void> {
  const [{ policy, problems }, settings] = await Promise.all([readPolicy(), readSettings()]);
  const lang = pickLanguage(policy.lang, settings.lang, chrome.i18n.getUILanguage());
  const m = extensionMessages(lang);
  document.documentElement.lang = lang;
  document.title = m.options.heading;
  document.getElementById('heading')!.textContent = m.options.heading;
  const dl = document.getElementById('settings')!;
  dl.replaceChildren();
  const row = (label: string, value: Node | string, managed = false) => {
    const dt = document.createElement('dt');
    dt.textContent = label;
    const dd = document.createElement('dd');
    dd.append(value);
    if (managed) {
      const note = document.createElement('span');
      note.className = 'managed';
      note.textContent = ` (${m.options.managed})`;
      dd.append(note);
    }
    dl.append(dt, dd);
  };

  if (policy.lang) row(m.options.language, policy.lang, true);
  else {
    const select = document.createElement('select');
    select.id = 'lang';
    for (const [v, label] of [['auto', m.options.auto], ['vi', 'Tiếng Việt'], ['cs', 'Čeština'], ['en', 'English']]) {
      const o = document.createElement('option');
      o.value = v;
      o.textContent = label;
      o.selected = (settings.lang ?? 'auto') === v;
      select.append(o);
    }
    select.addEventListener('change', async () => {
      const next: UserSettings = { ...settings, lang: select.value as Lang | 'auto' };
      await chrome.storage.local.set({ settings: next });
      document.getElementById('status')!.textContent = m.options.saved;
      await render();
    });
    row(m.options.language, select);
  }
  row(m.options.failOn, policy.failOn ?? 'block', policy.failOn !== undefined);
  row(m.options.sendAnyway, policy.allowSendAnyway === false ? m.options.notAllowed : m.options.allowed, policy.allowSendAnyway !== undefined);
  const names = activeAdapters(sites.sites as SiteAdapter[], policy).map((a) => a.name).join(', ');
  row(m.options.sites, policy.genericMode ? `${names}; ${m.options.generic}` : names, policy.sites !== undefined || policy.adapters !== undefined);
  if (policy.genericMode) {
    const b = document.createElement('button');
    b.textContent = m.options.genericGrant;
    b.addEventListener('click', async () => {
      if (await chrome.permissions.request({ origins: ['https://*/*', 'http://*/*'] })) await chrome.runtime.sendMessage({ type: 'generic:sync' });
    });
    row(m.options.generic, b, true);
  }
  row(m.options.rules, problems.length > 0 ? problems.join('; ') : await rulesVerdict(policy.rules, m), true);
  const { kernel } = await chrome.storage.session.get('kernel');
  const engine = document.createElement('span');
  engine.id = 'kernel';
  engine.dataset.kernel = typeof kernel === 'string' ? kernel : '';
  engine.textContent = kernel === 'webassembly' ? m.options.kernelWasm : kernel === 'typescript' ? m.options.kernelTs : m.options.kernelUnknown;
  row(m.options.kernel, engine);
}

/** The organisation's rules as the content script will find them: counted, or why nothing will be sent. */
async function rulesVerdict(text: string | undefined, m: ReturnType<typeof extensionMessages>): Promise<string> {
  if (!text?.trim()) return m.options.none;
  try {
    const r = await orgRules(text);
    await loadGate(text); // the `extends:` entries are checked against the loaded rules
    return fill(m.options.rulesCount, { n: r.rules.length + r.changes.length });
  } catch (e) {
    const g = e instanceof GateError ? e : new GateError('engine', String(e));
    return fill(m.why[g.kind], { detail: g.detail });
  }
}

void render();
