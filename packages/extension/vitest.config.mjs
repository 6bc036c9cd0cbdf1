import { defineConfig } from 'vitest/config';

// Resolve @kehoach/schema to its TypeScript source, as the extension's bundle does.
// Timeouts are hang guards, not speed limits: bundling the extension twice (webBundle.test.ts)
// took 7 s on a busy 2-core machine, past vitest's default 5 s. No test asserts a time.
export default defineConfig({
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'] } },
  test: { include: ['src/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 120_000 },
});
