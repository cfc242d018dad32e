import { Paper, Text, Title } from '@mantine/core';
import { useT } from '@simpul/web-kit';
import type { ReactNode } from 'react';
import { MPP } from '../messages';

/**
 * A chart with its data table behind it: the SVG is one image described in words, and the table
 * (one click away, and always in the page for screen readers and copying) holds every number.
 */
export function ChartFigure({
  title,
  description,
  chart,
  table,
  headingLevel = 2,
}: {
  title: string;
  description?: string;
  chart: ReactNode;
  table: ReactNode;
  headingLevel?: 2 | 3;
}) {
  const t = useT(MPP);
  return (
    <Paper component="figure" withBorder p="md" m={0} radius="sm">
      <Title order={headingLevel} size="h4" mb={4}>
        {title}
      </Title>
      {description && (
        <Text component="figcaption" size="sm" c="dimmed" mb="sm">
          {description}
        </Text>
      )}
      {chart}
      <details style={{ marginTop: 8 }}>
        <summary style={{ cursor: 'pointer', fontWeight: 600 }}>{t('chart.showTable')}</summary>
        {table}
      </details>
    </Paper>
  );
}
