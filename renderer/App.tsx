import '@mantine/core/styles.css';
import { MantineProvider } from '@mantine/core';
import type { i18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import type { WorkerPort } from '../shared/analysis';
import type { Host } from '../shared/host/host';
import { AppFrame } from './shell/AppFrame';
import { FileCommandsProvider } from './shell/file-commands';
import { HostProvider } from './services/host/host-context';
import { NoticesProvider } from './services/ui/notices';
import { cssVariablesResolver, theme } from './services/ui/theme';
import { DocumentProvider } from './services/session/document-context';
import { LastMonteCarloProvider } from './features/risk/last-monte-carlo';
import { SettingsProvider } from './services/settings/settings-context';
import { defaultWorkerLauncher, EditorWorkersProvider } from './services/workers/workers-context';

export interface AppProps {
  readonly host: Host | null;
  readonly i18n: i18n;
  /**
   * Which shortcuts the page handles itself: Electron's native menu sends every command as a host
   * event (`none`); the browser host sends all but undo/redo in text fields (`text-fields`).
   */
  readonly shortcuts?: 'all' | 'text-fields' | 'none';
  /** `test` turns off Mantine's transitions and portals for component tests. */
  readonly env?: 'default' | 'test';
  /**
   * Starts a worker for the editor's checks and model (tests give a slow or out-of-order one);
   * null: everything in the page. Web Workers where the page can start them by default.
   */
  readonly launchWorker?: (() => WorkerPort | null) | null;
}

export function App({
  host,
  i18n,
  shortcuts = 'text-fields',
  env = 'default',
  launchWorker = defaultWorkerLauncher(),
}: AppProps) {
  return (
    <MantineProvider
      theme={theme}
      defaultColorScheme="auto"
      cssVariablesResolver={cssVariablesResolver}
      env={env}
    >
      <I18nextProvider i18n={i18n}>
        <HostProvider host={host}>
          <SettingsProvider>
            <NoticesProvider>
              <EditorWorkersProvider launch={launchWorker}>
                <DocumentProvider>
                  <LastMonteCarloProvider>
                    <FileCommandsProvider>
                      <AppFrame shortcuts={host ? shortcuts : 'all'} />
                    </FileCommandsProvider>
                  </LastMonteCarloProvider>
                </DocumentProvider>
              </EditorWorkersProvider>
            </NoticesProvider>
          </SettingsProvider>
        </HostProvider>
      </I18nextProvider>
    </MantineProvider>
  );
}
