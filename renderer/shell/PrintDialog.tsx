import { Button, Checkbox, Group, Modal, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dec } from '../../shared/finance/decimal';
import { AmountScaleSchema, type AmountScale } from '../../shared/i18n/amount-scale';
import { useFormat } from '../services/format/use-format';
import type { MonteCarloRun } from '../features/risk/last-monte-carlo';
import { STATEMENT_TEXTS } from '../../shared/i18n/catalogue/statements';

export interface PrintChoices {
  readonly preparer: string;
  /** The unit of the report's amounts: the app's, unless changed for this report. */
  readonly amountScale: AmountScale;
  readonly monteCarlo: MonteCarloRun | null;
  /** The appendix of feasibility-study statements: on for a Chinese report unless unticked. */
  readonly statements: boolean;
}

/**
 * What goes on the report before it is printed: who prepared it, the unit of its amounts (a
 * Chinese report of yuan; starts as the screen shows them) and the Monte Carlo summary.
 */
export function PrintDialog({
  opened,
  scenarioLabel,
  preparer,
  currency,
  lastRun,
  onClose,
  onPrint,
}: {
  opened: boolean;
  scenarioLabel: string;
  preparer: string;
  /** The scenario's currency: only yuan have a unit to choose. */
  currency: string;
  lastRun: MonteCarloRun | null;
  onClose: () => void;
  onPrint: (choices: PrintChoices) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat(currency);
  const [name, setName] = useState(preparer);
  const [scale, setScale] = useState<AmountScale>(format.scale);
  const [includeRun, setIncludeRun] = useState(true);
  const [statements, setStatements] = useState(format.locale === 'zh-CN');
  useEffect(() => {
    if (!opened) return;
    setName(preparer);
    setScale(format.scale);
    setStatements(format.locale === 'zh-CN');
  }, [opened, preparer, format.scale, format.locale]);
  const chooseUnit = format.locale === 'zh-CN' && currency === 'CNY';

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('print.title')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      centered
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          onPrint({
            preparer: name.trim(),
            amountScale: scale,
            monteCarlo: lastRun !== null && includeRun ? lastRun : null,
            statements,
          });
        }}
      >
        <Stack gap="md">
          <Text size="sm">{t('print.intro', { scenario: scenarioLabel })}</Text>
          <TextInput
            data-autofocus
            label={t('print.preparer')}
            description={t('print.preparerHint')}
            value={name}
            maxLength={200}
            onChange={(event) => setName(event.currentTarget.value)}
          />
          {chooseUnit && (
            <Radio.Group
              label={t('print.unit')}
              value={scale}
              onChange={(value) => {
                const chosen = AmountScaleSchema.safeParse(value);
                if (chosen.success) setScale(chosen.data);
              }}
            >
              <Group gap="md" mt={4}>
                <Radio value="unit" label={t('format.yuanUnit')} />
                <Radio value="ten-thousand" label={t('format.tenThousandUnit')} />
                <Radio value="hundred-million" label={t('format.hundredMillionUnit')} />
              </Group>
            </Radio.Group>
          )}
          {lastRun !== null ? (
            <Checkbox
              label={t('print.monteCarlo', {
                draws: format.number(new Dec(lastRun.draws), 0),
                seed: lastRun.seed,
              })}
              checked={includeRun}
              onChange={(event) => setIncludeRun(event.currentTarget.checked)}
            />
          ) : (
            <Text size="sm" c="dimmed">
              {t('print.noMonteCarlo')}
            </Text>
          )}
          <Checkbox
            data-testid="print-statements"
            label={STATEMENT_TEXTS[format.locale === 'zh-CN' ? 'zh-CN' : 'en'].printOption}
            checked={statements}
            onChange={(event) => setStatements(event.currentTarget.checked)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit">{t('print.export')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
