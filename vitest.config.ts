import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'packages/*/test/**/*.test.ts',
      'packages/web/test/**/*.test.tsx',
      'e2e/**/*.test.ts',
    ],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    env: { TZ: 'UTC' },
    // Browser and server steps under load take seconds, not the 1 s default of expect.poll.
    expect: { poll: { timeout: 30_000, interval: 100 } },
  },
});
