import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AnalysisState } from './use-analysis';

type LooseT = (key: string, options?: Record<string, unknown>) => string;

/** Why an analysis gave no result, in the language shown. */
export function AnalysisStatus<R>({ state }: { state: AnalysisState<R> }) {
  const { t, i18n } = useTranslation();
  const loose = t as unknown as LooseT;
  if (state.status === 'cancelled') {
    return (
      <Text size="sm" c="dimmed" role="status">
        {t('risk.cancelled')}
      </Text>
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
