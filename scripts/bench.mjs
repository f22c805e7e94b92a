#!/usr/bin/env node
// `npm run bench`: vitest's benchmarks, then one table of medians per call with the machine's size,
// because vitest's own table shows means (which a single GC pause can move) and no core count.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';

const output = 'test-results/bench.json';
mkdirSync('test-results', { recursive: true });
const run = spawnSync(
  'npx',
  [
    'vitest',
    'bench',
    '--run',
    '--project',
    'node',
    '--outputJson',
    output,
    ...process.argv.slice(2),
  ],
  { stdio: 'inherit' },
);
if (run.status !== 0) process.exit(run.status ?? 1);

const ms = (value) =>
  value >= 100 ? value.toFixed(0) : value >= 1 ? value.toFixed(2) : value.toFixed(4);
const report = JSON.parse(readFileSync(output, 'utf8'));
const cpu = cpus()[0]?.model ?? 'unknown CPU';
console.log(
  `\nMedians per call on ${availableParallelism()} cores (${cpu}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
);
console.log(['benchmark', 'median ms', 'min ms', 'p75 ms', 'p99 ms', 'samples'].join(' | '));
for (const file of report.files) {
  for (const group of file.groups) {
    const groupName = group.fullName.replace(/^.*?> /, '');
    for (const b of group.benchmarks) {
      console.log(
        [
          `${groupName} › ${b.name}`,
          ms(b.median),
          ms(b.min),
          ms(b.p75),
          ms(b.p99),
          b.sampleCount,
        ].join(' | '),
      );
    }
  }
}
