import type { PromptGate } from '../browser/entry.js';
import { fill } from '../i18n/index.js';
import type { MapEntry } from '../redact/apply.js';
import type { Lang, Severity } from '../types.js';
import { type SiteAdapter, adapterFor, all, closest, first } from './adapters.js';
import { readFileText } from './files.js';
import { decide, type Decision, type Finding, GateError, loadGate } from './gate.js';
import { type ExtensionMessages, extensionMessages, pickLanguage } from './messages.js';
import { MAX_FILE_MB } from './files.js';
import { Panel, type PanelAction } from './panel.js';
import { activeAdapters, type Policy, readPolicy, readSettings } from './policy.js';
import sites from './sites.json';

/**
 * The content script: runs in every page of a supported chat site (and, in generic mode, of any site). It listens in
 * the capture phase on the window, so it sees Enter, the send button's click, a paste, a file input's change and a
 * drop before the site's own handlers. The scan is synchronous: a clean message goes on in the same event, untouched;
 * anything else is stopped and the panel says why. Until the checker is ready, or if it failed to load, nothing is sent.
 */
interface State {
  adapter: SiteAdapter;
  policy: Policy;
  lang: Lang;
  msg: ExtensionMessages;
  failOn: Severity;
  gate?: PromptGate;
  error?: string;
  panel: Panel;
  /** True while the extension itself sends or re-dispatches: its own events are let through. */
  bypass: boolean;
  entries: MapEntry[];
}

/**
 * Made at once from the built-in adapters, before the policy is read: until `start` ends, a send on a supported site
 * finds no checker and is stopped ("still starting"), never let through unchecked.
 */
let state: State | undefined = initialState();

function initialState(): State | undefined {
  const adapter = adapterFor(new URL(location.href), sites.sites as SiteAdapter[], undefined);
  if (!adapter) return undefined; // generic mode (a dynamically registered script) waits for the policy
  const lang = pickLanguage(undefined, undefined, chrome.i18n.getUILanguage());
  const msg = extensionMessages(lang);
  return { adapter, policy: {}, lang, msg, failOn: 'block', bypass: false, entries: [], panel: new Panel(msg, lang, PROMPTGATE_TEST_BUILD) };
}

async function start(): Promise<void> {
  const [{ policy, problems }, settings] = await Promise.all([readPolicy(), readSettings()]);
  const generic = policy.genericMode ? (sites.generic as SiteAdapter) : undefined;
  const adapter = adapterFor(new URL(location.href), activeAdapters(sites.sites as SiteAdapter[], policy), generic);
  if (!adapter) {
    state = undefined; // a site the policy does not check
    return;
  }
  const lang = pickLanguage(policy.lang, settings.lang, chrome.i18n.getUILanguage());
  const msg = extensionMessages(lang);
  const panel = state?.panel ?? new Panel(msg, lang, PROMPTGATE_TEST_BUILD);
  panel.msg = msg;
  panel.lang = lang;
  const s: State = { adapter, policy, lang, msg, failOn: policy.failOn ?? 'block', bypass: false, entries: [], panel };
  if (problems.length > 0) s.error = fill(msg.why.rules, { detail: problems.join('; ') });
  else {
    try {
      s.gate = await loadGate(policy.rules);
    } catch (e) {
      const g = e instanceof GateError ? e : new GateError('engine', String(e));
      s.error = fill(msg.why[g.kind], { detail: g.detail });
    }
  }
  state = s;
  document.documentElement.dataset.promptgate = s.error ? 'failed' : 'ready';
  if (s.gate) void chrome.runtime.sendMessage({ type: 'kernel:report', kernel: s.gate.kernel }).catch(() => undefined);
  const stored = (await chrome.runtime.sendMessage({ type: 'map:get' }).catch(() => undefined)) as MapEntry[] | undefined;
  if (stored?.length) {
    s.entries = stored;
    s.panel.offerLauncher(() => showRestore(s));
  }
}

// ---- the prompt box ----------------------------------------------------------------------------------------------

function inputFrom(s: State, target: EventTarget | null): HTMLElement | null {
  const el = target instanceof Element ? target : null;
  const found = closest(el, s.adapter.input) as HTMLElement | null;
  if (!found || s.adapter.minInputArea === undefined) return found;
  const r = found.getBoundingClientRect();
  return r.width * r.height >= s.adapter.minInputArea ? found : null;
}

function pageInput(s: State): HTMLElement | null {
  const active = inputFrom(s, document.activeElement);
  // Else the adapter's first box that is large enough: in generic mode a small search box before the message box
  // is not the message.
  return active ?? all(document, s.adapter.input).map((el) => inputFrom(s, el)).find((el) => el !== null) ?? null;
}

function readInput(el: HTMLElement): string {
  return el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement ? el.value : el.innerText;
}

/** Replaces the prompt as a user would (so React, ProseMirror and Quill see the change), then tells the site. */
function writeInput(el: HTMLElement, text: string): void {
  el.focus();
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) {
    const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
    Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(el, text);
    el.dispatchEvent(new Event('input', { bubbles: true }));
    return;
  }
  const sel = window.getSelection();
  sel?.selectAllChildren(el);
  if (!document.execCommand('insertText', false, text)) {
    el.textContent = text;
    el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
  }
}

function stop(e: Event): void {
  e.preventDefault();
  e.stopImmediatePropagation();
}

/** Sends the prompt as the user would have: a click on the send button, else Enter in the box. */
async function send(s: State, input: HTMLElement): Promise<void> {
  await new Promise((r) => setTimeout(r, 30)); // the site re-renders (enables its button) after the new text
  s.bypass = true;
  try {
    const button = first(document, s.adapter.send) as HTMLElement | null;
    if (button) button.click();
    else {
      for (const type of ['keydown', 'keypress', 'keyup']) {
        input.dispatchEvent(new KeyboardEvent(type, { key: 'Enter', code: 'Enter', keyCode: 13, which: 13, bubbles: true, cancelable: true }));
      }
    }
  } finally {
    s.bypass = false;
  }
}

/** Scans synchronously; a scan that throws is a failure to check, never a pass. */
function scan(s: State, text: string): { decision: Decision; findings: Finding[] } | { error: string } {
  if (s.error || !s.gate) return { error: s.error ?? s.msg.notReady };
  try {
    const r = s.gate.scanTextNow(text, { lang: s.lang });
    return { decision: decide(r.findings, s.failOn), findings: r.findings };
  } catch (e) {
    return { error: fill(s.msg.why.engine, { detail: e instanceof Error ? e.message : String(e) }) };
  }
}

function showFailure(s: State, why: string): void {
  s.panel.show({ title: why === s.msg.notReady ? why : fill(s.msg.failed, { why }), actions: [{ id: 'close', label: s.msg.close, run: () => s.panel.hide() }] });
}

/**
 * The text an event carries, scanned: a clean one (or none) lets the event go on (undefined); a failure to check
 * stops it and says why (undefined); findings stop it and come back for the panel.
 */
function stopUnlessClean(s: State, e: Event, text: string): { decision: Decision; findings: Finding[] } | undefined {
  if (!text.trim()) return undefined;
  const r = scan(s, text);
  if ('decision' in r && r.decision === 'pass') return undefined;
  stop(e);
  if ('error' in r) {
    showFailure(s, r.error);
    return undefined;
  }
  return r;
}

/** Enter or the send button: the message in the box is checked before the site sees the event. */
function onSend(e: Event, input: HTMLElement): void {
  const s = state!;
  const text = readInput(input);
  const r = stopUnlessClean(s, e, text);
  if (!r) return;
  showFindings(s, r.decision, r.findings, {
    title: r.decision === 'block' ? s.msg.blocked : s.msg.warned,
    redactLabel: s.msg.redactSend,
    anywayLabel: s.msg.sendAnyway,
    redact: (redacted) => {
      writeInput(input, redacted);
      const again = scan(s, redacted);
      if ('decision' in again && again.decision === 'pass') void send(s, input);
      else if ('decision' in again) onRedactedNotClean(s, again.decision, again.findings, input);
    },
    anyway: () => void send(s, input),
    edit: () => input.focus(),
    text,
  });
}

function onRedactedNotClean(s: State, decision: Decision, findings: Finding[], input: HTMLElement): void {
  showFindings(s, decision, findings, {
    title: decision === 'block' ? s.msg.blocked : s.msg.warned,
    redactLabel: s.msg.redactSend, anywayLabel: s.msg.sendAnyway,
    anyway: () => void send(s, input), edit: () => input.focus(), text: readInput(input),
  });
}

interface FindingsChoice {
  title: string;
  redactLabel?: string;
  anywayLabel: string;
  /** Given the redacted text; absent where redaction does not apply (a file). */
  redact?: (redacted: string) => void;
  anyway: () => void;
  edit: () => void;
  text?: string;
}

function showFindings(s: State, decision: Decision, findings: Finding[], c: FindingsChoice): void {
  const actions: PanelAction[] = [];
  let detail: string | undefined;
  if (c.redact && c.text !== undefined && c.redactLabel) {
    const r = s.gate!.redactText(c.text, { lang: s.lang, failOn: s.failOn, previous: s.entries });
    if (r.ok && r.entries.length > 0) {
      const redact = c.redact;
      actions.push({
        id: 'redact', label: c.redactLabel, primary: true, run: () => {
          s.panel.hide();
          remember(s, r.entries);
          redact(r.text);
        },
      });
    } else if (!r.ok && r.reason === 'not-redactable') detail = s.msg.notRedactable;
  }
  actions.push({ id: 'edit', label: s.msg.edit, primary: actions.length === 0, run: () => { s.panel.hide(); c.edit(); } });
  if (decision === 'warn' && s.policy.allowSendAnyway !== false) {
    actions.push({ id: 'anyway', label: c.anywayLabel, run: () => { s.panel.hide(); c.anyway(); } });
  }
  s.panel.show({ title: c.title, detail, findings: findings.filter((f) => f.severity !== 'info'), actions }, decision === 'block' ? 'block' : 'warn');
}

// ---- the redaction map and the restore view ----------------------------------------------------------------------

function remember(s: State, entries: MapEntry[]): void {
  if (entries.length === 0) return;
  s.entries = [...s.entries, ...entries];
  void chrome.runtime.sendMessage({ type: 'map:add', entries }).catch(() => undefined);
  s.panel.offerLauncher(() => showRestore(s));
}

function showRestore(s: State): void {
  s.panel.show({
    title: s.msg.restoreHeading,
    body: (into) => {
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.id = 'pg-restore';
      const out = document.createElement('div');
      out.id = 'pg-restored';
      box.addEventListener('change', () => {
        out.replaceChildren();
        if (!box.checked) return;
        const answers = all(document, s.adapter.messages);
        const last = [...answers].reverse().map((a) => s.gate!.restoreText((a as HTMLElement).innerText, s.entries)).find((r) => r.restored > 0);
        const p = document.createElement('p');
        if (!last) {
          p.textContent = s.msg.restoreNone;
          out.append(p);
          return;
        }
        p.textContent = fill(s.msg.restoreCount, { n: last.restored });
        const pre = document.createElement('pre');
        pre.textContent = last.text;
        out.append(p, pre);
      });
      label.append(box, ' ', s.msg.restoreToggle);
      into.append(label, out);
    },
    actions: [
      { id: 'forget', label: s.msg.forget, run: () => { s.entries = []; void chrome.runtime.sendMessage({ type: 'map:clear' }).catch(() => undefined); s.panel.hide(); } },
      { id: 'close', label: s.msg.close, run: () => s.panel.hide() },
    ],
  }, 'info');
}

// ---- paste -------------------------------------------------------------------------------------------------------

function onPaste(e: ClipboardEvent, input: HTMLElement): void {
  const s = state!;
  const data = e.clipboardData;
  if (!data) return;
  if (data.files.length > 0) {
    stop(e);
    const files = [...data.files];
    void checkFiles(s, files, () => redispatch(s, input, new ClipboardEvent('paste', { bubbles: true, cancelable: true, clipboardData: transfer(files) })));
    return;
  }
  const text = data.getData('text/plain');
  const r = stopUnlessClean(s, e, text);
  if (!r) return;
  const insert = (t: string) => {
    input.focus();
    s.bypass = true;
    try {
      document.execCommand('insertText', false, t);
    } finally {
      s.bypass = false;
    }
  };
  showFindings(s, r.decision, r.findings, {
    title: r.decision === 'block' ? s.msg.pasteBlocked : s.msg.pasteWarned,
    redactLabel: s.msg.redactPaste, anywayLabel: s.msg.pasteAnyway,
    redact: insert, anyway: () => insert(text), edit: () => input.focus(), text,
  });
}

// ---- files: the picker, a drop ---------------------------------------------------------------------------------

function transfer(files: File[]): DataTransfer {
  const dt = new DataTransfer();
  for (const f of files) dt.items.add(f);
  return dt;
}

function redispatch(s: State, target: EventTarget, e: Event): void {
  s.bypass = true;
  try {
    target.dispatchEvent(e);
  } finally {
    s.bypass = false;
  }
}

/** Reads and scans each file; `pass` when all are clean, else the panel (a blocked file is never handed over). */
async function checkFiles(s: State, files: File[], pass: () => void, drop?: () => void): Promise<void> {
  try {
    await checkEachFile(s, files, pass, drop);
  } catch (e) {
    // Nothing was handed over; the user is told why rather than left with a file that silently did not attach.
    showFailure(s, fill(s.msg.why.engine, { detail: e instanceof Error ? e.message : String(e) }));
  }
}

async function checkEachFile(s: State, files: File[], pass: () => void, drop?: () => void): Promise<void> {
  const blocked: { name: string; title: string; findings: Finding[] }[] = [];
  let warned: { name: string; findings: Finding[] }[] = [];
  for (const f of files) {
    const t = await readFileText(f);
    if (!t.ok) {
      const why = t.why === 'tooLarge' ? fill(s.msg.why.tooLarge, { mb: MAX_FILE_MB }) : t.why === 'unreadable' ? fill(s.msg.why.unreadable, { detail: t.detail ?? '' }) : s.msg.why[t.why];
      blocked.push({ name: f.name, title: fill(s.msg.fileUnreadable, { name: f.name, why }), findings: [] });
      continue;
    }
    const r = scan(s, t.text);
    if ('error' in r) blocked.push({ name: f.name, title: fill(s.msg.failed, { why: r.error }), findings: [] });
    else if (r.decision === 'block') blocked.push({ name: f.name, title: fill(s.msg.fileBlocked, { name: f.name }), findings: r.findings });
    else if (r.decision === 'warn') warned.push({ name: f.name, findings: r.findings });
  }
  if (blocked.length === 0 && warned.length === 0) {
    pass();
    return;
  }
  drop?.();
  if (blocked.length > 0) {
    s.panel.show({
      title: blocked.map((b) => b.title).join('\n'),
      findings: blocked.flatMap((b) => b.findings).filter((f) => f.severity !== 'info'),
      actions: [{ id: 'close', label: s.msg.close, primary: true, run: () => s.panel.hide() }],
    });
    return;
  }
  const names = warned.map((w) => w.name).join(', ');
  showFindings(s, 'warn', warned.flatMap((w) => w.findings), {
    title: fill(s.msg.fileWarned, { name: names }), anywayLabel: s.msg.attachAnyway,
    anyway: () => { warned = []; pass(); }, edit: () => undefined,
  });
}

function onFileChange(e: Event, input: HTMLInputElement): void {
  const s = state!;
  const files = [...(input.files ?? [])];
  if (files.length === 0) return;
  stop(e);
  const picked = transfer(files).files;
  input.value = ''; // nothing is attached until it is checked
  void checkFiles(s, files, () => {
    input.files = picked;
    redispatch(s, input, new Event('input', { bubbles: true }));
    redispatch(s, input, new Event('change', { bubbles: true }));
  });
}

function onDrop(e: DragEvent): void {
  const s = state!;
  const files = [...(e.dataTransfer?.files ?? [])];
  if (files.length === 0) return;
  stop(e);
  const target = e.target ?? document.body;
  const { clientX, clientY } = e;
  void checkFiles(s, files, () => redispatch(s, target, new DragEvent('drop', { bubbles: true, cancelable: true, clientX, clientY, dataTransfer: transfer(files) })));
}

// ---- wiring ------------------------------------------------------------------------------------------------------

function guard(run: (s: State) => void): void {
  const s = state;
  if (!s || s.bypass) return;
  run(s);
}

window.addEventListener('keydown', (e) => {
  if (e.key !== 'Enter' || e.shiftKey || e.isComposing || e.keyCode === 229) return;
  guard((s) => {
    const input = inputFrom(s, e.target);
    if (input) onSend(e, input);
  });
}, true);

window.addEventListener('click', (e) => {
  guard((s) => {
    if (!closest(e.target instanceof Element ? e.target : null, s.adapter.send)) return;
    const input = pageInput(s);
    if (input) onSend(e, input);
  });
}, true);

window.addEventListener('paste', (e) => {
  guard((s) => {
    const input = inputFrom(s, e.target);
    if (input) onPaste(e, input);
  });
}, true);

window.addEventListener('change', (e) => {
  guard((s) => {
    const t = e.target;
    if (t instanceof HTMLInputElement && t.type === 'file' && closest(t, s.adapter.attach)) onFileChange(e, t);
  });
}, true);

window.addEventListener('drop', (e) => guard(() => onDrop(e)), true);

start().catch((err: unknown) => {
  // The policy could not be read: a supported site stays guarded, every send stopped with the reason.
  if (state) state.error = fill(state.msg.why.engine, { detail: err instanceof Error ? err.message : String(err) });
  document.documentElement.dataset.promptgate = 'failed';
});
