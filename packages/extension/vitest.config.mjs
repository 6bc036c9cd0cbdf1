import { defineConfig } from 'vitest/config';

// Resolve @kehoach/schema to its TypeScript source, as the extension's bundle does.
export default defineConfig({
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'] } },
  test: { include: ['src/**/*.test.ts'] },
});
