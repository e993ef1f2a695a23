import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { MessagePort, Worker } from 'node:worker_threads';
import type { ScanTextOptions } from '../engine/engine.js';
import type { StageCall } from '../engine/scanner.js';
import type { Finding } from '../types.js';
import { fingerprintStage, storeFindings } from './findings.js';
import { FingerprintStore, StoreError } from './store-file.js';
import { wordsOf } from './words.js';

/**
 * Large texts are checked against the store in a worker thread, while the main thread runs the rules on the same
 * text: the worker builds its own views and words (the kernel's views cost a fifth of collecting words from them),
 * reads the whole store and looks the text's shingles up, and its findings join the rules' findings at the end of
 * the same `scanText` call, in the order the in-process stage gives them (rules, documents, data), so the output is
 * the same either way. A prompt never starts a worker (a thread start and its module loads cost more than its check).
 *
 * The main thread waits synchronously (Atomics.wait: `scanText` keeps its synchronous signature). Fail closed: an
 * error in the worker (a damaged store, anything else) stops the scan with exit 2, and so does a worker that stops
 * making progress (it bumps a shared counter at every window of words and every step after; a worker that died,
 * e.g. out of memory, bumps nothing) — never a text reported clean without its check.
 */

/** Texts of at least this many UTF-16 units are checked in the worker (a 1 MB file is ~1 M units). */
export const PARALLEL_UNITS = 1 << 20;
/** How long the worker may go without progress before the scan stops (ms); a window of words takes milliseconds. */
export const STALL_MS = 30_000;

// Shared slots: the worker's progress counter, and the count of replies it posted.
const SEQ = 0;
const DONE = 1;

// worker_threads costs ~8 ms to load and only large texts need it: required on first use, not at start-up.
const requireBuiltin = createRequire(import.meta.url);
const threads = () => requireBuiltin('node:worker_threads') as typeof import('node:worker_threads');

export interface ParallelOptions {
  /** Texts shorter than this stay in process (default PARALLEL_UNITS). */
  minUnits?: number;
  /** See STALL_MS. */
  stallMs?: number;
  /** A heap limit for the worker (MB of V8 old space); none by default. */
  heapMb?: number;
}

/** The fingerprint stage of a scan (see findings.ts), with large texts checked in a worker; close() ends it. */
export function parallelFingerprintStage(store: FingerprintStore, opts: ParallelOptions = {}): { stage: StageCall; close: () => void } {
  const local = fingerprintStage(store);
  const minUnits = opts.minUnits ?? PARALLEL_UNITS;
  let worker: FingerprintWorker | undefined;
  const stage: StageCall = (engine, text, source, o) => {
    if ((o.depth ?? 0) > 0 || text.length < minUnits) return local(engine, text, source, o);
    worker ??= new FingerprintWorker(store, opts);
    const w = worker;
    w.post(text, source, o);
    let found: Finding[];
    try {
      found = engine.scanText(text, source, o);
    } catch (e) {
      w.close(); // its answer would belong to a text the scan gave up on
      worker = undefined;
      throw e;
    }
    try {
      found.push(...w.result());
    } catch (e) {
      worker = undefined;
      throw e;
    }
    return found;
  };
  return { stage, close: () => worker?.close() };
}

function workerUrl(): URL {
  const here = new URL('./worker.js', import.meta.url);
  if (existsSync(fileURLToPath(here))) return here;
  return new URL('../../dist/fingerprint/worker.js', import.meta.url); // running from src/ (tests)
}

interface Reply {
  findings?: Finding[];
  error?: string;
  /** The error is the store's own (damaged, wrong key): its message is shown as the in-process check shows it. */
  store?: boolean;
}

/** One worker thread with the store open on the main thread's descriptor; one text at a time. */
class FingerprintWorker {
  private readonly state = new Int32Array(new SharedArrayBuffer(8));
  private readonly port: MessagePort;
  private readonly worker: Worker;
  private readonly stallMs: number;
  private closed = false;

  constructor(store: FingerprintStore, opts: ParallelOptions) {
    const t = threads();
    const { port1, port2 } = new t.MessageChannel();
    this.port = port1;
    this.stallMs = opts.stallMs ?? STALL_MS;
    this.worker = new t.Worker(workerUrl(), {
      workerData: { path: store.path, fd: store.descriptor, key: new Uint8Array(store.key), state: this.state, port: port2 },
      transferList: [port2],
      ...(opts.heapMb ? { resourceLimits: { maxOldGenerationSizeMb: opts.heapMb } } : {}),
    });
    this.worker.unref();
    this.worker.on('error', () => { /* seen as an error reply or as a stall; never an uncaught error */ });
  }

  post(text: string, source: string, o: ScanTextOptions): void {
    const { onView: _, ...plain } = o; // a callback cannot cross to the worker (it builds its own views)
    this.port.postMessage({ text, source, opts: plain });
  }

  /** The findings of the text posted last, waited for. Throws StoreError (exit 2) when there are none to give. */
  result(): Finding[] {
    const state = this.state;
    let seq = Atomics.load(state, SEQ);
    let since = Date.now();
    for (;;) {
      const done = Atomics.load(state, DONE);
      const got = threads().receiveMessageOnPort(this.port);
      if (got) {
        const m = got.message as Reply;
        if (m.findings) return m.findings;
        this.close();
        throw new StoreError(m.store ? (m.error ?? '') : `the fingerprint check failed in its worker thread (${m.error}); the text was not checked against the store`);
      }
      Atomics.wait(state, DONE, done, 50);
      const now = Date.now();
      const s = Atomics.load(state, SEQ);
      if (s !== seq) {
        seq = s;
        since = now;
      } else if (now - since > this.stallMs) {
        this.close();
        throw new StoreError(`the fingerprint check stopped in its worker thread (no progress for ${Math.round(this.stallMs / 1000)} s; out of memory?); the text was not checked against the store`);
      }
    }
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.port.close();
    void this.worker.terminate();
  }
}

/** The worker side: opens the store on the shared descriptor (once), then checks each text it is sent. */
export function runFingerprintWorker(data: { path: string; fd: number; key: Uint8Array; state: Int32Array; port: MessagePort }): void {
  const { state, port } = data;
  const alive = () => void Atomics.add(state, SEQ, 1);
  const reply = (m: Reply) => {
    port.postMessage(m);
    Atomics.add(state, DONE, 1);
    Atomics.notify(state, DONE);
  };
  let store: FingerprintStore | undefined;
  port.on('message', (m: { text: string; source: string; opts: ScanTextOptions }) => {
    try {
      alive();
      store ??= FingerprintStore.open(data.path, Buffer.from(data.key), data.fd);
      const words = wordsOf(m.text, false, alive);
      alive();
      reply({ findings: storeFindings(m.text, m.source, store, m.opts, words) });
    } catch (e) {
      reply({ error: (e as Error).message, store: e instanceof StoreError });
    }
  });
}
