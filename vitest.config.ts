import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          // A guard against a hung test, not a speed limit (speed is measured in the benches): the
          // generated-scenario and packaging tests take seconds, more on a busy 2-core machine.
          testTimeout: 30_000,
          include: ['test/shared/**/*.test.ts', 'test/main/**/*.test.ts'],
          benchmark: { include: ['test/bench/**/*.bench.ts'] },
        },
      },
      {
        test: {
          // Hostile input: a fast subset in `npm test`, every case in `npm run test:fuzz`.
          name: 'fuzz',
          environment: 'node',
          include: ['test/fuzz/**/*.test.ts'],
          benchmark: { include: [] },
        },
      },
      {
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['test/renderer/**/*.test.{ts,tsx}'],
          // A whole screen typed into through jsdom can take more than vitest's 5 s on a busy
          // 2-core machine; speed is measured in the benchmarks and the load suite, not here.
          testTimeout: 30_000,
          benchmark: { include: [] },
        },
      },
    ],
  },
});
