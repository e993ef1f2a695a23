/**
 * `node:zlib` for the document readers in a browser (scripts/bundle-extension.mjs maps the import here). The readers
 * inflate zip entries synchronously (input/extract/zip.ts); a browser inflates only asynchronously
 * (DecompressionStream). So `inflateRawSync` answers from what was inflated before, and for anything new it notes
 * the request and throws; `readDocument` (documents.ts) then inflates what was asked for and runs the reader again,
 * until a run asks for nothing new. Output is counted while it streams: past the caller's `maxOutputLength` the
 * stream is cancelled and the next call throws a RangeError, which the zip reader reports as a bomb, as under Node.
 */
interface Request {
  data: Uint8Array;
  key: string;
  cap?: number;
  /** A partial inflation (the first bytes of an entry, Z_SYNC_FLUSH): a truncated stream is not an error. */
  partial: boolean;
}
type Outcome = Uint8Array | 'too-large' | 'corrupt';

export const constants = { Z_SYNC_FLUSH: 2 };

let results = new WeakMap<ArrayBufferLike, Map<string, Outcome>>();
let pending: Request[] = [];

/** Thrown for an inflation not made yet; the zip reader turns it into an error of its own, readDocument retries. */
class NotYetInflated extends Error {}

export function inflateRawSync(data: Uint8Array, opts: { maxOutputLength?: number; finishFlush?: number } = {}): Uint8Array {
  const partial = opts.finishFlush !== undefined;
  const key = `${data.byteOffset}:${data.byteLength}:${opts.maxOutputLength ?? ''}:${partial ? 'p' : ''}`;
  const hit = results.get(data.buffer)?.get(key);
  if (hit === undefined) {
    if (!pending.some((r) => r.data.buffer === data.buffer && r.key === key)) pending.push({ data, key, cap: opts.maxOutputLength, partial });
    throw new NotYetInflated('not inflated yet');
  }
  if (hit === 'too-large') throw new RangeError('inflated data larger than maxOutputLength');
  if (hit === 'corrupt') throw new Error('invalid compressed data');
  return hit;
}

/** Inflates what the last run asked for; false when it asked for nothing (the run's result stands). */
export async function inflatePending(): Promise<boolean> {
  const todo = pending;
  pending = [];
  for (const r of todo) {
    let map = results.get(r.data.buffer);
    if (!map) results.set(r.data.buffer, (map = new Map()));
    map.set(r.key, await inflate(r));
  }
  return todo.length > 0;
}

/** Forgets every inflation (between documents: their bytes are not kept alive by this module). */
export function resetInflations(): void {
  results = new WeakMap();
  pending = [];
}

async function inflate(r: Request): Promise<Outcome> {
  const ds = new DecompressionStream('deflate-raw');
  const writer = ds.writable.getWriter();
  writer.write(r.data as Uint8Array<ArrayBuffer>).catch(() => undefined);
  writer.close().catch(() => undefined);
  const reader = ds.readable.getReader();
  const chunks: Uint8Array[] = [];
  let n = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      n += value.length;
      if (r.cap !== undefined && n > r.cap) {
        reader.cancel().catch(() => undefined);
        return 'too-large';
      }
    }
  } catch {
    if (!r.partial) return 'corrupt';
  }
  const out = new Uint8Array(n);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

type InflateEvent = 'data' | 'error' | 'end' | 'close';

/**
 * `zlib.createInflate()` as the PDF reader's stream check uses it (input/extract/pdf.ts: `on`, `end(data)`,
 * `destroy`): the zlib stream inflated by DecompressionStream('deflate'), each chunk handed to 'data' listeners
 * and dropped, so only its size is ever counted; `destroy` cancels the rest.
 */
export function createInflate(_opts?: { chunkSize?: number }) {
  const listeners: { [K in InflateEvent]: ((arg?: unknown) => void)[] } = { data: [], error: [], end: [], close: [] };
  const emit = (e: InflateEvent, arg?: unknown) => listeners[e].forEach((f) => f(arg));
  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  let destroyed = false;
  const z = {
    on(e: InflateEvent, f: (arg?: never) => void) {
      listeners[e].push(f as (arg?: unknown) => void);
      return z;
    },
    end(data: Uint8Array) {
      const ds = new DecompressionStream('deflate');
      const writer = ds.writable.getWriter();
      writer.write(data as Uint8Array<ArrayBuffer>).catch(() => undefined);
      writer.close().catch(() => undefined);
      reader = ds.readable.getReader();
      void (async () => {
        try {
          for (;;) {
            const { done, value } = await reader!.read();
            if (done || destroyed) break;
            emit('data', value);
          }
          if (!destroyed) emit('end');
        } catch (e) {
          if (!destroyed) emit('error', e);
        }
        emit('close');
      })();
    },
    destroy() {
      destroyed = true;
      reader?.cancel().catch(() => undefined);
    },
  };
  return z;
}
