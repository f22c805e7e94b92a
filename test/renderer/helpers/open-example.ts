import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Language } from '../../../renderer/services/i18n';
import { FakeHost } from './fake-host';
import { renderApp } from './render-app';

/** The app with an example open, as a person gets there: one click on the welcome screen. */
export async function openExample(title: string, language: Language = 'en', host = new FakeHost()) {
  const user = userEvent.setup();
  const rendered = renderApp(language, host);
  const prefix = language === 'en' ? 'Open example' : '打开示例';
  await user.click(await screen.findByRole('button', { name: `${prefix} ${title}` }));
  await screen.findByTestId('kpi-npv-value');
  return { user, ...rendered };
}
