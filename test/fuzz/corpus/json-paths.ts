export type JsonPath = readonly (string | number)[];

/** Every path inside a parsed JSON document, containers and leaves, in document order. */
export function allPaths(value: unknown, prefix: JsonPath = []): JsonPath[] {
  const paths: JsonPath[] = [];
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      paths.push([...prefix, index], ...allPaths(item, [...prefix, index]));
    });
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      paths.push([...prefix, key], ...allPaths(item, [...prefix, key]));
    }
  }
  return paths;
}

export function valueAt(root: unknown, path: JsonPath): unknown {
  let here = root;
  for (const step of path) here = (here as Record<string | number, unknown>)[step];
  return here;
}

/** A deep copy with the value at `path` replaced (or removed, for `undefined`). */
export function withValueAt(root: unknown, path: JsonPath, value: unknown): unknown {
  const copy = structuredClone(root);
  const parent = valueAt(copy, path.slice(0, -1)) as Record<string | number, unknown>;
  const last = path.at(-1) as string | number;
  if (value === undefined) {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
  } else {
    parent[last] = value;
  }
  return copy;
}

export function pathText(path: JsonPath): string {
  return path.map((step) => (typeof step === 'number' ? `[${step}]` : `.${step}`)).join('');
}
