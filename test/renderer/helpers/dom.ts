import { configure } from '@testing-library/react';

// The whole app renders in jsdom on a shared two-core machine: give async queries time.
configure({ asyncUtilTimeout: 15_000 });

/**
 * What jsdom lacks and Mantine uses: media queries (colour scheme, breakpoints), ResizeObserver
 * (scroll areas, tabs) and scrollIntoView. Imported by every component test before rendering.
 */
if (!window.matchMedia) {
  window.matchMedia = (query: string): MediaQueryList =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }) as MediaQueryList;
}

if (!('ResizeObserver' in window)) {
  class ResizeObserverStub {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver = ResizeObserverStub;
}

if (!Element.prototype.scrollIntoView) {
  Element.prototype.scrollIntoView = () => undefined;
}

// Mantine's autosizing textarea listens for web fonts loading.
if (!('fonts' in document)) {
  Object.defineProperty(document, 'fonts', {
    value: {
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      ready: Promise.resolve(),
    },
  });
}

// Vite defines the version at build time; vitest's config does not.
const globals = globalThis as unknown as Record<string, unknown>;
globals.__APP_VERSION__ ??= '0.0.0-test';
export {};
