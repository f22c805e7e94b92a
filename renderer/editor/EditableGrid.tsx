import { ActionIcon, Button, Collapse, Group, Table, Text, Tooltip } from '@mantine/core';
import { Fragment, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ListPath } from '../document/scenario-edits';
import { useNotices } from '../app/notices';
import { useIssueText } from '../i18n/issue-text';
import type { Checked } from '../document/scenario-edits';
import { useView } from './fields';
import classes from './EditableGrid.module.css';

export interface GridColumn<T> {
  readonly key: string;
  readonly header: string;
  /** A CSS width for the column, e.g. `9rem`; the column without one takes the rest. */
  readonly width?: string;
  readonly numeric?: boolean;
  /** `label` names the cell for screen readers: `Investment item 2: Cost`. */
  render(item: T, index: number, label: string): ReactNode;
}

export interface EditableGridProps<T extends { readonly id: string }> {
  readonly list: ListPath;
  readonly items: readonly T[];
  readonly columns: readonly GridColumn<T>[];
  /** What the table holds, for its caption and screen readers. */
  readonly caption: string;
  /** The section's heading already says what the table holds: keep the caption for screen readers. */
  readonly hideCaption?: boolean;
  /** How a row is named in its buttons: its name, or `Investment item 2`. */
  rowLabel(item: T, index: number): string;
  /** The row's position as words, for cell labels: `Investment item 2`. */
  itemLabel(index: number): string;
  readonly addLabel: string;
  /** A new item; null when `addMenu` offers the choices instead. */
  readonly newItem: (() => T) | null;
  /** Replaces the add button, e.g. a menu of presets. */
  readonly addMenu?: ReactNode;
  /** Further fields of a row, shown when the row is expanded. */
  details?(item: T, index: number): ReactNode;
  readonly empty: string;
}

const focusableSelector = 'input, select, textarea, button';

/**
 * A table of items edited in place. Rows are added, removed and reordered with buttons, and from
 * the keyboard: ↑/↓ move to the same column in the row above or below, Alt+↑/↓ move the row.
 * Rows can be changed only in the base scenario; a named scenario changes values, not lists.
 */
export function EditableGrid<T extends { readonly id: string }>(props: EditableGridProps<T>) {
  const {
    list,
    items,
    columns,
    caption,
    hideCaption,
    rowLabel,
    itemLabel,
    addLabel,
    newItem,
    addMenu,
    details,
    empty,
  } = props;
  const { t } = useTranslation();
  const view = useView();
  const { notify } = useNotices();
  const { scenarioIssue } = useIssueText();
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const body = useRef<HTMLTableSectionElement>(null);
  const locked = !view.isBase;

  const report = (checked: Checked) => {
    if (checked.ok) return;
    notify(
      'error',
      t('editor.grid.refused'),
      checked.issues.map((issue) => t('files.issueAt', { ...scenarioIssue(issue) })),
    );
  };

  const focusCell = (row: number, column: string) => {
    const cell = body.current?.querySelector<HTMLElement>(
      `[data-row="${row}"][data-column="${column}"]`,
    );
    cell?.querySelector<HTMLElement>(focusableSelector)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
    const target = event.target as HTMLElement;
    if (target.tagName === 'SELECT' && !event.altKey) return; // arrows choose an option there
    const cell = target.closest<HTMLElement>('[data-row][data-column]');
    if (!cell) return;
    const row = Number(cell.dataset.row);
    const column = cell.dataset.column ?? '';
    const to = event.key === 'ArrowUp' ? row - 1 : row + 1;
    if (to < 0 || to >= items.length) return;
    event.preventDefault();
    if (event.altKey) {
      if (locked) return;
      const checked = view.move(list, row, to);
      report(checked);
      if (checked.ok) requestAnimationFrame(() => focusCell(to, column));
    } else {
      focusCell(to, column);
    }
  };

  const toggle = (id: string) =>
    setExpanded((previous) => {
      const next = new Set(previous);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const columnCount = columns.length + 1;
  return (
    <div>
      <Table.ScrollContainer minWidth={0} type="native">
        <Table
          className={classes.grid}
          verticalSpacing={4}
          horizontalSpacing={6}
          withRowBorders
          aria-describedby={`${list.join('-')}-keys`}
        >
          <Table.Caption className={hideCaption ? classes.hiddenCaption : classes.caption}>
            {caption}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              {columns.map((column) => (
                <Table.Th
                  key={column.key}
                  style={column.width ? { width: column.width } : undefined}
                  className={column.numeric ? classes.numericHeader : undefined}
                >
                  {column.header}
                </Table.Th>
              ))}
              <Table.Th className={classes.actionsHeader}>
                <Text span size="sm" fw={700}>
                  {t('common.actions')}
                </Text>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody ref={body} onKeyDown={onKeyDown}>
            {items.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={columnCount}>
                  <Text size="sm" c="dimmed">
                    {empty}
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
            {items.map((item, index) => {
              const name = rowLabel(item, index);
              const open = expanded.has(item.id);
              const detailsId = `${list.join('-')}-${item.id}-details`;
              return (
                <Fragment key={item.id}>
                  <Table.Tr className={classes.row}>
                    {columns.map((column) => (
                      <Table.Td
                        key={column.key}
                        data-row={index}
                        data-column={column.key}
                        className={column.width ? classes.cell : classes.mainCell}
                      >
                        {column.render(
                          item,
                          index,
                          t('editor.grid.cell', { item: itemLabel(index), column: column.header }),
                        )}
                      </Table.Td>
                    ))}
                    <Table.Td className={classes.actions}>
                      <Group gap={2} wrap="nowrap" justify="flex-end">
                        {details && (
                          <Tooltip
                            label={t(open ? 'editor.grid.hideDetails' : 'editor.grid.showDetails')}
                          >
                            <ActionIcon
                              variant="subtle"
                              aria-label={t(
                                open ? 'editor.grid.hideDetailsOf' : 'editor.grid.showDetailsOf',
                                { name },
                              )}
                              aria-expanded={open}
                              aria-controls={detailsId}
                              onClick={() => toggle(item.id)}
                            >
                              <span aria-hidden className={open ? classes.open : classes.closed}>
                                ▸
                              </span>
                            </ActionIcon>
                          </Tooltip>
                        )}
                        <ActionIcon
                          variant="subtle"
                          disabled={locked || index === 0}
                          aria-label={t('editor.grid.moveUp', { name })}
                          onClick={() => report(view.move(list, index, index - 1))}
                        >
                          <span aria-hidden>↑</span>
                        </ActionIcon>
                        <ActionIcon
                          variant="subtle"
                          disabled={locked || index === items.length - 1}
                          aria-label={t('editor.grid.moveDown', { name })}
                          onClick={() => report(view.move(list, index, index + 1))}
                        >
                          <span aria-hidden>↓</span>
                        </ActionIcon>
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          disabled={locked}
                          aria-label={t('editor.grid.remove', { name })}
                          onClick={() => report(view.remove(list, index))}
                        >
                          <span aria-hidden>✕</span>
                        </ActionIcon>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                  {details && (
                    <Table.Tr className={open ? classes.detailsRow : classes.hiddenRow}>
                      <Table.Td colSpan={columnCount} id={detailsId} className={classes.details}>
                        <Collapse expanded={open}>{open && details(item, index)}</Collapse>
                      </Table.Td>
                    </Table.Tr>
                  )}
                </Fragment>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Group justify="space-between" mt="xs" gap="xs">
        {addMenu ??
          (newItem && (
            <Button
              size="xs"
              variant="light"
              disabled={locked}
              onClick={() => {
                const checked = view.add(list, newItem());
                report(checked);
                if (checked.ok) {
                  requestAnimationFrame(() => focusCell(items.length, columns[0]?.key ?? ''));
                }
              }}
            >
              {addLabel}
            </Button>
          ))}
        <Text size="xs" c="dimmed" id={`${list.join('-')}-keys`}>
          {locked ? t('editor.grid.lockedHint') : t('editor.grid.keysHint')}
        </Text>
      </Group>
    </div>
  );
}
