// What the extension uses of the WebExtension API (chrome.* in Chromium and, for MV3, in Firefox too), typed here
// rather than with a new dependency. Only the calls made in src/extension/ are declared.
interface ChromeEvent<F> {
  addListener(f: F): void;
}
interface ChromeStorageArea {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
  onChanged?: ChromeEvent<(changes: Record<string, { newValue?: unknown }>) => void>;
}
interface ChromeMessageSender {
  tab?: { id?: number };
}
declare const chrome: {
  runtime: {
    id: string;
    getURL(path: string): string;
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: ChromeEvent<(message: unknown, sender: ChromeMessageSender, reply: (r: unknown) => void) => boolean | void>;
    onInstalled: ChromeEvent<() => void>;
    onStartup: ChromeEvent<() => void>;
    openOptionsPage(): Promise<void>;
  };
  storage: {
    local: ChromeStorageArea;
    session: ChromeStorageArea;
    managed: ChromeStorageArea;
    onChanged: ChromeEvent<(changes: Record<string, { newValue?: unknown }>, area: string) => void>;
  };
  i18n: { getUILanguage(): string };
  tabs: { onRemoved: ChromeEvent<(tabId: number) => void> };
  permissions: {
    contains(p: { origins?: string[] }): Promise<boolean>;
    request(p: { origins?: string[] }): Promise<boolean>;
  };
  scripting: {
    getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<{ id: string }[]>;
    registerContentScripts(scripts: { id: string; matches: string[]; excludeMatches?: string[]; js: string[]; runAt?: string; allFrames?: boolean }[]): Promise<void>;
    unregisterContentScripts(filter?: { ids?: string[] }): Promise<void>;
  };
};

/** Set by scripts/bundle-extension.mjs: true only in the test build (dist/extension-test/). */
declare const PROMPTGATE_TEST_BUILD: boolean;

declare module 'promptgate:builtin-rules' {
  import type { BuiltinRules } from '../browser/entry.js';
  const rules: BuiltinRules;
  export default rules;
}
/** The built-in packs' vocabulary files (rules/<pack>/vocabulary.yaml) by pack, for `use: [builtin:<pack>]`. */
declare module 'promptgate:builtin-vocabularies' {
  const texts: Record<string, string | undefined>;
  export default texts;
}
declare module 'natural/lib/natural/distance/levenshtein_distance.js' {
  const levenshtein: unknown;
  export default levenshtein;
}
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
