import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ClientOptions, ServerConnection } from './client.js';

/**
 * The library's client of `promptgate serve`: `const c = await connect(); await c.run(['scan', '--format', 'json'],
 * { stdin })` answers as the CLI would, from the user's running server, over one open connection. Rejects with
 * ServerUnavailable when no server of this build runs (then scan in process: `scan()`); a server that fails later
 * rejects that request the same way. Close the connection when done.
 */
export function connect(opts: Partial<ClientOptions> = {}): Promise<ServerConnection> {
  return ServerConnection.open({ root: resolve(dirname(fileURLToPath(import.meta.url)), '../..'), ...opts });
}
