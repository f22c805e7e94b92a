import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSettings } from '../../../services/settings/settings-context';
import { CodecField, SelectField, useViewRead, FieldRow } from '../../../services/fields/fields';
import { useCodecs } from '../../../services/fields/use-codecs';
import { Section } from './Section';

const CURRENCIES = ['CNY', 'USD', 'EUR', 'HKD', 'JPY', 'GBP'] as const;

export function ProjectSection() {
  const { t } = useTranslation();
  const { language } = useSettings();
  const { scenario } = useViewRead();
  const codecs = useCodecs(scenario.project.currency);
  const currencies = useMemo(() => {
    const names = new Intl.DisplayNames([language], { type: 'currency' });
    return CURRENCIES.map((code) => ({
      value: code,
      label: `${code} — ${names.of(code) ?? code}`,
    }));
  }, [language]);
  return (
    <Section id="section-project" title={t('editor.sections.project')}>
      <FieldRow cols={2}>
        <CodecField
          path={['project', 'name']}
          label={t('fields.project.name')}
          codec={codecs.text}
        />
        <CodecField
          path={['project', 'company']}
          label={t('fields.project.company')}
          codec={codecs.optionalText}
        />
        <SelectField
          path={['project', 'currency']}
          label={t('fields.project.currency')}
          options={currencies}
        />
        <CodecField
          path={['project', 'startYear']}
          label={t('fields.project.startYear')}
          codec={codecs.whole}
        />
        <CodecField
          path={['project', 'horizonYears']}
          label={t('fields.project.horizonYears')}
          description={t('editor.hints.horizon')}
          codec={codecs.whole}
        />
      </FieldRow>
      <CodecField
        path={['project', 'notes']}
        label={t('fields.project.notes')}
        codec={codecs.optionalText}
        multiline
      />
    </Section>
  );
}
