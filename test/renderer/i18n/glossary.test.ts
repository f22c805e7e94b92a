import { describe, expect, it } from 'vitest';
import type { Locale } from '../../../shared/i18n/locale';
import { catalogue } from '../../../shared/i18n/catalogue';
import { metricTexts } from '../../../shared/i18n/catalogue/metrics';
import { GLOSSARY, type Term } from '../../../shared/i18n/glossary';

/*
 * One concept, one name: no text of the catalogue (shared/i18n/catalogue, every namespace) nor any
 * Chinese example a report prints names a concept of the glossary by one of the names it lists as
 * wrong (补贴的必要性 or 额外性 for 补贴促成, 投资回收期 without 静态/动态, 已拨款 for a proposal,
 * 净现值 without 财务 …).
 */

/** Every string of a catalogue (nested objects, arrays), with where it is. */
function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value))
    return value.flatMap((item, index) => strings(item, `${path}[${index}]`));
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) =>
      strings(item, path === '' ? key : `${path}.${key}`),
    );
  return [];
}

const exampleTexts = import.meta.glob<string>('../../../assets/examples/zh-CN/**/*.json', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const chineseExamples = Object.entries(exampleTexts).map(([path, text]): [string, unknown] => [
  path.replace(/^(\.\.\/)+/, ''),
  JSON.parse(text),
]);

const namespaces = Object.entries(catalogue);
const catalogues: Record<Locale, [string, unknown][]> = {
  en: namespaces.map(([name, texts]) => [name, texts.en]),
  'zh-CN': [
    ...namespaces.map(([name, texts]): [string, unknown] => [name, texts['zh-CN']]),
    ...chineseExamples,
  ],
};

describe('the glossary', () => {
  for (const language of ['en', 'zh-CN'] as const) {
    it(`is the only way ${language} texts name its concepts`, () => {
      const found: string[] = [];
      for (const [concept, entry] of Object.entries(GLOSSARY) as [string, Term][]) {
        for (const pattern of entry.not?.[language] ?? []) {
          for (const [catalogue, tree] of catalogues[language])
            for (const [path, text] of strings(tree)) {
              const match = pattern.exec(text);
              if (match)
                found.push(
                  `${catalogue} ${path}: "${match[0]}" where ${concept} is "${entry[language]}"`,
                );
            }
        }
      }
      expect(found).toEqual([]);
    });
  }

  /*
   * The groups of texts that name metrics by their keys (the results' cards, the report's key
   * figures, the comparison's columns, the risk and scenario screens, the export's lists): each name
   * there is the metrics namespace's, long or short. A group naming a metric its own way is a
   * second name. (The workbook with formulas writes each metric's formula beside its name, so its
   * rows are not names alone; the glossary's patterns above hold it.)
   */
  const NAMING_GROUPS = new Set(['kpi', 'labels', 'furtherLabels', 'columns', 'metrics']);
  for (const language of ['en', 'zh-CN'] as const) {
    it(`names each metric in ${language} as the metrics namespace does, wherever it is named by its key`, () => {
      const names = metricTexts[language] as unknown as Record<string, string> & {
        short: Record<string, string>;
      };
      const found: string[] = [];
      for (const [namespace, texts] of namespaces) {
        if (namespace === 'metrics') continue;
        for (const [path, text] of strings(texts[language])) {
          const [group, key] = path.split('.').slice(-2);
          if (group === undefined || key === undefined || !NAMING_GROUPS.has(group)) continue;
          if (key === 'short' || typeof names[key] !== 'string') continue;
          if (text !== names[key] && text !== names.short[key])
            found.push(`${namespace} ${path}: "${text}" where the metric is "${names[key]}"`);
        }
      }
      expect(found).toEqual([]);
    });
  }

  it('reads every catalogue and every Chinese example', () => {
    // Every English example has its Chinese twin (examples-zh.test.ts checks the figures).
    const english = import.meta.glob('../../../assets/examples/{*,applicants/*}.json');
    expect(chineseExamples).toHaveLength(Object.keys(english).length);
    for (const [name, tree] of [...catalogues.en, ...catalogues['zh-CN']])
      expect(strings(tree).length, name).toBeGreaterThan(10);
  });

  it('finds a concept named two ways', () => {
    // The test's own check, on texts that name a concept the wrong way and the right way.
    const wrong = [
      '补贴的必要性',
      '项目的额外性',
      '投资回收期 3 年',
      '已拨款 100 万元',
      '净现值为正',
      '偿债覆盖率',
      '回收期推迟',
      '可资助投资额',
      '无补贴财务净现值',
    ];
    const right = [
      '补贴促成',
      '静态投资回收期 3 年',
      '建议资助 100 万元',
      '财务净现值为正',
      '偿债备付率',
      '一次性税前扣除',
      '动态投资回收期推迟',
      '符合条件的投资 × 资金缺口率',
      '无补贴亦可行',
    ];
    const patterns = Object.values(GLOSSARY as Record<string, Term>).flatMap(
      (entry) => entry.not?.['zh-CN'] ?? [],
    );
    const flagged = (text: string) => patterns.some((pattern) => pattern.test(text));
    expect(wrong.filter((text) => !flagged(text))).toEqual([]);
    expect(right.filter(flagged)).toEqual([]);
  });

  it('names every concept in both languages, each name its own', () => {
    for (const language of ['en', 'zh-CN'] as const) {
      const names = Object.values(GLOSSARY as Record<string, Term>).map((entry) => entry[language]);
      expect(new Set(names).size).toBe(names.length);
      for (const name of names) expect(name.trim()).not.toBe('');
    }
  });
});
