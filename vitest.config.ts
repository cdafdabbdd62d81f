import { defineConfig } from 'vitest/config';

/**
 * Four projects, run separately by `npm test`: unit (pure logic), integration (Node-side
 * code against fake vendor servers on loopback and the real keychain), medusa (the xclade
 * connector against a real Medusa server) and e2e (the built
 * renderer in Debian's Chromium, bridged to the real handlers).
 */
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node' } },
      { test: { name: 'integration', include: ['test/integration/**/*.test.ts'], environment: 'node', testTimeout: 30_000, hookTimeout: 30_000 } },
      {
        // The xclade connector and CLI against a real Medusa v2 on PostgreSQL (test/medusa/backend.ts).
        test: {
          name: 'medusa',
          include: ['test/medusa/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/medusa/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One server for every file; files one at a time keep the 2-core machine responsive.
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 90_000,
          hookTimeout: 60_000,
          // One browser at a time: the machine has two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
