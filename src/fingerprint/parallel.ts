import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { MessagePort, Worker } from 'node:worker_threads';
import type { ScanTextOptions } from '../engine/engine.js';
import type { StageCall } from '../engine/scanner.js';
import type { Finding } from '../types.js';
import { STREAM_THRESHOLD } from '../input/stream.js';
import { mark } from '../util/timing.js';
import { fileText, type FileSeen, FileUnits, NotSameText } from './file-text.js';
import { fingerprintStage, placeStreamed, storeFindings, streamedExcerpts, type StreamedExcerpts, streamedFindings } from './findings.js';
import { stringSource } from './stream.js';
import { FingerprintStore, StoreError } from './store-file.js';
import { wordsOf } from './words.js';

/**
 * Large texts are checked against the store in a worker thread, while the main thread runs the rules on the same
 * text: the worker builds its own views window by window and keeps only the shingles it looks up (stream.ts), looks
 * them up in one pass over the store (store-file.ts, lookupOnce), and reads a file the scan reads whole for itself
 * rather than getting a copy of its text (file-text.ts); its findings join the rules' findings at the end of
 * the same `scanText` call, in the order the in-process stage gives them (rules, documents, data), so the output is
 * the same either way. A prompt never starts a worker (a thread start and its module loads cost more than its check).
 *
 * The main thread waits synchronously (Atomics.wait: `scanText` keeps its synchronous signature). Fail closed: an
 * error in the worker (a damaged store, anything else) stops the scan with exit 2, and so does a worker that stops
 * making progress (it bumps a shared counter at every 16 MB of the store it reads, every window of words and every
 * step after; a worker that died, e.g. out of memory, bumps nothing) — never a text reported clean without its check.
 */

/** Texts of at least this many UTF-16 units are checked in the worker (a 1 MB file is ~1 M units). */
export const PARALLEL_UNITS = 1 << 20;
/** Inputs of at least this many bytes warm the worker up before their text is decoded (see warm below). */
export const WARM_BYTES = 2 * PARALLEL_UNITS;
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
  /** Processors this process may use (default os.availableParallelism()): with one, everything stays in process,
   * as a worker would only take turns with the main thread and cost its own start and views. */
  cores?: number;
  /** See STALL_MS. */
  stallMs?: number;
  /** A heap limit for the worker (MB of V8 old space); none by default. */
  heapMb?: number;
}

/**
 * The fingerprint stage of a scan (see findings.ts), with large texts checked in a worker; close() ends it.
 * warm(bytes, file): an input of that many bytes is coming: from WARM_BYTES on, the worker starts now, and while the
 * main thread reads and decodes the input it reads the file itself and looks its shingles up (`file()`: the file, if
 * the scan reads it whole as one text, see WarmFile), or reads the store whole for the segments of a stream.
 */
export function parallelFingerprintStage(store: FingerprintStore, opts: ParallelOptions = {}): { stage: StageCall; warm: (bytes: number, file?: () => WarmFile | undefined) => void; close: () => void } {
  const local = fingerprintStage(store);
  let parallel: boolean | undefined; // asked on the first large input
  const useWorker = () => (parallel ??= (opts.cores ?? availableParallelism()) >= 2);
  const minUnits = opts.minUnits ?? PARALLEL_UNITS;
  let worker: FingerprintWorker | undefined;
  // The file the worker is reading for itself, and the number of its job (see WarmFile).
  let pending: (WarmFile & { id: number }) | undefined;
  let jobs = 0;
  const warm = (bytes: number, file?: () => WarmFile | undefined) => {
    pending = undefined;
    if (bytes < WARM_BYTES || store.meta.docCount === 0 || !useWorker()) return;
    worker ??= new FingerprintWorker(store, opts);
    // Registered data tables need every word of the text: the text itself is sent (see runFingerprintWorker).
    const f = store.meta.data ? undefined : file?.();
    if (f) worker.warmFile((pending = { ...f, id: ++jobs }));
    else worker.warm(bytes > STREAM_THRESHOLD || store.meta.data !== undefined);
  };
  const stage: StageCall = (engine, text, source, o) => {
    const job = pending && pending.source === source && !o.frame && (o.depth ?? 0) === 0 ? pending : undefined;
    pending = undefined;
    if (!job && ((o.depth ?? 0) > 0 || text.length < minUnits || !useWorker())) return local(engine, text, source, o);
    worker ??= new FingerprintWorker(store, opts);
    const w = worker;
    if (job) w.postJob(job.id, text.length, source, o);
    else w.post(text, source, o);
    let found: Finding[];
    try {
      found = engine.scanText(text, source, o);
    } catch (e) {
      w.close(); // its answer would belong to a text the scan gave up on
      worker = undefined;
      throw e;
    }
    mark('rules'); // PROMPTGATE_TIMING=1: how long the main thread then waits for the worker
    try {
      let r = w.result();
      // The worker could not read the same text from the file (changed, not plain UTF-8): it is sent after all.
      if (!r) {
        w.post(text, source, o);
        r = w.result();
      }
      if (!r) throw new StoreError('the fingerprint worker thread did not check the text; the text was not checked against the store');
      found.push(...r);
      mark('fingerprints');
    } catch (e) {
      worker = undefined;
      throw e;
    }
    return found;
  };
  return { stage, warm, close: () => worker?.close() };
}

function workerUrl(): URL {
  const here = new URL('./worker.js', import.meta.url);
  if (existsSync(fileURLToPath(here))) return here;
  return new URL('../../dist/fingerprint/worker.js', import.meta.url); // running from src/ (tests)
}

/**
 * A file of at most STREAM_THRESHOLD bytes that the scan reads whole and checks as one text (its `source` name),
 * not a document: the worker reads it for itself while the main thread does (no copy of its text crosses between
 * the threads, see file-text.ts), and has its shingles looked up by the time the text is scanned.
 */
export interface WarmFile extends FileSeen {
  source: string;
}

interface Reply {
  findings?: Finding[];
  /** The file read by the worker was not the text scanned: the text is to be sent. */
  retry?: boolean;
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

  /** Asks the worker to get ready for a large text (its failure, if any, is the next text's answer); `whole`: to read
   * the store whole now (the segments of a stream look it up again and again). */
  warm(whole: boolean): void {
    this.port.postMessage({ warm: true, whole });
  }

  /** Asks the worker to read the file and look its shingles up now (see WarmFile). */
  warmFile(file: WarmFile & { id: number }): void {
    const { id, path, dev, ino, size, mtimeMs, ctimeMs } = file;
    this.port.postMessage({ warm: true, job: id, file: { path, dev, ino, size, mtimeMs, ctimeMs } });
  }

  /** Asks for the findings of the file read for job `id`, which the main thread decoded to `units` units. */
  postJob(id: number, units: number, source: string, o: ScanTextOptions): void {
    const { onView: _, betweenWindows: __, ...plain } = o;
    this.port.postMessage({ job: id, units, source, opts: plain });
  }

  post(text: string, source: string, o: ScanTextOptions): void {
    const { onView: _, betweenWindows: __, ...plain } = o; // a callback cannot cross to the worker (it builds its own views)
    this.port.postMessage({ text, source, opts: plain });
  }

  /** The findings of the text posted last, waited for; undefined when the text is to be sent (see Reply.retry).
   * Throws StoreError (exit 2) when there are none to give. */
  result(): Finding[] | undefined {
    const state = this.state;
    let seq = Atomics.load(state, SEQ);
    let since = Date.now();
    for (;;) {
      const done = Atomics.load(state, DONE);
      const got = threads().receiveMessageOnPort(this.port);
      if (got) {
        const m = got.message as Reply;
        if (m.findings) return m.findings;
        if (m.retry) return undefined;
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
  // A failure while warming up is kept for the first text: every reply answers one text.
  let failed: Reply | undefined;
  const open = () => {
    if (store) return store;
    store = FingerprintStore.open(data.path, Buffer.from(data.key), data.fd);
    store.onProgress = alive; // a large store on a slow disk is read in pieces, each one progress
    return store;
  };
  // The file read for the last WarmFile: its excerpts, or why they cannot be given.
  let job: { id: number; file: FileSeen; units?: number; found?: StreamedExcerpts; retry?: boolean; failed?: Reply } | undefined;
  const readFile = (id: number, file: FileSeen) => {
    job = { id, file };
    try {
      const s = open();
      const units = new FileUnits(file, alive);
      try {
        job.found = streamedExcerpts(units, s, undefined, alive);
        job.units = units.length;
        units.check(job.units);
      } finally {
        units.close();
      }
    } catch (e) {
      if (e instanceof NotSameText) job.retry = true;
      else job.failed = { error: (e as Error).message, store: e instanceof StoreError };
    }
  };
  port.on('message', (m: { warm?: true; whole?: boolean; job?: number; file?: FileSeen; units?: number; text: string; source: string; opts: ScanTextOptions }) => {
    try {
      alive();
      if (m.warm) {
        if (m.file) readFile(m.job!, m.file);
        else if (m.whole) open().readWhole();
        else open();
        return;
      }
      if (failed) return reply(failed);
      const s = open();
      if (m.job !== undefined) {
        const j = job;
        if (!j || j.id !== m.job || j.retry || (!j.failed && j.units !== m.units)) return reply({ retry: true });
        if (j.failed) return reply(j.failed);
        try {
          return reply({ findings: placeStreamed(j.found!, () => fileText(j.file), m.source, s, m.opts) });
        } catch (e) {
          if (e instanceof NotSameText) return reply({ retry: true });
          throw e;
        }
      }
      if (s.meta.data) {
        // Registered data tables are matched on every word's span and digest: the words of the whole text, as in process.
        const words = wordsOf(m.text, false, alive);
        alive();
        return reply({ findings: storeFindings(m.text, m.source, s, m.opts, words) });
      }
      // Documents only: the words hashed window by window, only the shingles looked up kept (see stream.ts).
      reply({ findings: s.meta.docCount > 0 ? streamedFindings(stringSource(m.text), () => m.text, m.source, s, m.opts, alive) : [] });
    } catch (e) {
      const r = { error: (e as Error).message, store: e instanceof StoreError };
      if (m.warm) failed = r;
      else reply(r);
    }
  });
}
