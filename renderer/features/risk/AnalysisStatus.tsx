import { Alert, Button, Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Dec } from '../../../shared/finance/decimal';
import { useFormat } from '../../services/format/use-format';
import type { AnalysisState } from './use-analysis';

type LooseT = (key: string, options?: Record<string, unknown>) => string;

/**
 * Why an analysis gave no result, in the language shown. A cancelled run can be started again
 * when `onRestart` is given.
 */
export function AnalysisStatus<R>({
  state,
  onRestart,
}: {
  state: AnalysisState<R>;
  onRestart?: () => void;
}) {
  const { t, i18n } = useTranslation();
  const loose = t as unknown as LooseT;
  if (state.status === 'cancelled') {
    return (
      <Group gap="sm">
        <Text size="sm" c="dimmed" role="status">
          {t('risk.cancelled')}
        </Text>
        {onRestart && (
          <Button size="xs" variant="light" onClick={onRestart}>
            {t('risk.runAgain')}
          </Button>
        )}
      </Group>
    );
  }
  if (state.status !== 'failed') return null;
  const key = state.code ? `risk.errors.${state.code}` : null;
  return (
    <Alert color="red" title={t('risk.failed')} role="alert">
      {key && i18n.exists(key)
        ? loose(key)
        : t('risk.errors.unexpected', { detail: state.message })}
    </Alert>
  );
}

/**
 * A running analysis: how far it has come and a button to stop it. A large case (a thousand
 * investment items) takes minutes, and the person must be able to see that and end it.
 */
export function AnalysisProgress<R>({
  state,
  onCancel,
}: {
  state: AnalysisState<R>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat('CNY');
  if (state.status !== 'running') return null;
  return (
    <Stack gap={4}>
      <Group gap="sm" wrap="nowrap">
        <Progress
          flex={1}
          value={state.total > 0 ? (100 * state.done) / state.total : 0}
          aria-label={t('risk.progressLabel')}
          transitionDuration={0}
        />
        <Button size="xs" color="red" variant="light" onClick={onCancel}>
          {t('risk.stop')}
        </Button>
      </Group>
      <Text size="xs" c="dimmed" role="status">
        {state.total > 0
          ? t('risk.progress', {
              done: format.number(new Dec(state.done), 0),
              total: format.number(new Dec(state.total), 0),
            })
          : t('risk.computing')}
      </Text>
    </Stack>
  );
}
