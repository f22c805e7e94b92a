#!/usr/bin/env node
/*
 * Writes assets/schema/scenario.schema.json, the published JSON Schema of the scenario file,
 * from the zod schema in shared/scenario (through `yardstick schema`, so the committed file is
 * exactly what the command prints). test/shared/scenario/json-schema.test.ts fails when it is stale.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureCliBuilt } from './cli.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const target = join(root, 'assets', 'schema', 'scenario.schema.json');
const cli = await ensureCliBuilt();
const schema = execFileSync(process.execPath, [cli, 'schema'], { encoding: 'utf8' });
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, schema);
process.stdout.write(`wrote ${target}\n`);
