import { ActionIcon, Group, Table, Text } from '@mantine/core';
import { Fragment, useState, memo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../format/use-format';
import type Decimal from 'decimal.js';
import type { DisplayRow, DisplayTable } from '../evaluation/live-results';
import { rowLabel } from '../evaluation/row-label';
import classes from './ProjectionTableView.module.css';

type LooseT = (key: string, options?: Record<string, unknown>) => string;

/**
 * The yearly projection: line items down, years across, the first column frozen while the years
 * scroll; groups (savings, costs, tax steps, financing) expand to their lines. The table comes
 * rounded and formatted (live-results.ts); negative figures are red, zeros muted.
 */
export const ProjectionTableView = memo(function ProjectionTableView({
  table,
  currency,
  standardRate,
}: {
  table: DisplayTable;
  currency: string;
  /** The standard tax rate, which the tax computation multiplies by. */
  standardRate: Decimal;
}) {
  const { t } = useTranslation();
  const loose = t as unknown as LooseT;
  const format = useFormat(currency);
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());

  const labelOf = (row: DisplayRow) => rowLabel(row, loose, format.percentShort(standardRate));
  const toggle = (group: string) =>
    setOpen((previous) => {
      const next = new Set(previous);
      if (next.has(group)) next.delete(group);
      else next.add(group);
      return next;
    });

  return (
    <div data-testid="projection-table">
      <Group justify="space-between" mb={4}>
        <Text size="xs" c="dimmed">
          {t('results.table.unit', { unit: format.amountUnit })}
        </Text>
      </Group>
      <div
        className={classes.scroller}
        role="region"
        aria-labelledby="projection-caption"
        tabIndex={0}
      >
        <Table
          className={classes.table}
          withRowBorders
          withColumnBorders={false}
          verticalSpacing={4}
          horizontalSpacing="xs"
        >
          <Table.Caption id="projection-caption" className={classes.caption}>
            {t('results.table.caption')}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" className={classes.first}>
                {t('results.table.item')}
              </Table.Th>
              {table.years.map((year, index) => (
                <Table.Th scope="col" key={year} className={classes.number}>
                  <div>{t('results.table.year', { year })}</div>
                  <Text span size="xs" c="dimmed" fw={400}>
                    {table.calendarYears[index]}
                  </Text>
                </Table.Th>
              ))}
              <Table.Th scope="col" className={classes.number}>
                {t('common.total')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {table.rows.map((row) => {
              if (row.group && !open.has(row.group)) return null;
              const label = labelOf(row);
              const expanded = row.expandable ? open.has(row.expandable) : false;
              const hasChildren = row.expandable
                ? table.rows.some((other) => other.group === row.expandable)
                : false;
              return (
                <Fragment key={row.key}>
                  <Table.Tr
                    className={classes.row}
                    data-level={row.level}
                    data-chain={row.chain}
                    data-row={row.key}
                    data-emphasis={row.emphasis ? 'true' : undefined}
                  >
                    <Table.Th scope="row" className={classes.first}>
                      <Group gap={4} wrap="nowrap">
                        {hasChildren ? (
                          <ActionIcon
                            size="sm"
                            variant="subtle"
                            aria-expanded={expanded}
                            aria-label={t(
                              expanded ? 'results.table.collapse' : 'results.table.expand',
                              { name: label },
                            )}
                            onClick={() => toggle(row.expandable!)}
                          >
                            <span aria-hidden className={expanded ? classes.open : classes.closed}>
                              ▸
                            </span>
                          </ActionIcon>
                        ) : (
                          <span className={classes.spacer} aria-hidden />
                        )}
                        <span className={classes.label}>{label}</span>
                      </Group>
                    </Table.Th>
                    {row.cells.length === 0
                      ? table.years.map((year) => <Table.Td key={year} />)
                      : row.cells.map((value, year) => (
                          <Table.Td key={year} className={classes.number} data-sign={value?.sign}>
                            {value?.text ?? ''}
                          </Table.Td>
                        ))}
                    <Table.Td className={classes.number} data-sign={row.total?.sign}>
                      {row.total?.text ?? ''}
                    </Table.Td>
                  </Table.Tr>
                </Fragment>
              );
            })}
          </Table.Tbody>
        </Table>
      </div>
      {open.has('tax') && (
        <Text size="xs" c="dimmed" mt={4} data-testid="tax-chain-note">
          {t('results.table.chain.note')}
        </Text>
      )}
    </div>
  );
});
