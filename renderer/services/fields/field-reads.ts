import { overridePathOf, type Draft, type FieldPath } from '../document/scenario-edits';
import type { ScenarioView } from './scenario-view';

/** What a field shows of the view: read in one subscription, one object while it is unchanged. */
export interface FieldState {
  readonly stored: unknown;
  readonly draft: Draft | undefined;
  /** The undo key of the field's typing. */
  readonly pendingKey: string;
  /** Where an override of the field is kept in a named scenario (null where it cannot be). */
  readonly overridePath: string | null;
  /** The named scenario shown overrides the field. */
  readonly overridden: boolean;
}

/**
 * Reads a field's state from the view at each change of the view (thousands of fields hear of
 * every edit). An edit copies only the containers along its path, so a field whose containers,
 * draft, scenario and overrides are the ones it last saw returns what it returned then, without
 * working out its override path again.
 */
export class FieldReads {
  private seen: {
    readonly path: FieldPath;
    readonly along: readonly unknown[];
    readonly scenarioName: string;
    readonly isBase: boolean;
    readonly named: unknown;
    readonly draft: Draft | undefined;
  } | null = null;
  private state: FieldState | null = null;

  read(view: ScenarioView, path: FieldPath): FieldState {
    const draft = view.draftOf(path);
    const named = view.file.scenarios;
    const seen = this.seen;
    if (
      this.state !== null &&
      seen !== null &&
      seen.draft === draft &&
      seen.named === named &&
      seen.scenarioName === view.scenarioName &&
      seen.isBase === view.isBase &&
      samePath(seen.path, path) &&
      sameAlong(view.scenario, path, seen.along)
    ) {
      return this.state;
    }
    const along = containersAlong(view.scenario, path);
    this.seen = {
      path,
      along,
      scenarioName: view.scenarioName,
      isBase: view.isBase,
      named,
      draft,
    };
    const overridePath = overridePathOf(view.scenario, path);
    const next: FieldState = {
      stored: along[along.length - 1],
      draft,
      pendingKey: view.pendingKey(path),
      overridePath,
      overridden:
        !view.isBase &&
        overridePath !== null &&
        (view.file.scenarios
          .find((scenario) => scenario.name === view.scenarioName)
          ?.overrides.some((override) => override.path === overridePath) ??
          false),
    };
    const before = this.state;
    if (
      before !== null &&
      Object.is(before.stored, next.stored) &&
      before.draft === next.draft &&
      before.pendingKey === next.pendingKey &&
      before.overridePath === next.overridePath &&
      before.overridden === next.overridden
    ) {
      return before;
    }
    this.state = next;
    return next;
  }
}

/**
 * Each container on the way to the field below the scenario, and the field's value (the scenario
 * itself is new at every edit).
 */
function containersAlong(root: unknown, path: FieldPath): unknown[] {
  const along: unknown[] = [];
  let here = root;
  for (const key of path) {
    here =
      here !== null && typeof here === 'object'
        ? (here as Record<string | number, unknown>)[key]
        : undefined;
    along.push(here);
  }
  return along;
}

/** The containers along the path are those seen (walked without a copy: every field, every edit). */
function sameAlong(root: unknown, path: FieldPath, seen: readonly unknown[]): boolean {
  let here = root;
  for (let index = 0; index < path.length; index += 1) {
    here =
      here !== null && typeof here === 'object'
        ? (here as Record<string | number, unknown>)[path[index]!]
        : undefined;
    if (!Object.is(here, seen[index])) return false;
  }
  return true;
}

function sameItems(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((item, index) => Object.is(item, b[index]));
}

export function samePath(a: readonly unknown[], b: readonly unknown[]): boolean {
  return sameItems(a, b);
}
