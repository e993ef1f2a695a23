import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/setup-platform.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
