import { defineConfig } from 'vitest/config';

// Resolve @kehoach/schema to its TypeScript source, as the extension's bundle does.
export default defineConfig({
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'] } },
  // A hang guard, not a speed check: CI machines are shared and a busy one is slow.
  test: { include: ['src/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 120_000 },
});
