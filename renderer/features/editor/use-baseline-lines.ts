import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Option } from '../../services/fields/fields';
import { useViewRead } from '../../services/fields/fields';

/** The lines of the company baseline a share or a number of days can refer to, by name. */
export function useBaselineLines(): Option[] {
  const { t } = useTranslation();
  const otherCosts = useViewRead().scenario.baseline.otherCosts;
  return useMemo<Option[]>(
    () => [
      ...(['productionCost', 'inspectionLabourCost', 'revenue'] as const).map((value) => ({
        value,
        label: t(`options.baselineLine.${value}`),
      })),
      ...otherCosts.map((line) => ({ value: line.id, label: line.name })),
    ],
    [t, otherCosts],
  );
}
