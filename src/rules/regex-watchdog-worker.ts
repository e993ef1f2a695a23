import { workerData } from 'node:worker_threads';
import { runWorker } from './regex-watchdog.js';

// Entry point of the regex watchdog's worker thread; everything lives in regex-watchdog.ts.
runWorker(workerData);
