import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import './app/app.css';
import { getBackend } from './data/backend-instance';
import { initI18n } from './i18n/i18n';

void initI18n();
// Created before the first render: the embedded database needs seconds to start, so it starts right away.
const backend = getBackend();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App backend={backend} />
  </StrictMode>,
);
