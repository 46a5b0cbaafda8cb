import 'i18next';
import type { accountLv } from '../features/account/locales/lv.ts';
import type { auditLv } from '../features/audit/locales/lv.ts';
import type { catalogueLv } from '../features/catalogue/locales/lv.ts';
import type { modelLv } from '../features/model/locales/lv.ts';
import type { organisationsLv } from '../features/organisations/locales/lv.ts';
import type { peopleLv } from '../features/people/locales/lv.ts';
import type { portfolioLv } from '../features/portfolio/locales/lv.ts';
import type { recipientsLv } from '../features/recipients/locales/lv.ts';
import type { responsibilitiesLv } from '../features/responsibilities/locales/lv.ts';
import type { rolesLv } from '../features/roles/locales/lv.ts';
import type { sessionLv } from '../features/session/locales/lv.ts';
import type { appLv } from './locales/lv.ts';

// Makes every `t('…')` key checked against the Latvian messages, which the English ones mirror. Only `app` and
// `session` are there from the start; the others are added with the first page that needs them (router.tsx).
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'app';
    resources: {
      app: typeof appLv;
      model: typeof modelLv;
      session: typeof sessionLv;
      organisations: typeof organisationsLv;
      people: typeof peopleLv;
      roles: typeof rolesLv;
      account: typeof accountLv;
      responsibilities: typeof responsibilitiesLv;
      audit: typeof auditLv;
      /** Added when a catalogue page first loads (`routes/catalogue/routes.ts`). */
      catalogue: typeof catalogueLv;
      portfolio: typeof portfolioLv;
      recipients: typeof recipientsLv;
    };
  }
}
