import { workerData } from 'node:worker_threads';

// Entry point of the regex watchdog's worker thread; everything lives in regex-watchdog.ts. The import is dynamic so
// that a failure to load is reported to the waiting main thread at once instead of after the startup deadline.
import('./regex-watchdog.js').then(
  (m) => m.runWorker(workerData),
  (e: Error) => {
    const { port, state } = workerData as { port: import('node:worker_threads').MessagePort; state: Int32Array };
    port.postMessage({ error: `cannot load the scan worker: ${e.message}` });
    Atomics.add(state, 2, 1);
    Atomics.notify(state, 2);
  },
);
