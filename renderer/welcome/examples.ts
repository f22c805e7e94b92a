/**
 * The example scenario files shipped in assets/examples, bundled as text so that opening one works
 * offline and in the browser build alike; each is read through the same loader as any file.
 */
const texts = import.meta.glob<string>('../../assets/examples/*.json', {
  query: '?raw',
  import: 'default',
  eager: true,
});

export interface Example {
  /** The file's name without `.json`, e.g. `reference-a`. */
  readonly id: string;
  readonly fileName: string;
  readonly text: string;
}

export const examples: readonly Example[] = Object.entries(texts)
  .map(([path, text]) => {
    const fileName = path.split('/').pop() ?? path;
    return { id: fileName.replace(/\.json$/, ''), fileName, text };
  })
  .sort((a, b) => a.id.localeCompare(b.id));
