/*
 * Field paths such as `effects[id=prod-cost].fullEffect`, `capex[id=line].depreciation.salvage`,
 * `effects[id=prod-cost].ramp[0]` or `tax.rate`. Items in lists are addressed by id so that
 * scenario overrides and analysis drivers keep pointing at the same thing when a list is
 * reordered; a plain index is accepted only for lists of values such as a ramp.
 * The same syntax addresses a scenario file and the model's resolved inputs, whose shapes match.
 */

export type PathStep =
  | { readonly kind: 'key'; readonly key: string }
  | { readonly kind: 'id'; readonly id: string }
  | { readonly kind: 'index'; readonly index: number };

const SEGMENT = /^([A-Za-z][A-Za-z0-9]*)((?:\[(?:id=[a-z0-9][a-z0-9-]*|[0-9]{1,3})\])*)$/;
const SELECTOR = /\[(?:id=([a-z0-9][a-z0-9-]*)|([0-9]{1,3}))\]/g;

/** Null when the text is not a well-formed path. */
export function parsePath(text: string): PathStep[] | null {
  if (text.length === 0 || text.length > 300) return null;
  const steps: PathStep[] = [];
  for (const segment of text.split('.')) {
    const match = SEGMENT.exec(segment);
    if (match === null) return null;
    steps.push({ kind: 'key', key: match[1] ?? '' });
    for (const selector of (match[2] ?? '').matchAll(SELECTOR)) {
      if (selector[1] !== undefined) steps.push({ kind: 'id', id: selector[1] });
      else steps.push({ kind: 'index', index: Number(selector[2]) });
    }
  }
  return steps;
}

export function formatPath(steps: readonly PathStep[]): string {
  let text = '';
  for (const step of steps) {
    if (step.kind === 'key') text += text === '' ? step.key : `.${step.key}`;
    else if (step.kind === 'id') text += `[id=${step.id}]`;
    else text += `[${step.index}]`;
  }
  return text;
}

export type Located =
  | { readonly ok: true; readonly location: (string | number)[] }
  | {
      readonly ok: false;
      readonly failedAt: number;
      readonly reason: 'missing' | 'not-a-list' | 'not-an-object';
    };

/**
 * Turns steps into concrete keys and indices in `root`. Every step but the last must exist; the
 * last key may be absent from its object (setting an optional field), which the schema then judges.
 */
export function locate(root: unknown, steps: readonly PathStep[]): Located {
  const location: (string | number)[] = [];
  let here: unknown = root;
  for (let index = 0; index < steps.length; index += 1) {
    const step = steps[index] as PathStep;
    const last = index === steps.length - 1;
    if (step.kind === 'key') {
      if (here === null || typeof here !== 'object' || Array.isArray(here))
        return { ok: false, failedAt: index, reason: 'not-an-object' };
      const exists = Object.hasOwn(here, step.key);
      if (!exists && !last) return { ok: false, failedAt: index, reason: 'missing' };
      location.push(step.key);
      here = exists ? (here as Record<string, unknown>)[step.key] : undefined;
    } else {
      if (!Array.isArray(here)) return { ok: false, failedAt: index, reason: 'not-a-list' };
      const position =
        step.kind === 'id'
          ? here.findIndex(
              (item: unknown) =>
                item !== null &&
                typeof item === 'object' &&
                (item as { id?: unknown }).id === step.id,
            )
          : step.index < here.length
            ? step.index
            : -1;
      if (position < 0) return { ok: false, failedAt: index, reason: 'missing' };
      location.push(position);
      here = here[position];
    }
  }
  return { ok: true, location };
}

/**
 * A copy of `root` with the value at `location` replaced (removed when `value` is undefined),
 * copying only the objects and lists along the path so `root` is never changed.
 */
export function replaceAt(
  root: unknown,
  location: readonly (string | number)[],
  value: unknown,
): unknown {
  const [head, ...rest] = location;
  if (head === undefined) return value;
  if (Array.isArray(root)) {
    const copy: unknown[] = [...root];
    copy[head as number] = replaceAt(copy[head as number], rest, value);
    return copy;
  }
  const copy = { ...(root as Record<string, unknown>) };
  if (rest.length === 0 && value === undefined) delete copy[head];
  else copy[head] = replaceAt(copy[head], rest, value);
  return copy;
}
