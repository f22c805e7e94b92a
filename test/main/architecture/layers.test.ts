import { posix } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The layers of shared/ and the renderer are lint rules (eslint.config.js): each folder lists
 * what it may import. For every folder and every other folder of the same tree this lints a
 * one-line file inside the first that imports a file of the second, as the code would, and expects
 * the rule to fire exactly when the second is not on the first's list; each exception (an entry
 * naming one file) is allowed while a file beside it is refused.
 */
const eslint = new ESLint({ cwd: process.cwd() });
const RULE = 'layers/allowed-imports';

interface LayerOptions {
  readonly scope: string;
  readonly folders: Readonly<Record<string, readonly string[]>>;
}

async function layersOf(probe: string): Promise<LayerOptions> {
  const config = (await eslint.calculateConfigForFile(probe)) as {
    rules?: Record<string, [unknown, LayerOptions]>;
  };
  const entry = config.rules?.[RULE];
  if (!entry) throw new Error(`${RULE} does not apply to ${probe}`);
  return entry[1];
}

async function layerErrors(filePath: string, target: string): Promise<string[]> {
  let specifier = posix.relative(posix.dirname(filePath), target.replace(/\.tsx?$/, ''));
  if (!specifier.startsWith('.')) specifier = `./${specifier}`;
  const code = `import { probe } from '${specifier}';\nexport const used = probe;\n`;
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === RULE).map((m) => m.message);
}

const inside = (path: string, place: string): boolean =>
  path === place || path.startsWith(`${place}/`);

function cases({ folders }: LayerOptions): [string, string, boolean][] {
  const names = Object.keys(folders).filter((name) => !/\.tsx?$/.test(name));
  const list: [string, string, boolean][] = [];
  for (const from of names) {
    const allowed = folders[from] ?? [];
    for (const to of names) {
      if (to === from || inside(from, to) || inside(to, from)) continue;
      const target = `${to}/probe-target.ts`;
      list.push([from, target, allowed.some((place) => inside(target, place))]);
    }
    for (const exception of allowed.filter((place) => /\.tsx?$/.test(place))) {
      list.push([from, exception, true]);
      list.push([from, posix.join(posix.dirname(exception), 'beside-the-exception.ts'), false]);
    }
  }
  return list;
}

// Hundreds of lints: more than vitest's 5 s on a busy 2-core machine.
const MANY_LINTS = { timeout: 180_000 };

describe.each(['shared', 'renderer'])('the layers of %s/', (tree) => {
  it(
    'list every folder of the tree, and fire exactly on what a folder does not list',
    MANY_LINTS,
    async () => {
      const options = await layersOf(`${tree}/probe.ts`);
      expect(options.scope).toBe(tree);
      const list = cases(options);
      // Every pair of folders is a case, so a rule that never fires (or always fires) fails here.
      expect(list.some(([, , allowed]) => allowed)).toBe(true);
      expect(list.some(([, , allowed]) => !allowed)).toBe(true);
      const wrong: string[] = [];
      for (const [from, target, allowed] of list) {
        const errors = await layerErrors(`${from}/probe.ts`, target);
        if (allowed !== (errors.length === 0)) {
          wrong.push(`${from} -> ${target}: expected ${allowed ? 'allowed' : 'refused'}`);
        }
      }
      expect(wrong).toEqual([]);
    },
  );
});

describe('a layer violation', () => {
  it('names the folder and what it may import', async () => {
    const [message] = await layerErrors('shared/model/probe.ts', 'shared/analysis/tornado.ts');
    expect(message).toContain('shared/model may not import shared/analysis/tornado');
    expect(message).toContain('shared/finance');
  });

  it('is not about imports from outside the tree', async () => {
    expect(
      await layerErrors('shared/finance/probe.ts', 'node_modules/decimal.js/index.ts'),
    ).toEqual([]);
  });
});
