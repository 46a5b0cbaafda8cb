import '@mantine/core/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { appEn } from './app/locales/en.ts';
import { appLv } from './app/locales/lv.ts';
import { modelEn } from './features/model/locales/en.ts';
import { modelLv } from './features/model/locales/lv.ts';
import { startI18n } from './lib/i18n.ts';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

await startI18n({
  lv: { app: appLv, model: modelLv },
  en: { app: appEn, model: modelEn },
});

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
