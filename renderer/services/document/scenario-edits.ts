import type { ParseErrorCode } from '../format/parse-number';
import {
  ACTUAL_LINE_LISTS,
  PLANNED_LIST_OF,
  BASE_SCENARIO,
  baseOf,
  formatPath,
  validateScenarioDocument,
  type PathStep,
  type Scenario,
  type ScenarioFile,
  type ValidationIssue,
} from '../../../shared/scenario';

/*
 * Edits of the open scenario file. The file in the document is always valid, so the model can
 * always run on it; what a person types that cannot be taken (it does not parse, or the schema
 * refuses it) is kept as a draft of that field, with the reason, until it is fixed or undone.
 * Drafts are part of the snapshot, so undo takes back invalid typing like any other edit.
 */

/** A field inside one scenario, in the base's shape: `['capex', 2, 'amount']`. */
export type FieldPath = readonly (string | number)[];

/** What a field holds; undefined clears an optional field. */
export type FieldValue = string | number | boolean | readonly string[] | undefined;

export type Problem =
  | { readonly kind: 'parse'; readonly code: ParseErrorCode }
  | { readonly kind: 'validation'; readonly issues: readonly ValidationIssue[] };

export interface Draft {
  readonly text: string;
  readonly problem: Problem;
  /** The parsed value the text stands for, retried after other edits (cross-field rules). */
  readonly value?: FieldValue;
  readonly scenario: string;
  readonly path: FieldPath;
}

export interface Snapshot {
  readonly file: ScenarioFile;
  /** By `draftKey(scenario, path)`. */
  readonly drafts: Readonly<Record<string, Draft>>;
}

export function snapshotOf(file: ScenarioFile): Snapshot {
  return { file, drafts: {} };
}

export function draftKey(scenario: string, path: FieldPath): string {
  return `${scenario}|${path.join('.')}`;
}

export function valueAt(root: unknown, path: FieldPath): unknown {
  let here = root;
  for (const key of path) {
    if (here === null || typeof here !== 'object') return undefined;
    here = (here as Record<string | number, unknown>)[key];
  }
  return here;
}

/** A copy of `root` with `value` at `path`; only the containers along the path are copied. */
export function setIn<T>(root: T, path: FieldPath, value: unknown): T {
  const [head, ...rest] = path;
  if (head === undefined) return value as T;
  if (Array.isArray(root)) {
    const copy = [...root];
    copy[head as number] = setIn(copy[head as number], rest, value);
    return copy as T;
  }
  const copy = { ...(root as Record<string, unknown>) };
  if (rest.length === 0 && value === undefined) delete copy[head];
  else copy[head] = setIn(copy[head], rest, value);
  return copy as T;
}

/**
 * The override path of a field (`effects[id=prod-cost].fullEffect`): items of lists are named by
 * id, so the override keeps pointing at the same item when the base's list is reordered.
 */
export function overridePathOf(base: Scenario, path: FieldPath): string | null {
  const steps: PathStep[] = [];
  let here: unknown = base;
  for (const key of path) {
    if (typeof key === 'number') {
      if (!Array.isArray(here)) return null;
      const item: unknown = here[key];
      const id =
        item !== null && typeof item === 'object' ? (item as { id?: unknown }).id : undefined;
      steps.push(typeof id === 'string' ? { kind: 'id', id } : { kind: 'index', index: key });
      here = item;
    } else {
      steps.push({ kind: 'key', key });
      here =
        here !== null && typeof here === 'object'
          ? (here as Record<string, unknown>)[key]
          : undefined;
    }
  }
  return formatPath(steps);
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, index) => Object.is(item, b[index]));
  }
  return Object.is(a, b);
}

/**
 * The file with one field changed in one scenario, not yet validated. In a named scenario the
 * change is an override; an override back to the base's value is removed, so a scenario holds
 * only what differs.
 */
export function withField(
  file: ScenarioFile,
  scenario: string,
  path: FieldPath,
  value: FieldValue,
): ScenarioFile {
  if (scenario === BASE_SCENARIO) return setIn(file, path, value);
  const index = file.scenarios.findIndex((named) => named.name === scenario);
  const named = file.scenarios[index];
  if (named === undefined) return file;
  const base = baseOf(file);
  const overridePath = overridePathOf(base, path);
  if (overridePath === null) return file;
  const others = named.overrides.filter((override) => override.path !== overridePath);
  const overrides = sameValue(valueAt(base, path), value)
    ? others
    : [...others, { path: overridePath, value: value === undefined ? null : value }];
  const position = named.overrides.findIndex((override) => override.path === overridePath);
  if (position >= 0 && overrides.length === named.overrides.length) {
    // Keep an edited override where it was, so the file's diff shows a change, not a move.
    const last = overrides.pop();
    if (last) overrides.splice(position, 0, last);
  }
  return setIn(file, ['scenarios', index, 'overrides'], overrides);
}

export type Checked =
  | { readonly ok: true; readonly file: ScenarioFile }
  | { readonly ok: false; readonly issues: readonly ValidationIssue[] };

/** The candidate itself when valid (keeping unchanged parts shared), or why not. */
export function check(candidate: ScenarioFile): Checked {
  const result = validateScenarioDocument(candidate);
  return result.ok ? { ok: true, file: candidate } : { ok: false, issues: result.issues };
}

/** How an edit has its candidates checked: `check` here, or the verdicts a worker gave. */
export type CheckFile = (candidate: ScenarioFile) => Checked;

function withoutDraft(drafts: Snapshot['drafts'], key: string): Snapshot['drafts'] {
  if (!(key in drafts)) return drafts;
  const { [key]: _removed, ...rest } = drafts;
  return rest;
}

/** The file with every draft that has a value applied on top of `file`, in no particular order. */
function withDrafts(file: ScenarioFile, drafts: Snapshot['drafts']): ScenarioFile {
  let result = file;
  for (const draft of Object.values(drafts)) {
    if (draft.problem.kind === 'validation') {
      result = withField(result, draft.scenario, draft.path, draft.value);
    }
  }
  return result;
}

/**
 * Drafts that the latest edit made valid go in: one at a time (a salvage that now fits under a
 * raised cost), then all together (shares of a schedule that only add up to 100 % together).
 */
function settleDrafts(snapshot: Snapshot, checkFile: CheckFile): Snapshot {
  let { file, drafts } = snapshot;
  let changed = true;
  while (changed) {
    changed = false;
    for (const [key, draft] of Object.entries(drafts)) {
      if (draft.problem.kind !== 'validation') continue;
      const checked = checkFile(withField(file, draft.scenario, draft.path, draft.value));
      if (checked.ok) {
        file = checked.file;
        drafts = withoutDraft(drafts, key);
        changed = true;
      }
    }
  }
  const pending = Object.entries(drafts).filter(([, draft]) => draft.problem.kind === 'validation');
  if (pending.length > 1) {
    const together = checkFile(withDrafts(file, drafts));
    if (together.ok) {
      file = together.file;
      drafts = Object.fromEntries(
        Object.entries(drafts).filter(([, draft]) => draft.problem.kind !== 'validation'),
      );
    }
  }
  return file === snapshot.file && drafts === snapshot.drafts ? snapshot : { file, drafts };
}

/** A typed value that parsed: taken if the file stays valid, otherwise kept as a draft. */
export function commitField(
  snapshot: Snapshot,
  scenario: string,
  path: FieldPath,
  value: FieldValue,
  text: string,
  checkFile: CheckFile = check,
): Snapshot {
  const key = draftKey(scenario, path);
  const checked = checkFile(withField(snapshot.file, scenario, path, value));
  if (checked.ok) {
    return settleDrafts(
      { file: checked.file, drafts: withoutDraft(snapshot.drafts, key) },
      checkFile,
    );
  }
  const draft: Draft = {
    text,
    value,
    scenario,
    path,
    problem: { kind: 'validation', issues: checked.issues },
  };
  return settleDrafts(
    { file: snapshot.file, drafts: { ...snapshot.drafts, [key]: draft } },
    checkFile,
  );
}

/** Typed text that does not parse as a number: kept as it is, with the reason. */
export function draftField(
  snapshot: Snapshot,
  scenario: string,
  path: FieldPath,
  text: string,
  code: ParseErrorCode,
): Snapshot {
  const key = draftKey(scenario, path);
  const draft: Draft = { text, scenario, path, problem: { kind: 'parse', code } };
  return { file: snapshot.file, drafts: { ...snapshot.drafts, [key]: draft } };
}

/** Forgets what was typed into a field (Escape), showing its valid value again. */
export function discardDraft(snapshot: Snapshot, scenario: string, path: FieldPath): Snapshot {
  const drafts = withoutDraft(snapshot.drafts, draftKey(scenario, path));
  return drafts === snapshot.drafts ? snapshot : { file: snapshot.file, drafts };
}

/** Every id in the file: ids are unique across all lists. */
function usedIds(file: ScenarioFile): Set<string> {
  return new Set(
    [
      ...file.baseline.otherCosts,
      ...file.capex,
      ...file.effects,
      ...file.runningCosts,
      ...(file.workingCapital ?? []),
      ...file.subsidies,
      ...file.financing.loans,
    ].map((item) => item.id),
  );
}

/** `prefix-1`, `prefix-2`, … the first not yet used anywhere in the file. */
export function uniqueId(file: ScenarioFile, prefix: string): string {
  const used = usedIds(file);
  for (let n = 1; ; n += 1) {
    const candidate = `${prefix}-${n}`;
    if (!used.has(candidate)) return candidate;
  }
}

/** Lists of items with ids that the editor's grids change. */
export type ListPath =
  | readonly ['capex']
  | readonly ['effects']
  | readonly ['runningCosts']
  | readonly ['workingCapital']
  | readonly ['subsidies']
  | readonly ['financing', 'loans']
  | readonly ['baseline', 'otherCosts'];

function listAt(file: ScenarioFile, list: ListPath): readonly { readonly id: string }[] {
  // An optional list (working capital) may be absent: it is then empty.
  return (valueAt(file, list) as readonly { readonly id: string }[] | undefined) ?? [];
}

export function addRow<T extends { readonly id: string }>(
  file: ScenarioFile,
  list: ListPath,
  item: T,
): Checked {
  return check(setIn(file, list, [...listAt(file, list), item]));
}

/**
 * Removes an item, and what pointed at it and would now point at nothing: the named scenarios'
 * overrides of it, the risk settings (distributions, correlations, ranges) of its numbers and
 * the actual figures reported for it (undo brings them back with the item).
 */
export function removeRow(file: ScenarioFile, list: ListPath, index: number): Checked {
  const items = listAt(file, list);
  const removed = items[index];
  if (removed === undefined) return { ok: true, file };
  const prefix = `${formatPath(list.map((key) => ({ kind: 'key', key }) as const))}[id=${removed.id}]`;
  const inRemoved = (path: string) => path === prefix || path.startsWith(`${prefix}.`);
  const scenarios = file.scenarios.map((named) => {
    const overrides = named.overrides.filter((override) => !inRemoved(override.path));
    return overrides.length === named.overrides.length ? named : { ...named, overrides };
  });
  let next: ScenarioFile = { ...file, scenarios };
  if (file.risk) {
    next = {
      ...next,
      risk: {
        distributions: file.risk.distributions.filter((entry) => !inRemoved(entry.path)),
        correlations: file.risk.correlations.filter((entry) => !entry.paths.some(inRemoved)),
        ranges: file.risk.ranges.filter((entry) => !inRemoved(entry.path)),
      },
    };
  }
  if (file.actuals) {
    const years = file.actuals.years.map((reported) => {
      const kept = { ...reported };
      for (const key of ACTUAL_LINE_LISTS) {
        if (list.length !== 1 || list[0] !== PLANNED_LIST_OF[key]) continue;
        kept[key] = reported[key].filter((line) => line.id !== removed.id);
      }
      return kept;
    });
    next = { ...next, actuals: { years } };
  }
  return check(
    setIn(
      next,
      list,
      items.filter((_, position) => position !== index),
    ),
  );
}

export function moveRow(file: ScenarioFile, list: ListPath, from: number, to: number): Checked {
  const items = [...listAt(file, list)];
  if (to < 0 || to >= items.length || from === to) return { ok: true, file };
  const [moved] = items.splice(from, 1);
  if (moved === undefined) return { ok: true, file };
  items.splice(to, 0, moved);
  return check(setIn(file, list, items));
}

/**
 * Several fields that only make sense together (a declining-balance method and its factor), taken
 * together or not at all; when refused, the first field keeps the reason as a draft.
 */
export function commitFields(
  snapshot: Snapshot,
  scenario: string,
  edits: readonly FieldCommit[],
  checkFile: CheckFile = check,
): Snapshot {
  let candidate = snapshot.file;
  for (const { path, value } of edits) candidate = withField(candidate, scenario, path, value);
  const checked = checkFile(candidate);
  let drafts = snapshot.drafts;
  for (const { path } of edits) drafts = withoutDraft(drafts, draftKey(scenario, path));
  if (checked.ok) return settleDrafts({ file: checked.file, drafts }, checkFile);
  const first = edits[0];
  if (!first) return snapshot;
  const draft: Draft = {
    text: first.text,
    value: first.value,
    scenario,
    path: first.path,
    problem: { kind: 'validation', issues: checked.issues },
  };
  return { file: snapshot.file, drafts: { ...drafts, [draftKey(scenario, first.path)]: draft } };
}

export interface FieldCommit {
  readonly path: FieldPath;
  readonly value: FieldValue;
  readonly text: string;
}

/**
 * What typing does to the document, as data, so that it can be checked off the page's thread and
 * applied on it in the same order: a value taken (or kept as a draft), several that go together,
 * text that does not parse, a draft dropped.
 */
export type FieldEdit =
  | ({ readonly type: 'commit'; readonly scenario: string } & FieldCommit)
  | {
      readonly type: 'commit-all';
      readonly scenario: string;
      readonly edits: readonly FieldCommit[];
    }
  | {
      readonly type: 'draft';
      readonly scenario: string;
      readonly path: FieldPath;
      readonly text: string;
      readonly code: ParseErrorCode;
    }
  | { readonly type: 'discard'; readonly scenario: string; readonly path: FieldPath };

export function applyFieldEdit(
  snapshot: Snapshot,
  edit: FieldEdit,
  checkFile: CheckFile = check,
): Snapshot {
  switch (edit.type) {
    case 'commit':
      return commitField(snapshot, edit.scenario, edit.path, edit.value, edit.text, checkFile);
    case 'commit-all':
      return commitFields(snapshot, edit.scenario, edit.edits, checkFile);
    case 'draft':
      return draftField(snapshot, edit.scenario, edit.path, edit.text, edit.code);
    case 'discard':
      return discardDraft(snapshot, edit.scenario, edit.path);
  }
}

/** The undo key of an edit: typing in one field is one undo step. */
export function fieldEditKey(edit: FieldEdit): string | undefined {
  switch (edit.type) {
    case 'commit':
    case 'draft':
      return draftKey(edit.scenario, edit.path);
    case 'commit-all':
      return edit.edits[0] === undefined ? undefined : draftKey(edit.scenario, edit.edits[0].path);
    case 'discard':
      return undefined;
  }
}

/** A check's outcome without the file (the page has its own candidate): null when it passed. */
export type Verdict = readonly ValidationIssue[] | null;

/** `check`, keeping each verdict in order: the worker's side of an edit checked off the page. */
export function recordingCheck(): { readonly checkFile: CheckFile; readonly verdicts: Verdict[] } {
  const verdicts: Verdict[] = [];
  return {
    verdicts,
    checkFile: (candidate) => {
      const checked = check(candidate);
      verdicts.push(checked.ok ? null : checked.issues);
      return checked;
    },
  };
}

/** The edit's candidates were not the ones the worker checked (the snapshots differ). */
export class VerdictMismatch extends Error {}

/**
 * The page's side: the same edit on the same snapshot asks for the same checks in the same order,
 * so the worker's verdicts stand for them; any other number of checks means the snapshots were
 * not the same, and the edit must be checked here instead.
 */
export function replayedEdit(
  snapshot: Snapshot,
  edit: FieldEdit,
  verdicts: readonly Verdict[],
): Snapshot {
  let next = 0;
  const result = applyFieldEdit(snapshot, edit, (candidate) => {
    if (next >= verdicts.length) throw new VerdictMismatch('more checks than verdicts');
    const verdict = verdicts[next++] ?? null;
    return verdict === null ? { ok: true, file: candidate } : { ok: false, issues: verdict };
  });
  if (next !== verdicts.length) throw new VerdictMismatch('fewer checks than verdicts');
  return result;
}
