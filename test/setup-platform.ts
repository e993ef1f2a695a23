// Tests import engine modules directly (not through a Node entry): run them on the Node platform, as the CLI and
// the library do. The browser build is tested on its own platform in test/browser.test.ts.
import '../src/runtime/node-platform.js';
