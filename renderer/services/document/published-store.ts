import { useLayoutEffect, useState, useSyncExternalStore } from 'react';

/*
 * A value held in a store whose identity never changes, for contexts whose value changes often:
 * a context value that changed with every keystroke would make React search the whole editor for
 * its consumers each time (thousands of fields with 500 investment items); readers subscribe.
 */
export class PublishedStore<T> {
  private readonly listeners = new Set<() => void>();
  private published: T;

  constructor(public value: T) {
    this.published = value;
  }

  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  /** Tells the readers, once, that the value changed. */
  publish(): void {
    if (this.published === this.value) return;
    this.published = this.value;
    for (const listener of this.listeners) listener();
  }
}

/**
 * The store of `value`. It is set while rendering, so that a component drawn in this render reads
 * this render's value; the others hear of it once it is committed, before the frame is painted.
 */
export function usePublished<T>(value: T): PublishedStore<T> {
  const [store] = useState(() => new PublishedStore(value));
  store.value = value;
  useLayoutEffect(() => store.publish(), [store, value]);
  return store;
}

/** The store's value, drawn again when it changes. */
export function useSubscribed<T>(store: PublishedStore<T>): T {
  return useSyncExternalStore(store.subscribe, () => store.value);
}

/** A part of the store's value (a primitive, or a value that keeps its identity): drawn again only when it changes. */
export function useSelected<T, S>(store: PublishedStore<T>, select: (value: T) => S): S {
  return useSyncExternalStore(store.subscribe, () => select(store.value));
}
