import { fill, messages } from '../i18n/index.js';
import type { Lang } from '../types.js';
import type { Finding } from './gate.js';
import type { ExtensionMessages } from './messages.js';

export interface PanelAction {
  label: string;
  /** `primary` is drawn as the main button; `id` names it for tests and styles. */
  id: string;
  primary?: boolean;
  run(): void;
}

export interface PanelContent {
  title: string;
  detail?: string;
  findings?: Finding[];
  actions: PanelAction[];
  /** Extra content (the restore view), built by the caller inside the panel's shadow root. */
  body?: (into: HTMLElement) => void;
}

const STYLE = `
:host { all: initial; }
.pg { position: fixed; right: 16px; bottom: 16px; z-index: 2147483647; max-width: 440px; max-height: 70vh; overflow: auto;
  background: #fff; color: #1b1b1b; border: 2px solid #b3261e; border-radius: 10px; box-shadow: 0 6px 24px rgba(0,0,0,.25);
  font: 14px/1.45 system-ui, "Segoe UI", Roboto, "Noto Sans", sans-serif; padding: 14px 16px; }
.pg.warn { border-color: #9a6700; }
.pg.info { border-color: #1f6feb; }
h2 { margin: 0 0 6px; font-size: 15px; }
p { margin: 6px 0; }
ul { margin: 6px 0; padding-left: 18px; }
li { margin: 3px 0; }
.sev { font-weight: 600; font-size: 12px; padding: 0 4px; border-radius: 3px; background: #fde7e9; color: #b3261e; }
.sev.warn { background: #fff3d6; color: #9a6700; }
.sev.info { background: #e7f0ff; color: #1f6feb; }
code { font-family: ui-monospace, Menlo, Consolas, monospace; background: #f3f3f3; padding: 0 3px; border-radius: 3px; }
.actions { display: flex; gap: 8px; flex-wrap: wrap; margin-top: 10px; }
button { font: inherit; padding: 5px 12px; border-radius: 6px; border: 1px solid #8c8c8c; background: #f6f6f6; color: #1b1b1b; cursor: pointer; }
button.primary { background: #0b57d0; border-color: #0b57d0; color: #fff; }
pre { white-space: pre-wrap; background: #f7f7f7; padding: 8px; border-radius: 6px; max-height: 30vh; overflow: auto; }
.launch { position: fixed; right: 16px; bottom: 16px; z-index: 2147483646; border-radius: 16px; padding: 4px 10px; font-size: 12px; }
`;

/**
 * The in-page panel: a shadow root on an element of its own, so the site's styles do not reach it and (closed in the
 * packed build) the site's scripts cannot read it. Everything it shows is masked, except the restore view, which
 * the user asks for and which is never written into the site's own elements.
 */
export class Panel {
  private readonly host: HTMLElement;
  private readonly root: ShadowRoot;
  private readonly box: HTMLElement;
  private readonly launcher: HTMLButtonElement;

  constructor(public msg: ExtensionMessages, public lang: Lang, open: boolean) {
    this.host = document.createElement('promptgate-panel');
    this.root = this.host.attachShadow({ mode: open ? 'open' : 'closed' });
    const style = document.createElement('style');
    style.textContent = STYLE;
    this.box = document.createElement('div');
    this.box.className = 'pg';
    this.box.setAttribute('role', 'alertdialog');
    this.box.hidden = true;
    this.launcher = document.createElement('button');
    this.launcher.className = 'launch';
    this.launcher.id = 'pg-launch';
    this.launcher.textContent = msg.launcher;
    this.launcher.hidden = true;
    this.root.append(style, this.box, this.launcher);
    (document.body ?? document.documentElement).append(this.host);
  }

  get visible(): boolean {
    return !this.box.hidden;
  }

  show(c: PanelContent, tone: 'block' | 'warn' | 'info' = 'block'): void {
    if (!this.host.isConnected) (document.body ?? document.documentElement).append(this.host);
    this.box.replaceChildren();
    this.box.className = `pg ${tone}`;
    this.box.lang = document.documentElement.lang;
    const h = el('h2', c.title);
    h.id = 'pg-title';
    this.box.append(h);
    if (c.detail) this.box.append(el('p', c.detail));
    if (c.findings?.length) {
      const ul = document.createElement('ul');
      ul.id = 'pg-findings';
      for (const f of c.findings) {
        const li = document.createElement('li');
        const sev = el('span', messages(this.lang).severity[f.severity as 'block' | 'warn' | 'info'] ?? f.severity);
        sev.className = `sev ${f.severity}`;
        li.append(sev, ' ', f.message, ' — ', el('code', f.excerpt), ` (${fill(this.msg.line, { line: f.line })})`);
        ul.append(li);
      }
      this.box.append(ul);
    }
    if (c.body) {
      const div = document.createElement('div');
      c.body(div);
      this.box.append(div);
    }
    const row = document.createElement('div');
    row.className = 'actions';
    for (const a of c.actions) {
      const b = el('button', a.label) as HTMLButtonElement;
      b.id = `pg-${a.id}`;
      if (a.primary) b.className = 'primary';
      b.addEventListener('click', (e) => {
        e.stopPropagation();
        a.run();
      });
      row.append(b);
    }
    this.box.append(row);
    this.box.hidden = false;
    this.launcher.hidden = true;
  }

  hide(): void {
    this.box.hidden = true;
    this.launcher.hidden = !this.launcher.onclick; // back once this tab has placeholders to restore
  }

  /** The small button that opens the restore view once this tab has placeholders. */
  offerLauncher(onOpen: () => void): void {
    this.launcher.onclick = (e) => {
      e.stopPropagation();
      onOpen();
    };
    if (this.box.hidden) this.launcher.hidden = false;
  }
}

function el(tag: string, text: string): HTMLElement {
  const e = document.createElement(tag);
  e.textContent = text;
  return e;
}
