import '../helpers/dom';
import { MantineProvider } from '@mantine/core';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { ExportRequest, ExportResult } from '../../../shared/host/host';
import type { PrintRequest, PrintResult } from '../../../shared/host/schemas';
import { HostProvider } from '../../../renderer/services/host/host-context';
import { theme } from '../../../renderer/services/ui/theme';
import { ApplicantsScreen } from '../../../renderer/features/applicants/ApplicantsScreen';
import { createI18n, type Language } from '../../../renderer/services/i18n';
import { SettingsProvider } from '../../../renderer/services/settings/settings-context';
import { FakeHost } from '../helpers/fake-host';

/** A host that keeps what was exported and printed. */
export class ExportingHost extends FakeHost {
  exports: ExportRequest[] = [];
  prints: PrintRequest[] = [];
  override printToPdf = async (request: PrintRequest): Promise<PrintResult> => {
    this.prints.push(request);
    return { status: 'saved', name: request.suggestedName };
  };
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
  return renderInApp(<ApplicantsScreen />, language);
}

/** Any part of the workspace inside the providers the app frame gives it. */
export function renderInApp(ui: ReactElement, language: Language = 'en') {
  const host = new ExportingHost();
  host.settings = { ...host.settings, locale: language };
  const missing: string[] = [];
  const i18n = createI18n(language, { onMissingKey: (lng, key) => missing.push(`${lng}: ${key}`) });
  const view = render(
    <MantineProvider theme={theme} env="test">
      <I18nextProvider i18n={i18n}>
        <HostProvider host={host}>
          <SettingsProvider>{ui}</SettingsProvider>
        </HostProvider>
      </I18nextProvider>
    </MantineProvider>,
  );
  return { host, missing, view };
}
