import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Root } from './app/Root';
import './app/app.css';
import { getBackend } from './data/backend-instance';
import { initI18n } from './i18n/i18n';
import { parseRoute } from './lib/route';

void initI18n();
// Created before the first render: the embedded database needs seconds to start, so it starts right away.
const backend = getBackend();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Root route={parseRoute(location.pathname, import.meta.env.BASE_URL)} backend={backend} />
  </StrictMode>,
);
