import '@mantine/core/styles.css';
import { MantineProvider } from '@mantine/core';
import type { i18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import type { Host } from '../shared/host/host';
import { AppFrame } from './app/AppFrame';
import { FileCommandsProvider } from './app/file-commands';
import { HostProvider } from './app/host-context';
import { NoticesProvider } from './app/notices';
import { cssVariablesResolver, theme } from './app/theme';
import { DocumentProvider } from './document/document-context';
import { LastMonteCarloProvider } from './risk/last-monte-carlo';
import { SettingsProvider } from './settings/settings-context';

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
}

export function App({ host, i18n, shortcuts = 'text-fields', env = 'default' }: AppProps) {
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
              <DocumentProvider>
                <LastMonteCarloProvider>
                  <FileCommandsProvider>
                    <AppFrame shortcuts={host ? shortcuts : 'all'} />
                  </FileCommandsProvider>
                </LastMonteCarloProvider>
              </DocumentProvider>
            </NoticesProvider>
          </SettingsProvider>
        </HostProvider>
      </I18nextProvider>
    </MantineProvider>
  );
}
