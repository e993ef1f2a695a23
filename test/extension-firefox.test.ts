import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Firefox } from './helpers/marionette.js';

// The Firefox build of the extension (#23) in a real headless Firefox (Debian's firefox-esr, driven over Marionette:
// test/helpers/marionette.ts), installed as a temporary add-on, against the reproduced chat pages that
// test/extension.test.ts uses in Chromium (dist/extension-test-firefox/: the test build with Firefox's manifest).
// .ci/run installs firefox-esr; in CI a missing browser fails this file, elsewhere it is skipped with the reason.
const FIREFOX = '/usr/bin/firefox-esr';
const EXTENSION = resolve(__dirname, '../dist/extension-test-firefox');
const PAGES = resolve(__dirname, 'fixtures/extension');
const hasFirefox = existsSync(FIREFOX);
const inCI = process.env.CI === 'true' || process.env.CI === '1';
if (!hasFirefox && !inCI) console.warn(`test/extension-firefox.test.ts skipped: ${FIREFOX} is not installed (apt-get install firefox-esr; .ci/run does)`);

const STAMPED = 'TỐI MẬT\nBáo cáo tình hình triển khai dự án quý III.';
const ID = 'promptgate@promptgate.local';
const UUID = '4d1c3a52-6f0e-4b8e-9a57-2f0d3c6b9e11';

describe.skipIf(!hasFirefox && !inCI)('the browser extension in headless Firefox', () => {
  let server: Server;
  let base: string;
  let ff: Firefox;

  beforeAll(async () => {
    if (!hasFirefox) throw new Error(`CI=true but ${FIREFOX} is missing: .ci/run must install Debian's firefox-esr package`);
    if (!existsSync(join(EXTENSION, 'manifest.json'))) throw new Error(`${EXTENSION} is missing: run npm run build`);
    server = createServer((req, res) => {
      const m = /^\/(chatgpt|copilot)\/$/.exec(req.url ?? '');
      if (!m) return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(join(PAGES, `${m[1]}.html`)));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    // A fixed moz-extension:// host for the options page, which Marionette opens only with system access.
    ff = await Firefox.launch(FIREFOX, { 'extensions.webextensions.uuids': JSON.stringify({ [ID]: UUID }) }, ['-remote-allow-system-access']);
    expect(await ff.send('Addon:Install', { path: EXTENSION, temporary: true })).toEqual({ value: ID });
  }, 120_000);

  afterAll(async () => {
    await ff?.close();
    await new Promise((r) => server?.close(r));
  });

  const TITLE = "return document.querySelector('promptgate-panel')?.shadowRoot?.querySelector('#pg-title')?.textContent";

  it('stops a stamped prompt and sends a clean one', async () => {
    await ff.send('WebDriver:Navigate', { url: `${base}/copilot/` });
    expect(await ff.until<string>('return document.documentElement.dataset.promptgate')).toBe('ready');
    const enter = (text: string) => ff.run<boolean>(`
      const box = document.getElementById('userInput');
      box.value = arguments[0];
      box.dispatchEvent(new Event('input', { bubbles: true }));
      const e = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
      box.dispatchEvent(e);
      return e.defaultPrevented;`, text);
    expect(await enter(STAMPED)).toBe(true);
    // Debian's firefox-esr is an English build (its other languages are separate packages): the panel speaks English.
    expect(await ff.until<string>(TITLE)).toBe('Not sent: this message contains protected information');
    expect(await ff.run<string[]>("return [...document.querySelector('promptgate-panel').shadowRoot.querySelectorAll('#pg-findings code')].map((c) => c.textContent)")).toEqual(['T** M**']);
    expect(await ff.run<string[]>('return window.sent')).toEqual([]);
    await ff.run("document.querySelector('promptgate-panel').shadowRoot.querySelector('#pg-edit').click()");
    expect(await enter('Xin chào, nhờ bạn tóm tắt lịch họp tuần sau.')).toBe(true); // the site's own handler sends it
    expect(await ff.run<string[]>('return window.sent')).toEqual(['Xin chào, nhờ bạn tóm tắt lịch họp tuần sau.']);
  }, 60_000);

  it('reads a PDF attachment in its background page: a stamped one is removed, a clean one attached', async () => {
    await ff.send('WebDriver:Navigate', { url: `${base}/chatgpt/` });
    expect(await ff.until<string>('return document.documentElement.dataset.promptgate')).toBe('ready');
    const attach = async (file: string) => {
      const el = (await ff.send('WebDriver:FindElement', { using: 'css selector', value: '#upload' })) as { value: Record<string, string> };
      await ff.send('WebDriver:ElementSendKeys', { id: Object.values(el.value)[0], text: file });
    };
    await attach(join(PAGES, 'stamped.pdf'));
    expect(await ff.until<string>(TITLE)).toBe('Not attached: stamped.pdf');
    expect(await ff.run<string[]>('return window.attached')).toEqual([]);
    await ff.run("document.querySelector('promptgate-panel').shadowRoot.querySelector('#pg-close').click()");
    await attach(join(PAGES, 'clean.pdf'));
    expect(await ff.until<string[]>('return window.attached.length > 0 && window.attached')).toEqual(['clean.pdf']);
  }, 60_000);

  it('runs the WebAssembly kernel in Firefox\'s content script too, as its options page says', async () => {
    await ff.send('WebDriver:Navigate', { url: `${base}/copilot/` });
    expect(await ff.until<string>('return document.documentElement.dataset.promptgate')).toBe('ready');
    await ff.send('WebDriver:Navigate', { url: `moz-extension://${UUID}/options.html` });
    expect(await ff.until<string>("return document.getElementById('kernel')?.dataset.kernel")).toBe('webassembly');
  }, 60_000);
});
