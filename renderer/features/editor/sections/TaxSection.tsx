import { ActionIcon, Button, Group, NativeSelect, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Dec } from '../../../../shared/finance/decimal';
import { TAX_PRESETS, type ScenarioFile, type Tax } from '../../../../shared/scenario';
import { useNotices } from '../../../services/ui/notices';
import { check, setIn, type Checked } from '../../../services/document/scenario-edits';
import { useIssueText } from '../../../services/texts/issue-text';
import {
  CheckField,
  CodecField,
  SelectField,
  useViewRead,
  FieldRow,
} from '../../../services/fields/fields';
import { OptionalGroup } from '../OptionalGroup';
import { useCodecs } from '../../../services/fields/use-codecs';
import { Section } from './Section';

type LooseT = (key: string, options?: Record<string, unknown>) => string;
type Regime = 'none' | 'reduced-rate' | 'small-low-profit';

/**
 * Corporate income tax and its incentives. Presets and switching an incentive on or off reshape
 * the tax section, which only the base can do; named scenarios change its values.
 */
export function TaxSection() {
  const { t } = useTranslation();
  const loose = t as unknown as LooseT;
  const view = useViewRead();
  const { notify } = useNotices();
  const { scenarioIssue } = useIssueText();
  const { scenario, isBase } = view;
  const tax = scenario.tax;
  const codecs = useCodecs(scenario.project.currency);
  const unit = codecs.amountUnit;

  const changeTax = (change: (tax: Tax) => Tax) => {
    const checked: Checked = view.changeBase((file: ScenarioFile) =>
      check(setIn(file, ['tax'], change(file.tax))),
    );
    if (!checked.ok) {
      notify(
        'error',
        t('editor.grid.refused'),
        checked.issues.map((issue) => t('files.issueAt', { ...scenarioIssue(issue) })),
      );
    }
  };

  const applyPreset = (presetId: string) => {
    const preset = TAX_PRESETS.find((candidate) => candidate.id === presetId);
    if (!preset) return;
    changeTax((current) => {
      const next: Tax = { ...preset.tax };
      if (next.preferential)
        next.preferential = {
          ...next.preferential,
          label: loose(`presets.tax.${presetId}.regime`),
        };
      // A preset sets the rate and the incentives; what the company itself is and does stays.
      const {
        companyTaxableIncome,
        disposalAtHorizon,
        payment,
        inputVatRecoveryYears,
        surcharges,
        holiday,
      } = current;
      return {
        ...next,
        ...(surcharges === undefined ? {} : { surcharges }),
        ...(holiday === undefined ? {} : { holiday }),
        ...(companyTaxableIncome === undefined ? {} : { companyTaxableIncome }),
        ...(disposalAtHorizon === undefined ? {} : { disposalAtHorizon }),
        ...(payment === undefined ? {} : { payment }),
        ...(inputVatRecoveryYears === undefined ? {} : { inputVatRecoveryYears }),
      };
    });
  };

  const setRegime = (regime: Regime) =>
    changeTax((current) => {
      const { preferential: _old, ...rest } = current;
      if (regime === 'none') return rest;
      if (regime === 'reduced-rate') {
        return {
          ...rest,
          preferential: { type: regime, label: t('options.regime.reduced-rate'), rate: '0.15' },
        };
      }
      return {
        ...rest,
        preferential: {
          type: regime,
          label: t('options.regime.small-low-profit'),
          bands: [{ upTo: '3000000', rate: '0.05' }],
        },
      };
    });

  const toggleOneTimeDeduction = (on: boolean) =>
    changeTax(({ oneTimeDeduction: _removed, ...rest }) =>
      on ? { ...rest, oneTimeDeduction: { unitThreshold: '5000000' } } : rest,
    );
  const toggleSuperDeduction = (on: boolean) =>
    changeTax(({ superDeduction: _removed, ...rest }) =>
      on ? { ...rest, superDeduction: { rate: '1' } } : rest,
    );
  const toggleCredit = (on: boolean) =>
    changeTax(({ investmentTaxCredit: _removed, ...rest }) =>
      on ? { ...rest, investmentTaxCredit: { rate: '0.1', carryForwardYears: 5 } } : rest,
    );

  const toggleSurcharges = (on: boolean) =>
    changeTax(({ surcharges: _removed, ...rest }) =>
      on
        ? {
            ...rest,
            surcharges: {
              basis: 'vat-rates',
              vatPayable: '0',
              urbanMaintenanceRate: '0.07',
              educationRate: '0.03',
              localEducationRate: '0.02',
              escalates: true,
            },
          }
        : rest,
    );
  const setSurchargeBasis = (basis: 'amount' | 'vat-rates') =>
    changeTax((current) => {
      const entered = current.surcharges;
      if (entered === undefined || entered.basis === basis) return current;
      const { startYear, endYear, escalates } = entered;
      const years = {
        ...(startYear === undefined ? {} : { startYear }),
        ...(endYear === undefined ? {} : { endYear }),
        escalates,
      };
      return {
        ...current,
        surcharges:
          basis === 'amount'
            ? { basis, amount: '0', ...years }
            : {
                basis,
                vatPayable: '0',
                urbanMaintenanceRate: '0.07',
                educationRate: '0.03',
                localEducationRate: '0.02',
                ...years,
              },
      };
    });
  const toggleHoliday = (on: boolean) =>
    changeTax(({ holiday: _removed, ...rest }) =>
      on
        ? { ...rest, holiday: { exemptYears: 3, halfRateYears: 3, from: 'first-operating-year' } }
        : rest,
    );
  const surcharges = tax.surcharges;

  const bands = tax.preferential?.type === 'small-low-profit' ? tax.preferential.bands : [];
  const regime: Regime = tax.preferential?.type ?? 'none';

  return (
    <Section id="section-tax" title={t('editor.sections.tax')}>
      <Group gap="xs" role="group" aria-label={t('editor.tax.presets')}>
        <Text size="sm" fw={500}>
          {t('editor.tax.presets')}
        </Text>
        {TAX_PRESETS.map((preset) => (
          <Button
            key={preset.id}
            size="compact-sm"
            variant="default"
            disabled={!isBase}
            onClick={() => applyPreset(preset.id)}
          >
            {loose(`presets.tax.${preset.id}.name`)}
          </Button>
        ))}
      </Group>
      <FieldRow cols={3}>
        <CodecField
          path={['tax', 'rate']}
          label={t('fields.tax.rate')}
          codec={codecs.percent}
          unit="%"
        />
        <CodecField
          path={['tax', 'lossCarryForwardYears']}
          label={t('fields.tax.lossCarryForwardYears')}
          codec={codecs.whole}
        />
        <CodecField
          path={['tax', 'companyTaxableIncome']}
          label={t('fields.tax.companyTaxableIncome')}
          description={t('editor.hints.companyTaxableIncome')}
          codec={codecs.optionalAmount}
          unit={unit}
        />
      </FieldRow>

      <FieldRow cols={3} align="start">
        <SelectField
          path={['tax', 'payment']}
          label={t('fields.tax.payment')}
          description={t('editor.hints.taxPayment')}
          options={(['same-year', 'following-year'] as const).map((value) => ({
            value,
            label: t(`options.taxPayment.${value}`),
          }))}
        />
        <CodecField
          path={['tax', 'inputVatRecoveryYears']}
          label={t('fields.tax.inputVatRecoveryYears')}
          description={t('editor.hints.inputVatRecoveryYears')}
          codec={codecs.optionalWhole}
        />
        <CheckField
          path={['tax', 'disposalAtHorizon']}
          label={t('fields.tax.disposalAtHorizon')}
          description={t('editor.hints.disposalAtHorizon')}
        />
      </FieldRow>

      <Paper withBorder p="sm">
        <Stack gap="xs">
          <NativeSelect
            label={t('fields.tax.preferential.type')}
            value={regime}
            disabled={!isBase}
            data={(['none', 'reduced-rate', 'small-low-profit'] as const).map((value) => ({
              value,
              label: t(`options.regime.${value}`),
            }))}
            onChange={(event) => setRegime(event.currentTarget.value as Regime)}
          />
          {tax.preferential && (
            <FieldRow cols={2}>
              <CodecField
                path={['tax', 'preferential', 'label']}
                label={t('fields.tax.preferential.label')}
                codec={codecs.text}
              />
              {tax.preferential.type === 'reduced-rate' && (
                <CodecField
                  path={['tax', 'preferential', 'rate']}
                  label={t('fields.tax.preferential.rate')}
                  codec={codecs.percent}
                  unit="%"
                />
              )}
            </FieldRow>
          )}
          {bands.length > 0 && (
            <Stack gap={4} role="group" aria-label={t('fields.tax.preferential.bands._')}>
              <Text size="sm" fw={500}>
                {t('fields.tax.preferential.bands._')}
              </Text>
              {bands.map((_, index) => {
                const item = t('fields.tax.preferential.bands._item', { n: index + 1 });
                return (
                  <Group key={index} gap="xs" wrap="nowrap" align="flex-start">
                    <CodecField
                      path={['tax', 'preferential', 'bands', index, 'upTo']}
                      label={t('editor.grid.cell', {
                        item,
                        column: t('fields.tax.preferential.bands.upTo'),
                      })}
                      codec={codecs.amount}
                      unit={unit}
                    />
                    <CodecField
                      path={['tax', 'preferential', 'bands', index, 'rate']}
                      label={t('editor.grid.cell', {
                        item,
                        column: t('fields.tax.preferential.bands.rate'),
                      })}
                      codec={codecs.percent}
                      unit="%"
                    />
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      mt={28}
                      disabled={!isBase || bands.length < 2}
                      aria-label={t('editor.grid.remove', { name: item })}
                      onClick={() =>
                        changeTax((current) =>
                          current.preferential?.type === 'small-low-profit'
                            ? {
                                ...current,
                                preferential: {
                                  ...current.preferential,
                                  bands: current.preferential.bands.filter(
                                    (__, position) => position !== index,
                                  ),
                                },
                              }
                            : current,
                        )
                      }
                    >
                      <span aria-hidden>✕</span>
                    </ActionIcon>
                  </Group>
                );
              })}
              <Group>
                <Button
                  size="compact-xs"
                  variant="subtle"
                  disabled={!isBase}
                  onClick={() =>
                    changeTax((current) => {
                      if (current.preferential?.type !== 'small-low-profit') return current;
                      const last = current.preferential.bands.at(-1);
                      const upTo = new Dec(last?.upTo ?? '1000000').mul(2).toString();
                      return {
                        ...current,
                        preferential: {
                          ...current.preferential,
                          bands: [
                            ...current.preferential.bands,
                            { upTo, rate: last?.rate ?? '0.05' },
                          ],
                        },
                      };
                    })
                  }
                >
                  {t('editor.tax.addBand')}
                </Button>
              </Group>
            </Stack>
          )}
        </Stack>
      </Paper>

      <FieldRow cols={3} align="start">
        <OptionalGroup
          label={t('fields.tax.oneTimeDeduction._')}
          on={tax.oneTimeDeduction !== undefined}
          disabled={!isBase}
          onToggle={toggleOneTimeDeduction}
        >
          <CodecField
            path={['tax', 'oneTimeDeduction', 'unitThreshold']}
            label={t('fields.tax.oneTimeDeduction.unitThreshold')}
            codec={codecs.amount}
            unit={unit}
          />
        </OptionalGroup>
        <OptionalGroup
          label={t('fields.tax.superDeduction._')}
          on={tax.superDeduction !== undefined}
          disabled={!isBase}
          onToggle={toggleSuperDeduction}
        >
          <CodecField
            path={['tax', 'superDeduction', 'rate']}
            label={t('fields.tax.superDeduction.rate')}
            codec={codecs.percent}
            unit="%"
          />
        </OptionalGroup>
        <OptionalGroup
          label={t('fields.tax.investmentTaxCredit._')}
          on={tax.investmentTaxCredit !== undefined}
          disabled={!isBase}
          onToggle={toggleCredit}
        >
          <CodecField
            path={['tax', 'investmentTaxCredit', 'rate']}
            label={t('fields.tax.investmentTaxCredit.rate')}
            codec={codecs.percent}
            unit="%"
          />
          <CodecField
            path={['tax', 'investmentTaxCredit', 'cap']}
            label={t('fields.tax.investmentTaxCredit.cap')}
            codec={codecs.optionalAmount}
            unit={unit}
          />
          <CodecField
            path={['tax', 'investmentTaxCredit', 'carryForwardYears']}
            label={t('fields.tax.investmentTaxCredit.carryForwardYears')}
            codec={codecs.whole}
          />
        </OptionalGroup>
      </FieldRow>

      <FieldRow cols={2} align="start">
        <OptionalGroup
          label={t('fields.tax.surcharges._')}
          description={t('editor.hints.surcharges')}
          on={surcharges !== undefined}
          disabled={!isBase}
          onToggle={toggleSurcharges}
        >
          {surcharges !== undefined && (
            <>
              <NativeSelect
                label={t('fields.tax.surcharges.basis')}
                value={surcharges.basis}
                disabled={!isBase}
                data={(['vat-rates', 'amount'] as const).map((value) => ({
                  value,
                  label: t(`options.surchargeBasis.${value}`),
                }))}
                onChange={(event) =>
                  setSurchargeBasis(event.currentTarget.value as 'amount' | 'vat-rates')
                }
              />
              {surcharges.basis === 'amount' ? (
                <CodecField
                  path={['tax', 'surcharges', 'amount']}
                  label={t('fields.tax.surcharges.amount')}
                  codec={codecs.amount}
                  unit={unit}
                />
              ) : (
                <>
                  <CodecField
                    path={['tax', 'surcharges', 'vatPayable']}
                    label={t('fields.tax.surcharges.vatPayable')}
                    codec={codecs.amount}
                    unit={unit}
                  />
                  <FieldRow cols={3}>
                    {(['urbanMaintenanceRate', 'educationRate', 'localEducationRate'] as const).map(
                      (key) => (
                        <CodecField
                          key={key}
                          path={['tax', 'surcharges', key]}
                          label={t(`fields.tax.surcharges.${key}`)}
                          codec={codecs.percent}
                          unit="%"
                        />
                      ),
                    )}
                  </FieldRow>
                </>
              )}
              <FieldRow cols={3}>
                <CodecField
                  path={['tax', 'surcharges', 'startYear']}
                  label={t('fields.tax.surcharges.startYear')}
                  codec={codecs.optionalWhole}
                />
                <CodecField
                  path={['tax', 'surcharges', 'endYear']}
                  label={t('fields.tax.surcharges.endYear')}
                  codec={codecs.optionalWhole}
                />
                <CheckField
                  path={['tax', 'surcharges', 'escalates']}
                  label={t('fields.tax.surcharges.escalates')}
                />
              </FieldRow>
            </>
          )}
        </OptionalGroup>
        <OptionalGroup
          label={t('fields.tax.holiday._')}
          description={t('editor.hints.holiday')}
          on={tax.holiday !== undefined}
          disabled={!isBase}
          onToggle={toggleHoliday}
        >
          <FieldRow cols={2}>
            <CodecField
              path={['tax', 'holiday', 'exemptYears']}
              label={t('fields.tax.holiday.exemptYears')}
              codec={codecs.whole}
            />
            <CodecField
              path={['tax', 'holiday', 'halfRateYears']}
              label={t('fields.tax.holiday.halfRateYears')}
              codec={codecs.whole}
            />
          </FieldRow>
          <SelectField
            path={['tax', 'holiday', 'from']}
            label={t('fields.tax.holiday.from')}
            options={(['first-operating-year', 'first-profitable-year'] as const).map((value) => ({
              value,
              label: t(`options.holidayFrom.${value}`),
            }))}
          />
          <CodecField
            path={['tax', 'holiday', 'label']}
            label={t('fields.tax.holiday.label')}
            codec={codecs.optionalText}
          />
        </OptionalGroup>
      </FieldRow>
    </Section>
  );
}
