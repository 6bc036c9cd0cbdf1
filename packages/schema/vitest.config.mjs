import { defineConfig } from 'vitest/config';

// Timeouts are hang guards, not speed limits: the suite runs on a 2-core machine shared with other
// jobs, where a test that takes a second alone can take ten. No test asserts a time.
export default defineConfig({
  test: { include: ['src/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 120_000 },
});
