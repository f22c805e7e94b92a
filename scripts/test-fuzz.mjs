#!/usr/bin/env node
// `npm run test:fuzz`: every hostile-input and fault case, not just the subset `npm test` runs.
import { spawnSync } from 'node:child_process';

const run = spawnSync('npx', ['vitest', 'run', '--project', 'fuzz', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, YARDSTICK_FUZZ: 'full' },
});
process.exitCode = run.status ?? 1;
