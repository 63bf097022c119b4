import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { LANGS, type Lang } from '../../shared/i18n/messages';
import { changeLanguage, currentLanguage } from './language';

export function LanguageSwitch() {
  const { t } = useTranslation();
  return (
    <Segmented<Lang>
      data-testid="language-switch"
      aria-label={t('language.label')}
      size="small"
      value={currentLanguage()}
      options={LANGS.map((lang) => ({
        value: lang,
        label: <span data-testid={`language-${lang}`}>{t(`language.${lang}`)}</span>,
      }))}
      onChange={(lang) => void changeLanguage(lang)}
    />
  );
}
