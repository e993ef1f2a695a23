import { workerData } from 'node:worker_threads';

// Entry point of the fingerprint worker thread; everything lives in parallel.ts. The imports are dynamic so that a
// failure to load is reported to the waiting main thread at once instead of after its stall deadline.
import('../runtime/node-platform.js').then(() => import('./parallel.js')).then(
  (m) => m.runFingerprintWorker(workerData),
  (e: Error) => {
    const { port, state } = workerData as { port: import('node:worker_threads').MessagePort; state: Int32Array };
    port.postMessage({ error: `cannot load the fingerprint worker: ${e.message}` });
    Atomics.add(state, 1, 1);
    Atomics.notify(state, 1);
  },
);
