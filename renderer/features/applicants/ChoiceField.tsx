import { SegmentedControl, Text } from '@mantine/core';
import { useId } from 'react';

/*
 * One choice among a few, shown all at once (a segmented control), with a visible label it is
 * named by and, optionally, a line saying what the current choice means.
 */

export function ChoiceField<Value extends string>({
  label,
  value,
  options,
  onChange,
  hint,
  testId,
}: {
  label: string;
  value: Value;
  options: readonly { readonly value: Value; readonly label: string }[];
  onChange: (value: Value) => void;
  hint?: string;
  testId?: string;
}) {
  const id = useId();
  return (
    <div>
      <Text size="sm" fw={500} mb={4} id={`${id}-label`}>
        {label}
      </Text>
      <SegmentedControl
        aria-labelledby={`${id}-label`}
        {...(hint === undefined ? {} : { 'aria-describedby': `${id}-hint` })}
        value={value}
        onChange={(chosen) => {
          const found = options.find((option) => option.value === chosen);
          if (found) onChange(found.value);
        }}
        data={options.map((option) => ({ value: option.value, label: option.label }))}
        {...(testId === undefined ? {} : { 'data-testid': testId })}
      />
      {hint !== undefined && (
        <Text size="xs" c="dimmed" mt={4} id={`${id}-hint`}>
          {hint}
        </Text>
      )}
    </div>
  );
}
