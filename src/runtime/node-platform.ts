import { createRequire } from 'node:module';
import { type Platform, usePlatform } from '../engine/platform.js';

/**
 * The engine's platform under Node: Buffer's decoders (several times faster than TextDecoder or fromCharCode on
 * large views) and packages required on first use, as they were before the engine was made pure. Importing this
 * module installs it; every Node entry (library, CLI, workers, build step, rule loading) does.
 */
const require = createRequire(import.meta.url);
const loaded = new Map<string, unknown>();

export const nodePlatform: Platform = {
  latin1: (bytes, length) => Buffer.from(bytes.buffer, bytes.byteOffset, length).toString('latin1'),
  utf16: (units, length) => Buffer.from(units.buffer, units.byteOffset, length * 2).toString('ucs2'),
  // (Little-endian, as WebAssembly memory is whatever the host's order.)
  unitsInto: (text, target) => void Buffer.from(target.buffer, target.byteOffset, target.byteLength).write(text, 0, 'utf16le'),
  utf8: (bytes) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8'),
  base64: (text) => Buffer.from(text, 'base64'),
  load(name) {
    let m = loaded.get(name);
    if (m === undefined) loaded.set(name, (m = require(name)));
    return m as never;
  },
};

usePlatform(nodePlatform);
