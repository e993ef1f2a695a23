// Tests import engine modules directly (not through a Node entry): run them on the Node platform, as the CLI and
// the library do. The browser build is tested on its own platform in test/browser.test.ts.
import '../src/runtime/node-platform.js';
import { afterAll } from 'vitest';
import { removeTempDirs } from './helpers/cli.js';

// Folders made by test/helpers/cli.ts tempDir() are removed once the file's tests are done (its own afterAll hooks
// run first), so a run leaves nothing under the temporary folder.
afterAll(() => removeTempDirs());
