#!/usr/bin/env node
// The `yardstick` command: loads the built command line (vite.cli.config.ts → out/cli/yardstick.js).
import { existsSync } from 'node:fs';

const cli = new URL('../out/cli/yardstick.js', import.meta.url);
if (!existsSync(cli)) {
  process.stderr.write(
    'yardstick: the command line is not built yet. Run "npm run build:cli", or "npm run cli -- ARGS" from a checkout, which builds it first.\n',
  );
  process.exit(1);
}
await import(cli.href);
