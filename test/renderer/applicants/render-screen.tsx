import '../helpers/dom';
import { MantineProvider } from '@mantine/core';
import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import type { ExportRequest, ExportResult } from '../../../shared/host/host';
import { HostProvider } from '../../../renderer/app/host-context';
import { theme } from '../../../renderer/app/theme';
import { ApplicantsScreen } from '../../../renderer/applicants/ApplicantsScreen';
import { createI18n, type Language } from '../../../renderer/i18n';
import { SettingsProvider } from '../../../renderer/settings/settings-context';
import { FakeHost } from '../helpers/fake-host';

/** A host that keeps what was exported. */
export class ExportingHost extends FakeHost {
  exports: ExportRequest[] = [];
  override exportWorkbook = async (request: ExportRequest): Promise<ExportResult> => {
    this.exports.push(request);
    return { status: 'saved', name: request.suggestedName };
  };
}

/**
 * The workspace as the app frame mounts it, in one language with the English fallback off: a key
 * missing in that language is recorded instead of shown in English.
 */
export function renderScreen(language: Language = 'en') {
  const host = new ExportingHost();
  host.settings = { ...host.settings, locale: language };
  const missing: string[] = [];
  const i18n = createI18n(language, { onMissingKey: (lng, key) => missing.push(`${lng}: ${key}`) });
  const view = render(
    <MantineProvider theme={theme} env="test">
      <I18nextProvider i18n={i18n}>
        <HostProvider host={host}>
          <SettingsProvider>
            <ApplicantsScreen />
          </SettingsProvider>
        </HostProvider>
      </I18nextProvider>
    </MantineProvider>,
  );
  return { host, missing, view };
}
