import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { resolveHost } from './services/host';
import { createI18n } from './services/i18n';
import { systemLanguage } from './services/settings/settings-context';

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element to mount Yardstick in.');
const desktop = window.yardstick !== undefined;
createRoot(container).render(
  <StrictMode>
    <App
      host={resolveHost()}
      i18n={createI18n(systemLanguage())}
      shortcuts={desktop ? 'none' : 'text-fields'}
    />
  </StrictMode>,
);
