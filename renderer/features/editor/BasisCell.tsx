import { Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import type { FieldPath } from '../../services/document/scenario-edits';
import { SelectField, type Option } from '../../services/fields/fields';

/**
 * How an item is entered (an amount, a share or days of a baseline line…) and, unless it is an
 * amount, which baseline line: one cell of a grid. Choosing another basis reshapes the item, which
 * only the base can do.
 */
export function BasisCell({
  item,
  basis,
  label,
  lineLabel,
  bases,
  lines,
  disabled,
  onSelect,
  before,
}: {
  /** The item's path: `['effects', 2]`. */
  item: FieldPath;
  basis: string;
  label: string;
  lineLabel: string;
  bases: readonly Option[];
  lines: readonly Option[];
  disabled: boolean;
  onSelect(value: string): void;
  /** A field shown above the basis in the same cell. */
  before?: ReactNode;
}) {
  return (
    <Stack gap={4}>
      {before}
      <SelectField
        path={[...item, 'basis']}
        label={label}
        hideLabel
        options={bases}
        disabled={disabled}
        onSelect={onSelect}
      />
      {basis !== 'amount' && (
        <SelectField path={[...item, 'baselineLine']} label={lineLabel} hideLabel options={lines} />
      )}
    </Stack>
  );
}
