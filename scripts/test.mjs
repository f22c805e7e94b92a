#!/usr/bin/env node
// `npm test`: every check a change must pass, in the order that fails fastest, then one closing
// line that counts the tests of both runners ("total: N passed, N failed, N skipped").
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const results = 'test-results';
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

const steps = [
  ['typecheck shared/', 'npx', ['tsc', '-p', 'tsconfig.shared.json']],
  ['typecheck main/ and tests', 'npx', ['tsc', '-p', 'tsconfig.node.json']],
  ['typecheck renderer/', 'npx', ['tsc', '-p', 'tsconfig.web.json']],
  ['typecheck end-to-end tests', 'npx', ['tsc', '-p', 'tsconfig.e2e.json']],
  ['lint', 'npx', ['eslint', '--max-warnings', '0', '.']],
  ['format', 'npx', ['prettier', '--check', '--log-level', 'warn', '.']],
  [
    'unit tests',
    'npx',
    [
      'vitest',
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${results}/unit.json`,
    ],
  ],
  ['build the app', 'npx', ['electron-vite', 'build', '--logLevel', 'warn']],
  [
    'build the web renderer',
    'npx',
    ['vite', 'build', '--config', 'vite.web.config.ts', '--logLevel', 'warn'],
  ],
  ['end-to-end tests', 'npx', ['playwright', 'test']],
];

const failedSteps = [];
for (const [title, command, args] of steps) {
  console.log(`\n=== ${title}: ${command} ${args.join(' ')}`);
  const run = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true', FORCE_COLOR: '0' },
  });
  if (run.status !== 0) failedSteps.push(title);
}

function readJson(path) {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
}

const counts = { passed: 0, failed: 0, skipped: 0 };
const unit = readJson(`${results}/unit.json`);
if (unit) {
  counts.passed += unit.numPassedTests;
  counts.failed += unit.numFailedTests;
  counts.skipped += unit.numPendingTests + unit.numTodoTests;
}
const e2e = readJson(`${results}/e2e.json`);
if (e2e) {
  counts.passed += e2e.stats.expected;
  counts.failed += e2e.stats.unexpected + e2e.stats.flaky;
  counts.skipped += e2e.stats.skipped;
}

console.log('');
if (failedSteps.length > 0) console.log(`failed steps: ${failedSteps.join(', ')}`);
// A failed step that is not a test (typecheck, lint, build) still fails the run and the count.
const failed = counts.failed + (failedSteps.length > 0 && counts.failed === 0 ? 1 : 0);
console.log(`total: ${counts.passed} passed, ${failed} failed, ${counts.skipped} skipped`);
process.exit(failedSteps.length > 0 ? 1 : 0);
