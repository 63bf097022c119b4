import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { connectToCore } from './api/choose-transport';
import { App } from './app/App';
import { preloadPage } from './app/AppFrame';
import { applyLanguageToDocument, storedLanguage } from './app/language';
import { parseRoute } from './app/routing';
import { setUpI18n } from './i18n/i18n-setup';
import './styles.css';

// Connect first: the browser host's token sits in the fragment, which the router reads next.
const api = connectToCore();
const lang = storedLanguage();
// The page the address opens loads beside the translations: it then shows without a fallback.
await Promise.all([setUpI18n(lang), preloadPage(parseRoute(window.location.hash))]);
applyLanguageToDocument(lang);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <App api={api} />
  </StrictMode>,
);
