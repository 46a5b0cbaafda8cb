import '@mantine/core/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { appEn } from './app/locales/en.ts';
import { appLv } from './app/locales/lv.ts';
import { sessionEn } from './features/session/locales/en.ts';
import { sessionLv } from './features/session/locales/lv.ts';
import { startI18n } from './lib/i18n.ts';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// The shell's texts and sign-in's; the texts of other pages come with them (app/router.tsx, routes/catalogue/routes.ts).
await startI18n({
  lv: { app: appLv, session: sessionLv },
  en: { app: appEn, session: sessionEn },
});

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
