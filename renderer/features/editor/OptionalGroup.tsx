import { Checkbox, Paper, Stack } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A part of the scenario that is there or not (an incentive, a terminal value): a box to switch it
 * on, which only the base can do, and its fields while it is on.
 */
export function OptionalGroup({
  label,
  description,
  on,
  disabled,
  onToggle,
  children,
}: {
  label: string;
  description?: string;
  on: boolean;
  disabled: boolean;
  onToggle(on: boolean): void;
  children: ReactNode;
}) {
  return (
    <Paper withBorder p="sm">
      <Stack gap="xs">
        <Checkbox
          label={label}
          description={description}
          checked={on}
          disabled={disabled}
          onChange={(event) => onToggle(event.currentTarget.checked)}
        />
        {on && children}
      </Stack>
    </Paper>
  );
}
