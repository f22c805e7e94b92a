import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The dependency arrows (renderer -> shared <- main) are enforced by the lint.
 * Each case lints a one-line file at a path inside the tree and expects the boundary rule to fire.
 */
const eslint = new ESLint({ cwd: process.cwd() });

async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals')
    .map((m) => m.message);
}

describe('import boundaries', () => {
  it.each([
    ['shared/finance/leak.ts', "import { x } from '../../main/index';\nexport const y = x;\n"],
    ['shared/finance/leak.ts', "import { x } from '../../renderer/App';\nexport const y = x;\n"],
    [
      'shared/finance/leak.ts',
      "import { readFileSync } from 'node:fs';\nexport const y = readFileSync;\n",
    ],
    [
      'shared/finance/leak.ts',
      "import { readFileSync } from 'fs';\nexport const y = readFileSync;\n",
    ],
    ['shared/finance/leak.ts', "import { app } from 'electron';\nexport const y = app;\n"],
    ['shared/finance/leak.ts', 'export const title = document.title;\n'],
    ['renderer/leak.ts', "import { x } from '../main/index';\nexport const y = x;\n"],
    [
      'renderer/leak.ts',
      "import { ipcRenderer } from 'electron';\nexport const y = ipcRenderer;\n",
    ],
    ['renderer/leak.ts', "import { join } from 'node:path';\nexport const y = join;\n"],
    ['main/leak.ts', "import { App } from '../renderer/App';\nexport const y = App;\n"],
  ])('%s refuses: %s', async (filePath, code) => {
    expect(await boundaryErrors(filePath, code)).not.toEqual([]);
  });

  it.each([
    ['shared/finance/ok.ts', "import { Dec } from './decimal';\nexport const y = new Dec(1);\n"],
    [
      'renderer/ok.ts',
      "import { Dec } from '../shared/finance/decimal';\nexport const y = new Dec(1);\n",
    ],
    [
      'main/ok.ts',
      "import { join } from 'node:path';\nimport { Dec } from '../shared/finance/decimal';\nexport const y = [join, Dec];\n",
    ],
  ])('%s allows the arrows of the architecture', async (filePath, code) => {
    expect(await boundaryErrors(filePath, code)).toEqual([]);
  });
});
