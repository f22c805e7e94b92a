import { useTranslation } from 'react-i18next';
import { CodecField, SelectField, useView, FieldRow } from '../fields';
import { useCodecs } from '../use-codecs';
import { Section } from './Section';

export function ParametersSection() {
  const { t } = useTranslation();
  const { scenario } = useView();
  const codecs = useCodecs(scenario.project.currency);
  const bases = (['nominal', 'real'] as const).map((value) => ({
    value,
    label: t(`options.discountBasis.${value}`),
  }));
  return (
    <Section id="section-parameters" title={t('editor.sections.parameters')}>
      <FieldRow cols={3}>
        <CodecField
          path={['parameters', 'discountRate', 'rate']}
          label={t('fields.parameters.discountRate.rate')}
          codec={codecs.percent}
          unit="%"
        />
        <SelectField
          path={['parameters', 'discountRate', 'basis']}
          label={t('fields.parameters.discountRate.basis')}
          options={bases}
        />
        <CodecField
          path={['parameters', 'inflation']}
          label={t('fields.parameters.inflation')}
          description={t('editor.hints.inflation')}
          codec={codecs.percent}
          unit="%"
        />
      </FieldRow>
    </Section>
  );
}
