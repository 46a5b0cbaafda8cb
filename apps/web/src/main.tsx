import '@mantine/core/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { appEn } from './app/locales/en.ts';
import { appLv } from './app/locales/lv.ts';
import { accountEn } from './features/account/locales/en.ts';
import { accountLv } from './features/account/locales/lv.ts';
import { auditEn } from './features/audit/locales/en.ts';
import { auditLv } from './features/audit/locales/lv.ts';
import { modelEn } from './features/model/locales/en.ts';
import { modelLv } from './features/model/locales/lv.ts';
import { organisationsEn } from './features/organisations/locales/en.ts';
import { organisationsLv } from './features/organisations/locales/lv.ts';
import { peopleEn } from './features/people/locales/en.ts';
import { peopleLv } from './features/people/locales/lv.ts';
import { portfolioEn } from './features/portfolio/locales/en.ts';
import { portfolioLv } from './features/portfolio/locales/lv.ts';
import { recipientsEn } from './features/recipients/locales/en.ts';
import { recipientsLv } from './features/recipients/locales/lv.ts';
import { responsibilitiesEn } from './features/responsibilities/locales/en.ts';
import { responsibilitiesLv } from './features/responsibilities/locales/lv.ts';
import { rolesEn } from './features/roles/locales/en.ts';
import { rolesLv } from './features/roles/locales/lv.ts';
import { sessionEn } from './features/session/locales/en.ts';
import { sessionLv } from './features/session/locales/lv.ts';
import { startI18n } from './lib/i18n.ts';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

await startI18n({
  lv: {
    app: appLv,
    model: modelLv,
    session: sessionLv,
    organisations: organisationsLv,
    people: peopleLv,
    roles: rolesLv,
    account: accountLv,
    responsibilities: responsibilitiesLv,
    audit: auditLv,
    portfolio: portfolioLv,
    recipients: recipientsLv,
  },
  en: {
    app: appEn,
    model: modelEn,
    session: sessionEn,
    organisations: organisationsEn,
    people: peopleEn,
    roles: rolesEn,
    account: accountEn,
    responsibilities: responsibilitiesEn,
    audit: auditEn,
    portfolio: portfolioEn,
    recipients: recipientsEn,
  },
});

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
