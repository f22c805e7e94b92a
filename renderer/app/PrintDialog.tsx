import { Button, Checkbox, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dec } from '../../shared/finance/decimal';
import { useFormat } from '../format/use-format';
import type { MonteCarloRun } from '../risk/last-monte-carlo';

export interface PrintChoices {
  readonly preparer: string;
  readonly monteCarlo: MonteCarloRun | null;
}

/** What goes on the report before it is printed: who prepared it, and the Monte Carlo summary. */
export function PrintDialog({
  opened,
  scenarioLabel,
  preparer,
  lastRun,
  onClose,
  onPrint,
}: {
  opened: boolean;
  scenarioLabel: string;
  preparer: string;
  lastRun: MonteCarloRun | null;
  onClose: () => void;
  onPrint: (choices: PrintChoices) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [name, setName] = useState(preparer);
  const [includeRun, setIncludeRun] = useState(true);
  useEffect(() => {
    if (opened) setName(preparer);
  }, [opened, preparer]);

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
            monteCarlo: lastRun !== null && includeRun ? lastRun : null,
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
