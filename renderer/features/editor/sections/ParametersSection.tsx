import { useTranslation } from 'react-i18next';
import { EU_REFERENCE_DISCOUNT_RATE } from '../../../../shared/model';
import { PAYBACK_CONVENTIONS, type Scenario, type ScenarioFile } from '../../../../shared/scenario';
import { check, setIn } from '../../../services/document/scenario-edits';
import { CodecField, SelectField, useViewRead, FieldRow } from '../../../services/fields/fields';
import { OptionalGroup } from '../OptionalGroup';
import { useCodecs } from '../../../services/fields/use-codecs';
import { useRefusal } from '../use-refusal';
import { Section } from './Section';

type Parameters = Scenario['parameters'];

export function ParametersSection() {
  const { t } = useTranslation();
  const view = useViewRead();
  const report = useRefusal();
  const { scenario, isBase } = view;
  const { parameters } = scenario;
  const codecs = useCodecs(scenario.project.currency);
  const bases = (['nominal', 'real'] as const).map((value) => ({
    value,
    label: t(`options.discountBasis.${value}`),
  }));

  // Switching a part of the parameters on or off reshapes them, which only the base can do.
  const changeParameters = (change: (parameters: Parameters) => Parameters) =>
    report(
      view.changeBase((file: ScenarioFile) =>
        check(setIn(file, ['parameters'], change(file.parameters))),
      ),
    );
  const toggleTerminalValue = (on: boolean) =>
    changeParameters(({ terminalValue: _removed, ...rest }) =>
      on ? { ...rest, terminalValue: { growth: '0.02' } } : rest,
    );
  const toggleFundingGapRate = (on: boolean) =>
    changeParameters(({ fundingGapDiscountRate: _removed, ...rest }) =>
      on
        ? { ...rest, fundingGapDiscountRate: { rate: EU_REFERENCE_DISCOUNT_RATE, basis: 'real' } }
        : rest,
    );

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
      <FieldRow cols={3} align="start">
        <SelectField
          path={['parameters', 'payback']}
          label={t('fields.parameters.payback')}
          description={t('editor.hints.payback')}
          options={PAYBACK_CONVENTIONS.map((value) => ({
            value,
            label: t(`options.payback.${value}`),
          }))}
        />
        <CodecField
          path={['parameters', 'mirr', 'financeRate']}
          label={t('fields.parameters.mirr.financeRate')}
          description={t('editor.hints.mirr')}
          codec={codecs.optionalPercent}
          unit="%"
        />
        <CodecField
          path={['parameters', 'mirr', 'reinvestmentRate']}
          label={t('fields.parameters.mirr.reinvestmentRate')}
          description={t('editor.hints.mirr')}
          codec={codecs.optionalPercent}
          unit="%"
        />
      </FieldRow>
      <FieldRow cols={2} align="start">
        <OptionalGroup
          label={t('editor.parameters.terminalValue')}
          description={t('editor.hints.terminalValue')}
          on={parameters.terminalValue !== undefined}
          disabled={!isBase}
          onToggle={toggleTerminalValue}
        >
          <CodecField
            path={['parameters', 'terminalValue', 'growth']}
            label={t('fields.parameters.terminalValue.growth')}
            codec={codecs.percent}
            unit="%"
          />
        </OptionalGroup>
        <OptionalGroup
          label={t('editor.parameters.fundingGap')}
          description={t('editor.hints.fundingGap')}
          on={parameters.fundingGapDiscountRate !== undefined}
          disabled={!isBase}
          onToggle={toggleFundingGapRate}
        >
          <FieldRow cols={2}>
            <CodecField
              path={['parameters', 'fundingGapDiscountRate', 'rate']}
              label={t('fields.parameters.fundingGapDiscountRate.rate')}
              codec={codecs.percent}
              unit="%"
            />
            <SelectField
              path={['parameters', 'fundingGapDiscountRate', 'basis']}
              label={t('fields.parameters.fundingGapDiscountRate.basis')}
              options={bases}
            />
          </FieldRow>
        </OptionalGroup>
      </FieldRow>
    </Section>
  );
}
