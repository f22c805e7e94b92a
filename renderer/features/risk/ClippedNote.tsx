import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Clipped } from '../../../shared/analysis';
import type { DriverText } from '../../services/texts/driver-text';

export interface ClippedRange {
  readonly path: string;
  readonly low: number;
  readonly high: number;
  readonly clipped: Clipped;
}

/**
 * Says which ranges stopped at a driver's physical limit (a share at 100 %, an amount at 0), so a
 * bar or a column that looks short is read as what it is.
 */
export function ClippedNote({
  ranges,
  text,
  testId,
}: {
  ranges: readonly ClippedRange[];
  text: DriverText;
  testId: string;
}) {
  const { t } = useTranslation();
  const clipped = ranges.filter((range) => range.clipped !== null);
  if (clipped.length === 0) return null;
  const drivers = clipped.map((range) => {
    const driver = text.label(range.path);
    const low = text.value(range.path, range.low);
    const high = text.value(range.path, range.high);
    if (range.clipped === 'both') return t('risk.clippedEnd.both', { driver, low, high });
    return range.clipped === 'low'
      ? t('risk.clippedEnd.low', { driver, value: low })
      : t('risk.clippedEnd.high', { driver, value: high });
  });
  return (
    <Text size="xs" c="dimmed" data-testid={testId}>
      {t('risk.clipped', { drivers: drivers.join(t('common.listSeparator')) })}
    </Text>
  );
}
