// Preloaded with --require (through NODE_OPTIONS, so worker threads and child processes get it too): any use of
// the network modules throws and is written to $PG_NET_LOG, so an attempt cannot be hidden by a catch.
const fs = require('node:fs');
const log = process.env.PG_NET_LOG;
const note = (what) => {
  if (log) fs.appendFileSync(log, `${what}\n`);
  throw new Error(`network use forbidden in this test: ${what}`);
};
const block = (mod, names) => {
  const m = require(mod);
  for (const n of names) if (typeof m[n] === 'function') m[n] = () => note(`${mod}.${n}`);
};
block('node:net', ['connect', 'createConnection', 'createServer']);
require('node:net').Socket.prototype.connect = () => note('net.Socket.connect');
block('node:dns', ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveTxt', 'reverse']);
for (const n of ['lookup', 'resolve', 'resolve4', 'resolve6']) require('node:dns').promises[n] = () => note(`dns.promises.${n}`);
block('node:http', ['request', 'get', 'createServer']);
block('node:https', ['request', 'get', 'createServer']);
block('node:tls', ['connect', 'createServer']);
block('node:dgram', ['createSocket']);
if (typeof globalThis.fetch === 'function') globalThis.fetch = () => note('fetch');
if (log) fs.appendFileSync(log, '');
