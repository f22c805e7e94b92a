import type { Language } from '../../services/i18n';
import type { SourceFile } from './load';

/*
 * The example call for applications shipped in assets/examples/applicants, bundled for offline
 * demos; the Chinese interface loads their Chinese twins (assets/examples/zh-CN/applicants/).
 */
const english = import.meta.glob<string>('../../../assets/examples/applicants/*.json', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const chinese = import.meta.glob<string>('../../../assets/examples/zh-CN/applicants/*.json', {
  query: '?raw',
  import: 'default',
  eager: true,
});

function listed(texts: Record<string, string>): readonly SourceFile[] {
  return Object.entries(texts)
    .map(([path, text]) => ({ name: path.split('/').pop() ?? path, text }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

const byLanguage: Readonly<Record<Language, readonly SourceFile[]>> = {
  en: listed(english),
  'zh-CN': listed(chinese),
};

/** The example applicants in the language shown. */
export function exampleApplicantsIn(language: Language): readonly SourceFile[] {
  return byLanguage[language];
}
