import { SegmentedControl, VisuallyHidden } from '@mantine/core';
import { LANGUAGES, Language } from '@saimnieks/contracts/language';
import { useTranslation } from 'react-i18next';
import { changeLanguage, useLanguage } from '../../lib/i18n.ts';

/** Each language is named in itself, so that a reader of the other language still finds their own. */
const ownNames: Record<Language, string> = { lv: 'latviešu', en: 'English' };

export function LanguageSwitch() {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <SegmentedControl
      aria-label={t('language.label')}
      value={language}
      onChange={(value) => void changeLanguage(Language.parse(value))}
      data={LANGUAGES.map((code) => ({
        value: code,
        label: (
          <span lang={code}>
            {code.toUpperCase()}
            <VisuallyHidden> – {ownNames[code]}</VisuallyHidden>
          </span>
        ),
      }))}
    />
  );
}
