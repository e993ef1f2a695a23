// Preloaded with --require: appends a line to $PG_WORKER_LOG for every worker thread started (ESM imports see it too).
const wt = require('node:worker_threads');
const fs = require('node:fs');
const Original = wt.Worker;
wt.Worker = class extends Original {
  constructor(file, options) {
    if (wt.isMainThread && process.env.PG_WORKER_LOG) fs.appendFileSync(process.env.PG_WORKER_LOG, `${String(file)}\n`);
    super(file, options);
  }
};
require('node:module').syncBuiltinESMExports();
