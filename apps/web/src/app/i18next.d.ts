import 'i18next';
import type { modelLv } from '../features/model/locales/lv.ts';
import type { appLv } from './locales/lv.ts';

// Makes every `t('…')` key checked against the Latvian messages, which the English ones mirror.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'app';
    resources: { app: typeof appLv; model: typeof modelLv };
  }
}
