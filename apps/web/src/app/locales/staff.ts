import type { Language } from '@saimnieks/contracts/language';
import { accountEn } from '../../features/account/locales/en.ts';
import { accountLv } from '../../features/account/locales/lv.ts';
import { auditEn } from '../../features/audit/locales/en.ts';
import { auditLv } from '../../features/audit/locales/lv.ts';
import { modelEn } from '../../features/model/locales/en.ts';
import { modelLv } from '../../features/model/locales/lv.ts';
import { organisationsEn } from '../../features/organisations/locales/en.ts';
import { organisationsLv } from '../../features/organisations/locales/lv.ts';
import { peopleEn } from '../../features/people/locales/en.ts';
import { peopleLv } from '../../features/people/locales/lv.ts';
import { portfolioEn } from '../../features/portfolio/locales/en.ts';
import { portfolioLv } from '../../features/portfolio/locales/lv.ts';
import { recipientsEn } from '../../features/recipients/locales/en.ts';
import { recipientsLv } from '../../features/recipients/locales/lv.ts';
import { responsibilitiesEn } from '../../features/responsibilities/locales/en.ts';
import { responsibilitiesLv } from '../../features/responsibilities/locales/lv.ts';
import { rolesEn } from '../../features/roles/locales/en.ts';
import { rolesLv } from '../../features/roles/locales/lv.ts';

/**
 * The texts of the model, portfolio and administration pages, by namespace: loaded together with the first of those
 * pages (`router.tsx`), since their pages compose several of these features.
 */
export const staffMessages: Record<string, Record<Language, object>> = {
  model: { lv: modelLv, en: modelEn },
  organisations: { lv: organisationsLv, en: organisationsEn },
  people: { lv: peopleLv, en: peopleEn },
  roles: { lv: rolesLv, en: rolesEn },
  account: { lv: accountLv, en: accountEn },
  responsibilities: { lv: responsibilitiesLv, en: responsibilitiesEn },
  audit: { lv: auditLv, en: auditEn },
  portfolio: { lv: portfolioLv, en: portfolioEn },
  recipients: { lv: recipientsLv, en: recipientsEn },
};
