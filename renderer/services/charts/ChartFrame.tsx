import { Box, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A chart with its heading; the canvas carries a text description of what it shows. */
export function ChartFrame({
  id,
  title,
  note,
  height = 240,
  children,
}: {
  id: string;
  title: string;
  note?: string;
  height?: number;
  children: ReactNode;
}) {
  return (
    <Box component="figure" m={0} aria-labelledby={`${id}-title`}>
      <Title order={3} size="h6" id={`${id}-title`} mb={4}>
        {title}
      </Title>
      <div style={{ position: 'relative', height }} data-testid={id}>
        {children}
      </div>
      {note && (
        <Text size="xs" c="dimmed" mt={4}>
          {note}
        </Text>
      )}
    </Box>
  );
}
