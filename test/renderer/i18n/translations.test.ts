import { describe, expect, it } from 'vitest';
import { en } from '../../../renderer/i18n/en';
import { languageFromLocales } from '../../../renderer/i18n/languages';
import { zhCN } from '../../../renderer/i18n/zh-CN';

type Tree = { readonly [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') found.set(path, value);
    else for (const [inner, text] of leaves(value, path)) found.set(inner, text);
  }
  return found;
}

const english = leaves(en);
const chinese = leaves(zhCN as Tree);

/** Texts that are the same in both languages on purpose: names, and each language's own name. */
const sameInBothLanguages = new Set([
  'app.name',
  'app.windowTitle',
  'app.windowTitleDirty',
  'language.en',
  'language.zh-CN',
  'format.tenThousandAmount',
  'format.tenThousandUnit',
  'format.hundredMillionAmount',
  'format.hundredMillionUnit',
  'format.yuanUnit',
]);

describe('the translations', () => {
  it('have the same keys in English and Chinese', () => {
    expect([...chinese.keys()].filter((key) => !english.has(key))).toEqual([]);
    expect([...english.keys()].filter((key) => !chinese.has(key))).toEqual([]);
  });

  it('have no empty text', () => {
    for (const [key, text] of [...english, ...chinese]) expect(text.trim(), key).not.toBe('');
  });

  it('translate every text that is not a name', () => {
    const untranslated = [...english]
      .filter(([key, text]) => chinese.get(key) === text && !sameInBothLanguages.has(key))
      .map(([key]) => key);
    expect(untranslated).toEqual([]);
  });

  it('use the same interpolation variables in both languages', () => {
    const variables = (text: string) => [...text.matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort();
    for (const [key, text] of english) {
      expect(variables(chinese.get(key) ?? ''), key).toEqual(variables(text));
    }
  });

  it('have a text for every key the interface names literally', () => {
    const sources = import.meta.glob<string>(
      [
        '../../../renderer/**/*.{ts,tsx}',
        '!**/*.d.ts',
        // The applicant workspace (and its PDF report) has its own namespace, typed keys and test.
        '!../../../renderer/applicants/**',
        '!../../../renderer/report/comparison/**',
      ],
      {
        query: '?raw',
        import: 'default',
        eager: true,
      },
    );
    const used = new Set<string>();
    for (const source of Object.values(sources)) {
      for (const match of source.matchAll(/\bt\(\s*'([a-zA-Z0-9_.-]+)'/g)) used.add(match[1] ?? '');
    }
    expect(used.size).toBeGreaterThan(20);
    expect([...used].filter((key) => !english.has(key) || !chinese.has(key))).toEqual([]);
  });

  it('translate every validation code the scenario loader reports', () => {
    const sources = import.meta.glob<string>('../../../shared/scenario/*.ts', {
      query: '?raw',
      import: 'default',
      eager: true,
    });
    const codes = new Set<string>();
    for (const source of Object.values(sources)) {
      // issue(path, 'code', …) where path is a name, a list literal or a call such as at(…).
      for (const match of source.matchAll(
        /issue\(\s*(?:\[[^\]]*\]|\w+\([^)]*\)|[\w.]+)\s*,\s*'([a-z_]+)'/g,
      )) {
        codes.add(match[1] ?? '');
      }
      // Codes carried in zod's custom issues: `params: { code: 'out_of_range', … }`.
      for (const match of source.matchAll(/code: '([a-z_]+)'/g)) {
        if (match[1] !== 'custom') codes.add(match[1] ?? '');
      }
      for (const match of source.matchAll(/small \? '([a-z_]+)' : '([a-z_]+)'/g)) {
        codes.add(match[1] ?? '');
        codes.add(match[2] ?? '');
      }
    }
    expect(codes.size).toBeGreaterThan(30);
    const missing = [...codes].filter((code) => !english.has(`validation.${code}`));
    expect(missing).toEqual([]);
  });
});

describe('the language from the system locale', () => {
  it.each([
    [['zh-CN', 'en'], 'zh-CN'],
    [['zh-TW'], 'zh-CN'],
    [['zh'], 'zh-CN'],
    [['en-GB', 'zh-CN'], 'en'],
    [['fr-FR', 'zh-CN'], 'zh-CN'],
    [['fr-FR'], 'en'],
    [[], 'en'],
  ])('%j gives %s', (locales, language) => {
    expect(languageFromLocales(locales)).toBe(language);
  });
});

describe('field labels', () => {
  it('name lists and sections by their own text, never by an object', async () => {
    const { createI18n } = await import('../../../renderer/i18n');
    const { fieldLabel } = await import('../../../renderer/i18n/issue-text');
    const i18n = createI18n('zh-CN');
    const exists = (key: string) => i18n.exists(key);
    expect(fieldLabel(['effects', 1, 'ramp'], i18n.t, exists)).toBe('效益 2 › 爬坡');
    expect(fieldLabel(['capex', 0, 'depreciation', 'salvage'], i18n.t, exists)).toBe(
      '投资项目 1 › 残值',
    );
    expect(fieldLabel(['capex', 0], i18n.t, exists, { capex: [{ name: 'AI 工作站' }] })).toBe(
      'AI 工作站',
    );
    expect(fieldLabel([], i18n.t, exists)).toBe('文件');
  });
});
