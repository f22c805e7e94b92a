import type { Locale } from './locale';

/*
 * The one way Yardstick's texts are written and filled in. A namespace of the catalogue holds an
 * object per language; the Chinese one has the English one's type, so a text missing in one
 * language does not compile. A placeholder is `{{name}}` everywhere — i18next's syntax, so the
 * interface's texts and everyone else's read alike.
 */

/** The shape every language must fill: the same keys as English, any text. */
export type Texts<T> = {
  readonly [K in keyof T]: T[K] extends string ? string : Texts<T[K]>;
};

/** A namespace: its texts in every language. */
export type Namespace<T> = Readonly<Record<Locale, Texts<T>>>;

/** The values of a text's placeholders. */
export type Params = Readonly<Record<string, string | number>>;

/** Every text of a tree by its dotted key: `'file.saveAs'`. */
export type TextKey<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : TextKey<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** `fill('NPV {{npv}}', { npv: '¥1.00' })` → `NPV ¥1.00`; a placeholder without a value stays. */
export function fill(template: string, params: Params = {}): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** The text at a dotted key of a tree; a key that is not a text throws (a programming error). */
export function textAt(tree: unknown, key: string): string {
  let here: unknown = tree;
  for (const part of key.split('.')) here = (here as Record<string, unknown> | undefined)?.[part];
  if (typeof here !== 'string') throw new Error(`No text "${key}"`);
  return here;
}

/** Looks up and fills the texts of one namespace in one language: `t('file.saveAs')`. */
export function translator<T>(texts: T): (key: TextKey<T>, params?: Params) => string {
  return (key, params) => fill(textAt(texts, key), params);
}
