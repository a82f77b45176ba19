import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.js';
import { isLanguage, preferredLanguage } from './i18n/languages.js';
import { setupI18n } from './i18n/setupI18n.js';
import './styles.css';

const stored = localStorage.getItem('kunren.language') ?? '';
const language = isLanguage(stored) ? stored : preferredLanguage(navigator.languages);
void setupI18n(language).then(() => {
  const root = document.getElementById('root');
  if (root)
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
});
