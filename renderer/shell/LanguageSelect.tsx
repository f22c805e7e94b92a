import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isLanguage, languages } from '../services/i18n';
import { useSettings } from '../services/settings/settings-context';

/** The language, switchable from the header in one step; the choice is remembered by the host. */
export function LanguageSelect({ className }: { readonly className?: string | undefined }) {
  const { t } = useTranslation();
  const { settings, update } = useSettings();
  return (
    <NativeSelect
      aria-label={t('language.label')}
      className={className}
      size="xs"
      value={settings.locale}
      onChange={(event) => {
        const value = event.currentTarget.value;
        update({ locale: isLanguage(value) ? value : 'system' });
      }}
      data={[
        { value: 'system', label: t('language.system') },
        ...languages.map((code) => ({ value: code, label: t(`language.${code}`) })),
      ]}
    />
  );
}
