import type { Language } from '../../services/i18n';

/**
 * The example scenario files shipped in assets/examples, bundled as text so that opening one works
 * offline and in the browser build alike; each is read through the same loader as any file. The
 * Chinese interface offers their Chinese twins (assets/examples/zh-CN/, generated from the English
 * files by scripts/zh-examples.mjs), under the same ids.
 */
const english = import.meta.glob<string>('../../../assets/examples/*.json', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const chinese = import.meta.glob<string>('../../../assets/examples/zh-CN/*.json', {
  query: '?raw',
  import: 'default',
  eager: true,
});

export interface Example {
  /** The file's name without `.json`, e.g. `reference-a`; the same in both languages. */
  readonly id: string;
  readonly fileName: string;
  readonly text: string;
}

function listed(texts: Record<string, string>): readonly Example[] {
  return Object.entries(texts)
    .map(([path, text]) => {
      const fileName = path.split('/').pop() ?? path;
      return { id: fileName.replace(/\.json$/, ''), fileName, text };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}

const byLanguage: Readonly<Record<Language, readonly Example[]>> = {
  en: listed(english),
  'zh-CN': listed(chinese),
};

/** The examples in the language shown. */
export function examplesIn(language: Language): readonly Example[] {
  return byLanguage[language];
}
