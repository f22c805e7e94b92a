import '@mantine/core/styles.css';
import './report.css';
import { MantineProvider } from '@mantine/core';
import type { i18n } from 'i18next';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { AmountScaleSetting } from '../../../../shared/i18n/amount-scale';
import { defaultSettings, type Locale } from '../../../../shared/host/schemas';
import { cssVariablesResolver, theme } from '../../../services/ui/theme';
import { FixedSettingsProvider } from '../../../services/settings/settings-context';
import { pageStyle } from './page-style';

/**
 * What every printed report stands in: the app's theme in light colours (paper is white), its
 * translations and formatters fixed to the request's language, amounts in the unit the request
 * asks for (the app's default when it does not: 万元 in Chinese), and the A4 page.
 */
export function ReportFrame({
  language,
  amountScale = 'auto',
  i18n,
  env = 'default',
  children,
}: {
  language: Locale;
  /** The unit of the report's amounts as the request asks (万元 in Chinese when it does not). */
  amountScale?: AmountScaleSetting | undefined;
  i18n: i18n;
  /** `test` turns off Mantine's transitions and portals for component tests. */
  env?: 'default' | 'test';
  children: ReactNode;
}) {
  return (
    <MantineProvider
      theme={theme}
      forceColorScheme="light"
      cssVariablesResolver={cssVariablesResolver}
      env={env}
    >
      <I18nextProvider i18n={i18n}>
        <FixedSettingsProvider
          settings={{ ...defaultSettings, locale: language, amountScale }}
          language={language}
        >
          <style>{pageStyle(language)}</style>
          <main className="report" lang={language}>
            {children}
          </main>
        </FixedSettingsProvider>
      </I18nextProvider>
    </MantineProvider>
  );
}
