import type { ScenarioView } from './scenario-view';

/*
 * Which parts of the view a section read while it was drawn, so that it is drawn again only when
 * one of them changes. An edit copies only the containers along its path (scenario-edits.ts), so
 * the parts it did not touch keep their identity: typing an investment item's cost leaves the tax,
 * the loans and the effects as they were, and their sections are not drawn again. The parts are
 * the view's values and the first level of its scenario and file (`scenario.capex`,
 * `file.scenarios`); a section that looks at all of a scenario's keys depends on all of it.
 */

type Part = 'scenario' | 'file';
const PARTS: ReadonlySet<string> = new Set<Part>(['scenario', 'file']);

export class ViewReads {
  /** Each part read in the last drawing, with what it was. */
  private read = new Map<string, unknown>();
  private recording = false;
  private version = 0;

  constructor(private readonly latest: () => ScenarioView) {}

  /** For useSyncExternalStore: changes when something the section read has changed. */
  readonly snapshot = (): number => {
    let changed = false;
    for (const [key, value] of this.read) {
      const now = this.current(key);
      if (!Object.is(now, value)) {
        changed = true;
        this.read.set(key, now);
      }
    }
    if (changed) this.version += 1;
    return this.version;
  };

  /** The view to draw with, recording what is read until `stop`. */
  start(): ScenarioView {
    this.read = new Map();
    this.recording = true;
    return this.viewProxy();
  }

  /** Drawn: what is read from now on (in handlers) is read, not recorded. */
  stop(): void {
    this.recording = false;
  }

  private record(key: string, value: unknown): unknown {
    if (this.recording && !this.read.has(key)) this.read.set(key, value);
    return value;
  }

  private current(key: string): unknown {
    const view = this.latest() as unknown as Record<string, unknown>;
    const dot = key.indexOf('.');
    if (dot < 0) return view[key];
    const part = view[key.slice(0, dot)] as Record<string, unknown>;
    return part[key.slice(dot + 1)];
  }

  /**
   * The view, read at the time of reading: a handler that runs after a later edit which did not
   * draw this section again sees that edit (the file's ids, the scenario's lists), as it did when
   * every edit drew every section.
   */
  private viewProxy(): ScenarioView {
    return new Proxy({} as ScenarioView, {
      get: (_target, key) => {
        const view = this.latest() as unknown as Record<string | symbol, unknown>;
        const value = view[key];
        if (typeof key !== 'string') return value;
        if (typeof value === 'function') {
          return (...args: unknown[]) =>
            (this.latest() as unknown as Record<string, (...a: unknown[]) => unknown>)[key]!(
              ...args,
            );
        }
        if (PARTS.has(key)) return this.partProxy(key as Part);
        return this.record(key, value);
      },
    });
  }

  private partProxy(part: Part): object {
    const target = () =>
      (this.latest() as unknown as Record<Part, Record<string | symbol, unknown>>)[part];
    const whole = () => this.record(part, target());
    return new Proxy(
      {},
      {
        get: (_target, key) => {
          const value = target()[key];
          return typeof key === 'string' ? this.record(`${part}.${key}`, value) : value;
        },
        has: (_target, key) => {
          whole();
          return key in target();
        },
        ownKeys: () => {
          whole();
          return Reflect.ownKeys(target());
        },
        getOwnPropertyDescriptor: (_target, key) => {
          whole();
          const descriptor = Reflect.getOwnPropertyDescriptor(target(), key);
          return descriptor === undefined ? undefined : { ...descriptor, configurable: true };
        },
      },
    );
  }
}
