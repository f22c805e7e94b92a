import './dom';
import { render } from '@testing-library/react';
import type { WorkerPort } from '../../../shared/analysis';
import { App } from '../../../renderer/App';
import { createI18n, type Language } from '../../../renderer/services/i18n';
import { FakeHost } from './fake-host';

export interface RenderedApp {
  readonly host: FakeHost;
  /** Keys that were looked up but are missing in the language shown. */
  readonly missing: string[];
  readonly view: ReturnType<typeof render>;
}

/**
 * The whole app on a fake host, in one language, with the English fallback off: any key missing
 * in that language is recorded (tests assert the list stays empty) instead of showing English.
 */
export function renderApp(
  language: Language = 'en',
  host = new FakeHost(),
  /** Starts the editor's workers (a slow or out-of-order one); none by default: all in the page. */
  launchWorker: (() => WorkerPort | null) | null = null,
): RenderedApp {
  host.settings = { ...host.settings, locale: language };
  const missing: string[] = [];
  const i18n = createI18n(language, {
    onMissingKey: (lng, key) => missing.push(`${lng}: ${key}`),
  });
  const view = render(<App host={host} i18n={i18n} env="test" launchWorker={launchWorker} />);
  return { host, missing, view };
}
