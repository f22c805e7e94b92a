import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FLAG_CODES } from '../../../shared/compare';
import { catalogue, type NamespaceName } from '../../../shared/i18n/catalogue';
import { fill, textAt, translator } from '../../../shared/i18n/texts';
import { englishWords } from '../../helpers/english-words';

/*
 * The one catalogue (shared/i18n/catalogue): every namespace has every text in English and
 * Chinese, none empty, with the same `{{placeholders}}`, translated unless it is a name, and the
 * keys the code names exist — and, where the code names keys as strings, every key is used.
 */

const root = join(__dirname, '..', '..', '..');

/** Every string of a namespace's language (nested objects, lists), by its dotted key. */
function leaves(value: unknown, path = ''): Map<string, string> {
  const found = new Map<string, string>();
  if (typeof value === 'string') return found.set(path, value);
  for (const [key, child] of Object.entries(value as Record<string, unknown>))
    for (const [inner, text] of leaves(child, path === '' ? key : `${path}.${key}`))
      found.set(inner, text);
  return found;
}

const namespaces = Object.keys(catalogue) as NamespaceName[];
const texts = (namespace: NamespaceName, language: 'en' | 'zh-CN') =>
  leaves(catalogue[namespace][language]);

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

/** Texts the same in both languages on purpose: names, units, symbols, formula layouts. */
const SAME_IN_BOTH: Readonly<Record<NamespaceName, readonly string[]>> = {
  app: [
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
  ],
  applicants: ['table.none'],
  report: [],
  comparisonReport: [],
  menus: [],
  statements: ['none'],
  metrics: [],
  cliTable: ['units.ten-thousand', 'units.hundred-million'],
  workbook: ['lay.capex', 'lay.line', 'lay.loan'],
};

/** Source files under a folder of the repository, as text. */
function sources(folder: string): string[] {
  return (readdirSync(join(root, folder), { recursive: true }) as string[])
    .filter((file) => /\.tsx?$/.test(file) && !file.endsWith('.d.ts'))
    .map((file) => readFileSync(join(root, folder, file), 'utf8'));
}

describe.each(namespaces)('the namespace %s', (namespace) => {
  const english = texts(namespace, 'en');
  const chinese = texts(namespace, 'zh-CN');

  it('has every text in both languages, none empty', () => {
    expect([...chinese.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [key, text] of [...english, ...chinese]) expect(text.trim(), key).not.toBe('');
  });

  it('uses the same placeholders in both languages, all written {{name}}', () => {
    for (const [key, text] of english) {
      expect(placeholders(chinese.get(key) ?? ''), key).toEqual(placeholders(text));
      for (const written of [text, chinese.get(key) ?? ''])
        expect(written.replace(/\{\{\w+\}\}/g, ''), key).not.toMatch(/\{\w+\}/);
    }
  });

  it('translates every text that is not a name', () => {
    const same = [...english]
      .filter(([key, text]) => chinese.get(key) === text)
      .map(([key]) => key)
      .sort();
    expect(same).toEqual([...SAME_IN_BOTH[namespace]].sort());
  });
});

describe('the printed reports’ Chinese texts', () => {
  it.each(['report', 'comparisonReport'] as const)('%s: Chinese, with no English word', (name) => {
    for (const [key, text] of texts(name, 'zh-CN')) {
      // Names what a settings file may say (npvPerSubsidy, field:NAME): words of the file, not English.
      if (key === 'failed.codes.unknown_criterion') continue;
      const words = text.replace(/\{\{\w+\}\}/g, '');
      // A template of placeholders and punctuation only has nothing to translate.
      if (!/\p{L}/u.test(words)) continue;
      expect(words, key).toMatch(/\p{Script=Han}/u);
      expect(englishWords(words), key).toEqual([]);
    }
  });
});

describe('the keys the code names', () => {
  it('exist for every interface text named literally, t(`key`)', () => {
    const used = new Set<string>();
    const interfaceSources = [
      ...sources('renderer').filter((source) => !source.includes('useApplicantsT')),
    ];
    for (const source of interfaceSources)
      for (const match of source.matchAll(/\bt\(\s*'([a-zA-Z0-9_.-]+)'/g)) used.add(match[1] ?? '');
    expect(used.size).toBeGreaterThan(20);
    const english = texts('app', 'en');
    expect([...used].filter((key) => !english.has(key))).toEqual([]);
  });

  it('exist for every validation code the scenario loader reports', () => {
    const codes = new Set<string>();
    for (const source of sources('shared/scenario')) {
      // issue(path, 'code', …) where path is a name, a list literal or a call such as at(…).
      for (const match of source.matchAll(
        /issue\(\s*(?:\[[^\]]*\]|\w+\([^)]*\)|[\w.]+)\s*,\s*'([a-z_]+)'/g,
      ))
        codes.add(match[1] ?? '');
      // Codes carried in zod's custom issues: `params: { code: 'out_of_range', … }`.
      for (const match of source.matchAll(/code: '([a-z_]+)'/g))
        if (match[1] !== 'custom') codes.add(match[1] ?? '');
      for (const match of source.matchAll(/small \? '([a-z_]+)' : '([a-z_]+)'/g)) {
        codes.add(match[1] ?? '');
        codes.add(match[2] ?? '');
      }
    }
    expect(codes.size).toBeGreaterThan(30);
    const english = texts('app', 'en');
    expect([...codes].filter((code) => !english.has(`validation.${code}`))).toEqual([]);
  });

  it('exist for every flag of the applicant workspace', () => {
    const english = texts('applicants', 'en');
    expect(FLAG_CODES.filter((code) => !english.has(`flags.codes.${code}`))).toEqual([]);
  });

  it.each([
    ['menus', ['main']],
    ['workbook', ['shared/export/formula-workbook']],
  ] as const)('%s: every text is used', (namespace, folders) => {
    const code = folders.flatMap(sources).join('\n');
    // A key built at run time: `method.${…}` uses every key under `method.`.
    const prefixes = [...code.matchAll(/`([a-zA-Z]+\.)\$\{/g)].map((m) => m[1] ?? '');
    const unused = [...texts(namespace, 'en').keys()].filter(
      (key) => !code.includes(`'${key}'`) && !prefixes.some((prefix) => key.startsWith(prefix)),
    );
    expect(unused).toEqual([]);
  });
});

describe('the lookup', () => {
  it('fills {{placeholders}} and leaves one without a value as written', () => {
    expect(fill('NPV {{npv}} at {{rate}}', { npv: '¥1.00' })).toBe('NPV ¥1.00 at {{rate}}');
    expect(fill('{{count}} files', { count: 0 })).toBe('0 files');
  });

  it('finds a text by its dotted key in either language, and refuses a key that is no text', () => {
    expect(translator(catalogue.menus['zh-CN'])('file.saveAs')).toBe('另存为…');
    expect(translator(catalogue.menus.en)('app.quit', { app: 'Yardstick' })).toBe('Quit Yardstick');
    expect(() => textAt(catalogue.menus.en, 'file')).toThrow('No text "file"');
  });
});
