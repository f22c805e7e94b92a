import { describe, expect, it } from 'vitest';
import { applicantsEn, applicantsZhCN } from '../../../renderer/applicants/i18n';
import { FLAG_CODES } from '../../../shared/compare';

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

const english = leaves(applicantsEn);
const chinese = leaves(applicantsZhCN as Tree);
/** The same in both languages on purpose: a dash for "no value". */
const sameInBoth = new Set(['table.none']);
const variables = (text: string) => [...text.matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort();

describe('the workspace’s translations', () => {
  it('have the same keys, every text translated, with the same variables', () => {
    expect([...chinese.keys()]).toEqual([...english.keys()]);
    for (const [key, text] of english) {
      const translated = chinese.get(key) ?? '';
      expect(translated.trim(), key).not.toBe('');
      if (!sameInBoth.has(key)) expect(translated, key).not.toBe(text);
      expect(variables(translated), key).toEqual(variables(text));
    }
  });

  it('say every flag’s reason in both languages', () => {
    for (const code of FLAG_CODES) {
      expect(english.has(`flags.codes.${code}`), code).toBe(true);
      expect(chinese.has(`flags.codes.${code}`), code).toBe(true);
    }
  });
});
