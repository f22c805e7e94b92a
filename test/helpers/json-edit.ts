/** Edits of a parsed JSON document by path, for tests that break one field of a valid file. */

export type JsonDocument = Record<string, unknown>;
type Path = readonly (string | number)[];

function container(document: JsonDocument, path: Path): Record<string | number, unknown> {
  let here: unknown = document;
  for (const key of path.slice(0, -1)) here = (here as Record<string | number, unknown>)[key];
  if (here === null || typeof here !== 'object')
    throw new Error(`no container at ${path.join('.')}`);
  return here as Record<string | number, unknown>;
}

export function getIn(document: JsonDocument, path: Path): unknown {
  return container(document, path)[path[path.length - 1] as string | number];
}

export function setIn(document: JsonDocument, path: Path, value: unknown): void {
  container(document, path)[path[path.length - 1] as string | number] = value;
}

export function deleteIn(document: JsonDocument, path: Path): void {
  delete container(document, path)[path[path.length - 1] as string | number];
}
