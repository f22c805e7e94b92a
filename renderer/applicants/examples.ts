import type { SourceFile } from './load';

/** The example call for applications shipped in assets/examples/applicants, bundled for offline demos. */
const texts = import.meta.glob<string>('../../assets/examples/applicants/*.json', {
  query: '?raw',
  import: 'default',
  eager: true,
});

export const exampleApplicants: readonly SourceFile[] = Object.entries(texts)
  .map(([path, text]) => ({ name: path.split('/').pop() ?? path, text }))
  .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
