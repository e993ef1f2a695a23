import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The browser extension (#23) loaded unpacked into a real headless Chromium (dist/extension-test/, the Chromium
// build whose adapters also match http://127.0.0.1/<site id>/*), against local pages that reproduce two chat
// composers: ChatGPT's contenteditable ProseMirror box and Copilot's React-style textarea, each with its send button
// and file input (test/fixtures/extension/). .ci/run installs Debian's chromium; in CI a missing browser fails this
// file, elsewhere it is skipped with the reason. PG_SCREENSHOTS=1 also writes the panel's screenshots into docs/.
const CHROMIUM = '/usr/bin/chromium';
const EXTENSION = resolve(__dirname, '../dist/extension-test');
const PAGES = resolve(__dirname, 'fixtures/extension');
const hasChromium = existsSync(CHROMIUM);
const inCI = process.env.CI === 'true' || process.env.CI === '1';
if (!hasChromium && !inCI) console.warn(`test/extension.test.ts skipped: ${CHROMIUM} is not installed (apt-get install chromium; .ci/run does)`);

const STAMPED = 'TỐI MẬT\nBáo cáo tình hình triển khai dự án quý III.';
const CCCD = 'Kiểm tra giúp hồ sơ công dân, số CCCD 001099012345, đã cập nhật chưa?';
const EMAIL = 'Soạn thư trả lời cho anh Nam, địa chỉ nguyen.van.nam@gmail.com, về lịch họp.';

describe.skipIf(!hasChromium && !inCI)('the browser extension in headless Chromium', () => {
  let server: Server;
  let base: string;
  let profile: string;
  let context: BrowserContext;
  let worker: Worker;

  beforeAll(async () => {
    if (!hasChromium) throw new Error(`CI=true but ${CHROMIUM} is missing: .ci/run must install Debian's chromium package`);
    if (!existsSync(join(EXTENSION, 'manifest.json'))) throw new Error(`${EXTENSION} is missing: run npm run build`);
    server = createServer((req, res) => {
      const m = /^\/(chatgpt|copilot|generic)\/(?:index\.html)?$/.exec(req.url ?? '');
      if (!m) return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(join(PAGES, `${m[1]}.html`)));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    profile = mkdtempSync(join(tmpdir(), 'pg-ext-'));
    const { chromium } = await import('playwright-core');
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: false,
      locale: 'vi-VN',
      env: { ...process.env, LANGUAGE: 'vi' },
      viewport: { width: 900, height: 640 },
      args: [
        '--headless=new', '--no-sandbox', '--disable-gpu', '--lang=vi', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', `--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`,
      ],
    });
    worker = context.serviceWorkers()[0] ?? await context.waitForEvent('serviceworker', { timeout: 30_000 });
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await new Promise((r) => server?.close(r));
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  /** A page of the site, opened with the given policy in force (the test build reads it from local storage). */
  async function open(site: 'chatgpt' | 'copilot', policy: Record<string, unknown> = {}): Promise<Page> {
    await worker.evaluate((p) => chrome.storage.local.set({ testPolicy: p }), policy);
    const page = await context.newPage();
    await page.goto(`${base}/${site}/`);
    await page.waitForFunction(() => document.documentElement.dataset.promptgate !== undefined);
    return page;
  }
  const sent = (page: Page) => page.evaluate(() => (window as unknown as { sent: string[] }).sent);
  const title = (page: Page) => page.locator('promptgate-panel #pg-title').textContent();

  async function typeInto(page: Page, site: 'chatgpt' | 'copilot', text: string) {
    if (site === 'copilot') await page.fill('#userInput', text);
    else {
      await page.click('#prompt-textarea');
      await page.evaluate((t) => document.execCommand('insertText', false, t), text);
    }
  }

  /** A paste or a drop of one text file on the prompt box, dispatched in the page; whether it was stopped. */
  const fileEvent = (page: Page, type: 'paste' | 'drop', name: string, text: string) => page.evaluate(([ty, n, t]) => {
    const dt = new DataTransfer();
    dt.items.add(new File([t], n, { type: 'text/plain' }));
    const init = { bubbles: true, cancelable: true };
    const e = ty === 'paste' ? new ClipboardEvent('paste', { ...init, clipboardData: dt }) : new DragEvent('drop', { ...init, dataTransfer: dt });
    document.getElementById('prompt-textarea')!.dispatchEvent(e);
    return e.defaultPrevented;
  }, [type, name, text]);

  const attachedTo = (page: Page) => page.evaluate(() => (window as unknown as { attached: string[] }).attached);
  /** A file given to the page's file input that the extension must remove: the panel's title, its masked excerpts. */
  async function attachRemoved(page: Page, file: string, heading: string | RegExp, excerpts?: string[] | 'some') {
    await page.setInputFiles('#upload', file);
    await page.waitForSelector('promptgate-panel #pg-title');
    if (typeof heading === 'string') expect(await title(page)).toBe(heading);
    else expect(await title(page)).toMatch(heading);
    const shown = await page.locator('promptgate-panel #pg-findings code').allTextContents();
    if (excerpts === 'some') expect(shown.length).toBeGreaterThan(0);
    else if (excerpts) expect(shown).toEqual(excerpts);
    expect(await page.evaluate(() => (document.getElementById('upload') as HTMLInputElement).files!.length)).toBe(0);
    expect(await attachedTo(page)).toEqual([]);
    await page.click('promptgate-panel #pg-close');
  }
  /** A clean file given to the file input: the page gets it. */
  async function attachAccepted(page: Page, file: string) {
    await page.setInputFiles('#upload', file);
    await page.waitForFunction(() => (window as unknown as { attached: string[] }).attached.length > 0);
    expect(await attachedTo(page)).toEqual([basename(file)]);
  }

  /** With these organisation rules in force the checker is ready, and `text` on Enter is not sent. */
  async function blockedWithRules(rules: string, text: string) {
    const page = await open('copilot', { rules });
    expect(await page.evaluate(() => document.documentElement.dataset.promptgate)).toBe('ready');
    await typeInto(page, 'copilot', text);
    await page.keyboard.press('Enter');
    expect(await title(page)).toBe('Không gửi: tin nhắn có thông tin cần bảo vệ');
    expect(await sent(page)).toEqual([]);
    await page.close();
  }

  it('has the fixed id of the key in its manifest', async () => {
    const { extensionId } = (await import('../scripts/extension-key.mjs')) as { extensionId(key: string): string };
    const key = JSON.parse(readFileSync(join(EXTENSION, 'manifest.json'), 'utf8')).key as string;
    expect(new URL(worker.url()).host).toBe(extensionId(key));
  });

  it('loads and is ready on both reproduced sites', async () => {
    for (const site of ['chatgpt', 'copilot'] as const) {
      const page = await open(site);
      expect(await page.evaluate(() => document.documentElement.dataset.promptgate)).toBe('ready');
      await page.close();
    }
  }, 60_000);

  it('stops a stamped prompt on Enter and on the send button; the panel speaks Vietnamese', async () => {
    for (const site of ['chatgpt', 'copilot'] as const) {
      const page = await open(site);
      await typeInto(page, site, STAMPED);
      await page.keyboard.press('Enter');
      expect(await title(page)).toBe('Không gửi: tin nhắn có thông tin cần bảo vệ');
      // The excerpt is masked, as in every output; the rest of the text is not shown.
      expect(await page.locator('promptgate-panel #pg-findings code').allTextContents()).toEqual(['T** M**']);
      expect(await page.locator('promptgate-panel').textContent()).not.toContain('Báo cáo');
      // A stamp is not redactable: no "Redact and send", no "Send anyway"; the panel says what to do.
      expect(await page.locator('promptgate-panel #pg-redact').count()).toBe(0);
      expect(await page.locator('promptgate-panel #pg-anyway').count()).toBe(0);
      await page.click('promptgate-panel #pg-edit');
      await page.click(site === 'copilot' ? '#send' : '[data-testid="send-button"]');
      expect(await page.locator('promptgate-panel #pg-title').isVisible()).toBe(true);
      expect(await sent(page)).toEqual([]);
      await page.close();
    }
  }, 60_000);

  it('"Redact and send" sends the redacted text; the answer can be restored in the panel, never in the page', async () => {
    for (const site of ['chatgpt', 'copilot'] as const) {
      const page = await open(site);
      await typeInto(page, site, CCCD);
      await page.keyboard.press('Enter');
      expect(await sent(page)).toEqual([]);
      await page.click('promptgate-panel #pg-redact');
      await page.waitForFunction(() => (window as unknown as { sent: string[] }).sent.length > 0);
      const out = await sent(page);
      expect(out).toHaveLength(1);
      expect(out[0].trim()).toBe(CCCD.replace('001099012345', '[CCCD_1]'));

      await page.evaluate(() => (window as unknown as { answer(t: string): void }).answer('Hồ sơ [CCCD_1] đã được cập nhật.'));
      await page.click('promptgate-panel #pg-launch');
      await page.click('promptgate-panel #pg-restore');
      expect(await page.locator('promptgate-panel #pg-restored pre').textContent()).toBe('Hồ sơ 001099012345 đã được cập nhật.');
      await page.click('promptgate-panel #pg-close');
      expect(await page.locator('promptgate-panel #pg-launch').isVisible()).toBe(true); // the restore view stays at hand
      expect(await page.evaluate(() => document.body.innerText)).not.toContain('001099012345');
      // The map lives in the service worker's session storage, not in sync or local storage.
      const stored = await worker.evaluate(async () => ({
        session: JSON.stringify(await chrome.storage.session.get(null)),
        local: JSON.stringify(await chrome.storage.local.get(null)),
      }));
      expect(stored.session).toContain('001099012345');
      expect(stored.local).not.toContain('001099012345');
      await page.close();
    }
  }, 60_000);

  it('sends a clean 4 KB prompt untouched, the check taking at most 50 ms', async () => {
    const clean = 'Xin chào, hãy tóm tắt giúp tôi các bước chuẩn bị cho buổi tập huấn về an toàn thông tin tuần sau. '
      .repeat(60).slice(0, 4096);
    for (const site of ['chatgpt', 'copilot'] as const) {
      const page = await open(site);
      await typeInto(page, site, clean);
      // The keydown is dispatched in the page: the extension's capture listener scans synchronously, then the site's
      // own handler sends, all inside dispatchEvent; the time measured is the whole of it.
      const first = await page.evaluate(() => {
        const box = document.querySelector('#prompt-textarea, #userInput')!;
        const t0 = performance.now();
        box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
        return performance.now() - t0;
      });
      const out = await sent(page);
      expect(out).toHaveLength(1);
      expect(out[0].replace(/\n$/, '')).toBe(clean);
      expect(await page.locator('promptgate-panel #pg-title').count()).toBe(0);
      // Four more sends of the same prompt: the bound is on the median of the five (the machine running the tests
      // may be busy; a single slow run is noise, a slow median is not).
      const more = await page.evaluate((t) => {
        const box = document.querySelector('#prompt-textarea, #userInput') as HTMLElement;
        const times: number[] = [];
        for (let i = 0; i < 4; i++) {
          if (box instanceof HTMLTextAreaElement) {
            box.value = t;
            box.dispatchEvent(new Event('input', { bubbles: true }));
          } else box.innerText = t;
          const t0 = performance.now();
          box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
          times.push(performance.now() - t0);
        }
        return times;
      }, clean);
      expect(await sent(page)).toHaveLength(5);
      const times = [first, ...more];
      const median = [...times].sort((x, y) => x - y)[2];
      console.log(`extension: clean 4 KB prompt on ${site}, scan and send in ${times.map((x) => x.toFixed(1)).join(', ')} ms (median ${median.toFixed(1)})`);
      expect(median).toBeLessThanOrEqual(50);
      await page.close();
    }
  }, 60_000);

  it('flags a pasted CCCD on paste', async () => {
    const page = await open('chatgpt');
    await page.click('#prompt-textarea');
    const prevented = await page.evaluate((t) => {
      const dt = new DataTransfer();
      dt.setData('text/plain', t);
      const e = new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true });
      document.getElementById('prompt-textarea')!.dispatchEvent(e);
      return e.defaultPrevented;
    }, CCCD);
    expect(prevented).toBe(true);
    expect(await title(page)).toBe('Không dán: đoạn văn bản có thông tin cần bảo vệ');
    expect(await page.evaluate(() => (window as unknown as { pasted: string[] }).pasted)).toEqual([]);
    expect(await page.locator('#prompt-textarea').innerText()).toBe('');
    // "Redact and paste" puts the text in with its placeholder, as typed input (the site's paste handler is not run).
    await page.click('promptgate-panel #pg-redact');
    expect(await page.locator('#prompt-textarea').innerText()).toBe(CCCD.replace('001099012345', '[CCCD_1]'));
    await page.close();
  }, 60_000);

  it('checks a file pasted from the clipboard like an attachment', async () => {
    const page = await open('chatgpt');
    const paste = (name: string, text: string) => fileEvent(page, 'paste', name, text);
    const files = () => page.evaluate(() => (window as unknown as { pastedFiles: string[] }).pastedFiles);
    expect(await paste('to-trinh.txt', STAMPED)).toBe(true);
    await page.waitForSelector('promptgate-panel #pg-title');
    expect(await title(page)).toBe('Không đính kèm: to-trinh.txt');
    expect(await files()).toEqual([]);
    await page.click('promptgate-panel #pg-close');
    await paste('lich-hop.txt', 'Lịch họp tuần sau: thứ Hai 9 giờ.');
    await page.waitForFunction(() => (window as unknown as { pastedFiles: string[] }).pastedFiles.length > 0);
    expect(await files()).toEqual(['lich-hop.txt']);
    await page.close();
  }, 60_000);

  it('removes a stamped attachment and a file it cannot read; a clean file goes through', async () => {
    const page = await open('chatgpt');
    const attached = () => page.evaluate(() => (window as unknown as { attached: string[] }).attached);
    await page.setInputFiles('#upload', { name: 'bao-cao.txt', mimeType: 'text/plain', buffer: Buffer.from(STAMPED) });
    await page.waitForSelector('promptgate-panel #pg-title');
    expect(await title(page)).toBe('Không đính kèm: bao-cao.txt');
    expect(await page.evaluate(() => (document.getElementById('upload') as HTMLInputElement).files!.length)).toBe(0);
    expect(await attached()).toEqual([]);
    await page.click('promptgate-panel #pg-close');

    await page.setInputFiles('#upload', { name: 'anh.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]) });
    await page.waitForSelector('promptgate-panel #pg-title');
    expect(await title(page)).toContain('không kiểm tra được anh.png');
    expect(await attached()).toEqual([]);
    await page.click('promptgate-panel #pg-close');

    await page.setInputFiles('#upload', { name: 'ghi-chu.txt', mimeType: 'text/plain', buffer: Buffer.from('Lịch họp tuần sau: thứ Hai 9 giờ.') });
    await page.waitForFunction(() => (window as unknown as { attached: string[] }).attached.length > 0);
    expect(await attached()).toEqual(['ghi-chu.txt']);
    expect(await page.evaluate(() => (document.getElementById('upload') as HTMLInputElement).files!.length)).toBe(1);
    await page.close();
  }, 60_000);

  it('reads a .docx in the browser: a stamp in its page header removes it, so does a zip bomb; a clean one is attached', async () => {
    // Both made by test/fixtures/extension/make-docx.mjs, deflated: the browser's inflation is exercised.
    const page = await open('chatgpt');
    await attachRemoved(page, join(PAGES, 'stamped-header.docx'), 'Không đính kèm: stamped-header.docx', ['M**']);
    await attachRemoved(page, join(PAGES, 'bomb.docx'), /^Không đính kèm: không kiểm tra được bomb\.docx \(không đọc được: ZIP entry .* expands more than 200:1 \(zip bomb\); not scanned\)/);
    await attachAccepted(page, join(PAGES, 'clean.docx'));
    await page.close();
  }, 60_000);

  it('reads a PDF in the extension: a stamped one is removed, an encrypted one is refused with the reason; a clean one is attached', async () => {
    // stamped.pdf and clean.pdf: test/fixtures/extension/make-pdf.mjs; encrypted.pdf: the CLI's fixture (LibreOffice).
    const page = await open('chatgpt');
    await attachRemoved(page, join(PAGES, 'stamped.pdf'), 'Không đính kèm: stamped.pdf', ['T****']);
    // LibreOffice's PDF (deflated streams, embedded fonts): the streams are measured by the browser's inflation first.
    await attachRemoved(page, resolve(__dirname, '../fixtures/documents/vietnamese.pdf'), 'Không đính kèm: vietnamese.pdf', 'some');
    await attachRemoved(page, resolve(__dirname, '../fixtures/documents/encrypted.pdf'), /không kiểm tra được encrypted\.pdf \(không đọc được: encrypted \(password-protected\) PDF/);

    // Dropped, like a file dragged from the desktop: the same reader.
    const dropped = await page.evaluate(async (b64) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const dt = new DataTransfer();
      dt.items.add(new File([bytes], 'bien-ban.pdf', { type: 'application/pdf' }));
      const e = new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: dt });
      document.getElementById('prompt-textarea')!.dispatchEvent(e);
      return e.defaultPrevented;
    }, readFileSync(join(PAGES, 'stamped.pdf')).toString('base64'));
    expect(dropped).toBe(true);
    await page.waitForSelector('promptgate-panel #pg-title');
    expect(await title(page)).toBe('Không đính kèm: bien-ban.pdf');
    expect(await page.evaluate(() => (window as unknown as { dropped: string[] }).dropped)).toEqual([]);
    await page.click('promptgate-panel #pg-close');

    await attachAccepted(page, join(PAGES, 'clean.pdf'));
    await page.close();
  }, 60_000);

  it('checks a dropped file: a stamped one never reaches the page, a clean one is dropped again', async () => {
    const page = await open('chatgpt');
    const drop = (name: string, text: string) => fileEvent(page, 'drop', name, text);
    await drop('to-trinh.txt', STAMPED);
    await page.waitForSelector('promptgate-panel #pg-title');
    expect(await title(page)).toBe('Không đính kèm: to-trinh.txt');
    await page.click('promptgate-panel #pg-close');
    await drop('lich-hop.txt', 'Lịch họp tuần sau: thứ Hai 9 giờ.');
    await page.waitForFunction(() => (window as unknown as { dropped: string[] }).dropped.length > 0);
    expect(await page.evaluate(() => (window as unknown as { dropped: string[] }).dropped)).toEqual(['lich-hop.txt']);
    await page.close();
  }, 60_000);

  it('generic mode: a page no adapter knows is checked when the policy turns it on, and left alone when not', async () => {
    // The test build's generic mode asks for its test server's host (in its manifest) instead of every site.
    const registered = () => worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((r) => r.id));
    const openGeneric = async (policy: Record<string, unknown>, on: boolean) => {
      await worker.evaluate((p) => chrome.storage.local.set({ testPolicy: p }), policy);
      await expect.poll(registered, { timeout: 15_000 }).toEqual(on ? ['promptgate-generic'] : []);
      const page = await context.newPage();
      await page.goto(`${base}/generic/`);
      if (on) await page.waitForFunction(() => document.documentElement.dataset.promptgate !== undefined);
      return page;
    };
    let page = await openGeneric({}, false);
    await page.fill('#message', STAMPED);
    await page.click('#send');
    expect(await sent(page)).toEqual([STAMPED]);
    expect(await page.evaluate(() => document.documentElement.dataset.promptgate)).toBeUndefined();
    await page.close();

    page = await openGeneric({ genericMode: true }, true);
    expect(await page.evaluate(() => document.documentElement.dataset.promptgate)).toBe('ready');
    await page.fill('#message', STAMPED);
    await page.click('#send');
    expect(await title(page)).toBe('Không gửi: tin nhắn có thông tin cần bảo vệ');
    expect(await sent(page)).toEqual([]);
    await page.click('promptgate-panel #pg-edit');
    await page.fill('#message', 'Xin hỏi lịch trực tuần sau.');
    await page.click('#send');
    expect(await sent(page)).toEqual(['Xin hỏi lịch trực tuần sau.']);
    // A box smaller than generic mode's minimum (a search field) is not a message box.
    await page.fill('#search', STAMPED);
    await page.press('#search', 'Enter');
    expect(await page.evaluate(() => (window as unknown as { searched: string[] }).searched)).toEqual([STAMPED]);
    await page.close();

    page = await openGeneric({ genericMode: false }, false);
    await page.fill('#message', STAMPED);
    await page.click('#send');
    expect(await sent(page)).toEqual([STAMPED]);
    await page.close();
  }, 60_000);

  it('has an options page that shows the policy and lets the user choose the language', async () => {
    await worker.evaluate(() => chrome.storage.local.set({ testPolicy: { allowSendAnyway: false }, settings: {} }));
    const page = await context.newPage();
    await page.goto(new URL('options.html', worker.url()).href);
    await expect.poll(() => page.locator('#heading').textContent()).toBe('Cài đặt promptgate');
    expect(await page.locator('dl').textContent()).toContain('"Vẫn gửi" khi chỉ có cảnh báokhông được phép (Do cơ quan thiết lập)');
    await page.selectOption('#lang', 'cs');
    await expect.poll(() => page.locator('#heading').textContent()).toBe('Nastavení promptgate');
    await worker.evaluate(() => chrome.storage.local.set({ settings: {} }));
    await page.close();
  }, 60_000);

  it('runs the WebAssembly kernel on chat pages and says so on the options page', async () => {
    // The content script's isolated world may compile the bundled kernel (the bytes of wasm/kernel.wasm); the
    // extension pages' CSP ("script-src 'self'", no 'wasm-unsafe-eval') is not theirs. It reports the loop it runs.
    await worker.evaluate(() => chrome.storage.session.remove('kernel'));
    const chat = await open('chatgpt');
    expect(await chat.evaluate(() => document.documentElement.dataset.promptgate)).toBe('ready');
    await expect.poll(() => worker.evaluate(async () => (await chrome.storage.session.get('kernel')).kernel)).toBe('webassembly');
    const page = await context.newPage();
    await page.goto(new URL('options.html', worker.url()).href);
    await expect.poll(() => page.locator('#kernel').getAttribute('data-kernel')).toBe('webassembly');
    expect(await page.locator('#kernel').textContent()).toBe('nhân WebAssembly');
    // The extension pages cannot compile WebAssembly: the kernel would be refused there, and is not needed there.
    expect(await page.evaluate(() => { try { new WebAssembly.Module(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0])); return 'compiled'; } catch { return 'refused'; } })).toBe('refused');
    await page.close();
    await chat.close();
  }, 60_000);

  it('offers "Send anyway" for a warning, and hides it when the policy forbids it', async () => {
    let page = await open('copilot');
    await typeInto(page, 'copilot', EMAIL);
    await page.keyboard.press('Enter');
    expect(await title(page)).toBe('Cần kiểm tra trước khi gửi: tin nhắn có thể có thông tin nhạy cảm');
    await page.click('promptgate-panel #pg-anyway');
    await page.waitForFunction(() => (window as unknown as { sent: string[] }).sent.length > 0);
    expect(await sent(page)).toEqual([EMAIL]);
    await page.close();

    page = await open('copilot', { allowSendAnyway: false });
    await typeInto(page, 'copilot', EMAIL);
    await page.keyboard.press('Enter');
    expect(await title(page)).toBe('Cần kiểm tra trước khi gửi: tin nhắn có thể có thông tin nhạy cảm');
    expect(await page.locator('promptgate-panel #pg-anyway').count()).toBe(0);
    expect(await page.locator('promptgate-panel #pg-redact').count()).toBe(1);
    expect(await sent(page)).toEqual([]);
    await page.close();
  }, 60_000);

  it('fails closed when the organisation rules do not load, and uses them when they do', async () => {
    let page = await open('copilot', { rules: 'rules:\n  - id: org.bad\n    severity: [\n' });
    expect(await page.evaluate(() => document.documentElement.dataset.promptgate)).toBe('failed');
    await typeInto(page, 'copilot', 'Xin chào');
    await page.keyboard.press('Enter');
    expect(await title(page)).toMatch(/^Không gửi: không chạy được bước kiểm tra \(quy tắc của cơ quan có lỗi: /);
    expect(await sent(page)).toEqual([]);
    await page.close();

    const rules = 'rules:\n  - id: org.project.sentinel\n    title: Project SENTINEL\n    rationale: The name of the project is internal.\n    category: classified-marking\n    severity: block\n    keywords:\n      terms: [SENTINEL]\n';
    await blockedWithRules(rules, 'Tóm tắt tiến độ dự án SENTINEL');
  }, 60_000);

  it('checks the organisation rules as the CLI does: a ReDoS regex or a vocabulary file refuses them, built-in vocabularies and extends: work', async () => {
    const rule = (body: string) => `rules:\n  - id: org.x\n    title: Org rule\n    rationale: Internal.\n    category: classified-marking\n    severity: block\n${body}`;
    /** The policy's rules refused: the page says so, a message is not sent, the panel and the options page say why. */
    const refused = async (rules: string, why: RegExp) => {
      const page = await open('copilot', { rules });
      expect(await page.evaluate(() => document.documentElement.dataset.promptgate)).toBe('failed');
      await typeInto(page, 'copilot', 'Xin chào');
      await page.keyboard.press('Enter');
      expect(await title(page)).toMatch(/^Không gửi: không chạy được bước kiểm tra \(quy tắc của cơ quan có lỗi: /);
      expect(await title(page)).toMatch(why);
      expect(await sent(page)).toEqual([]);
      await page.goto(new URL('options.html', worker.url()).href);
      await expect.poll(() => page.locator('dl').textContent()).toMatch(why);
      await page.close();
    };
    // The static ReDoS check of analyze/safety.ts, as `promptgate rules validate` runs it.
    await refused(rule("    patterns:\n      - regex: '(\\w+\\s?)*$'\n"), /catastrophic backtracking/);
    // A vocabulary file: there is no file system to read it from.
    await refused(`use: [org-vocabulary.yaml]\n${rule("    keywords:\n      terms: ['{{levels}}']\n")}`, /`use: org-vocabulary\.yaml` cannot be followed/);
    // An extends: entry naming no loaded rule.
    await refused('rules:\n  - extends: intl.contact.e-mail\n    exceptions:\n      values: [x@example.org]\n', /there is no loaded rule `intl\.contact\.e-mail` to change.*intl\.contact\.email/);

    // A built-in pack's vocabulary by name: the list `restricted` of rules/vn/vocabulary.yaml.
    await blockedWithRules(`use: [builtin:vn]\n${rule("    keywords:\n      terms: ['{{restricted}}']\n")}`, 'Ghi chú: tài liệu không phổ biến cho dự án.');

    // extends: an exception added to a built-in rule: the address it names no longer stops the message.
    const page = await open('copilot', { rules: 'rules:\n  - extends: intl.contact.email\n    exceptions:\n      values: [nguyen.van.nam@gmail.com]\n' });
    await typeInto(page, 'copilot', EMAIL);
    await page.keyboard.press('Enter');
    expect(await sent(page)).toEqual([EMAIL]);
    await page.close();
  }, 90_000);

  it('speaks Czech when the policy says so (screenshots of the panel in vi and cs)', async () => {
    const shots: [string, Page][] = [];
    for (const lang of ['vi', 'cs'] as const) {
      const page = await open('chatgpt', { lang });
      await typeInto(page, 'chatgpt', `${STAMPED}\n${CCCD}`);
      await page.keyboard.press('Enter');
      expect(await title(page)).toBe(lang === 'vi' ? 'Không gửi: tin nhắn có thông tin cần bảo vệ' : 'Neodesláno: zpráva obsahuje chráněné informace');
      shots.push([lang, page]);
    }
    for (const [lang, page] of shots) {
      if (process.env.PG_SCREENSHOTS === '1') await page.screenshot({ path: resolve(__dirname, `../docs/extension-panel-${lang}.png`) });
      await page.close();
    }
  }, 60_000);
});
