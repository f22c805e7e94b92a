import { ActionIcon, Button, Collapse, Group, Table, Text, Tooltip } from '@mantine/core';
import {
  Fragment,
  memo,
  useCallback,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { ListPath } from '../../services/document/scenario-edits';
import type { Codec } from '../../services/fields/codecs';
import {
  CodecField,
  SelectField,
  sameOptions,
  useViewRead,
  type Option,
} from '../../services/fields/fields';
import { useRefusal } from './use-refusal';
import classes from './EditableGrid.module.css';

/**
 * A column of the grid. Most are one field of the item, named by `key`: a text box read through
 * `codec`, or a choice among `options`. Anything else is drawn by `render`.
 */
export interface GridColumn<T> {
  readonly key: string;
  readonly header: string;
  /** A CSS width for the column, e.g. `9rem`; the column without one takes the rest. */
  readonly width?: string;
  /** Right-aligned header; a codec column follows its codec. */
  readonly numeric?: boolean;
  /** In a narrow column, where rows stack, the cell takes a line of its own (long choices). */
  readonly wide?: boolean;
  readonly codec?: Codec;
  readonly options?: readonly Option[];
  /** `label` names the cell for screen readers: `Investment item 2: Cost`. */
  render?(item: T, index: number, label: string): ReactNode;
  /**
   * What `render` reads besides the item, its index, the language and whether the base is edited
   * (e.g. the names of the baseline lines): a row is drawn again only when one of these changes.
   */
  readonly reads?: readonly unknown[];
}

export interface EditableGridProps<T extends { readonly id: string; readonly name: string }> {
  readonly list: ListPath;
  readonly items: readonly T[];
  readonly columns: readonly GridColumn<T>[];
  /** What the table holds, for its caption and screen readers. */
  readonly caption: string;
  /** The section's heading already says what the table holds: keep the caption for screen readers. */
  readonly hideCaption?: boolean;
  /** The row's position as words, for buttons of unnamed rows and cell labels: `Investment item 2`. */
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
 * A keystroke redraws only the row it changes, so a scenario of hundreds of items stays quick.
 */
export function EditableGrid<T extends { readonly id: string; readonly name: string }>(
  props: EditableGridProps<T>,
) {
  const {
    list,
    items,
    columns,
    caption,
    hideCaption,
    itemLabel,
    addLabel,
    newItem,
    addMenu,
    details,
    empty,
  } = props;
  const { t } = useTranslation();
  const view = useViewRead();
  const report = useRefusal();
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const body = useRef<HTMLTableSectionElement>(null);
  const locked = !view.isBase;

  // The rows are memoised: their handlers keep their identity and read the latest view here.
  const latest = useRef({ view, list, report });
  latest.current = { view, list, report };
  const onMove = useCallback((from: number, to: number) => {
    const { view: current, list: at, report: say } = latest.current;
    say(current.move(at, from, to));
  }, []);
  const onRemove = useCallback((index: number) => {
    const { view: current, list: at, report: say } = latest.current;
    say(current.remove(at, index));
  }, []);
  const onToggle = useCallback(
    (id: string) =>
      setExpanded((previous) => {
        const next = new Set(previous);
        if (next.has(id)) next.delete(id);
        else next.add(id);
        return next;
      }),
    [],
  );

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

  // Words for each row's place, worked out again only when the count or the language changes.
  const latestLabel = useRef(itemLabel);
  latestLabel.current = itemLabel;
  const positions = useMemo(
    () => Array.from({ length: items.length }, (_, index) => latestLabel.current(index)),
    [items.length, t],
  );

  const columnCount = columns.length + 1;
  return (
    <div className={classes.container}>
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
                  className={isNumeric(column) ? classes.numericHeader : undefined}
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
              const position = positions[index] ?? itemLabel(index);
              return (
                <GridRow<T>
                  key={item.id}
                  list={list}
                  item={item}
                  index={index}
                  last={index === items.length - 1}
                  name={item.name || position}
                  position={position}
                  columns={columns}
                  details={details}
                  open={expanded.has(item.id)}
                  locked={locked}
                  scenarioName={view.scenarioName}
                  onToggle={onToggle}
                  onMove={onMove}
                  onRemove={onRemove}
                />
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

const isNumeric = <T,>(column: GridColumn<T>) => column.numeric ?? column.codec?.numeric ?? false;

interface GridRowProps<T> {
  readonly list: ListPath;
  readonly item: T;
  readonly index: number;
  readonly last: boolean;
  /** How the row is named in its buttons. */
  readonly name: string;
  /** The row's position as words, for the cell labels. */
  readonly position: string;
  readonly columns: readonly GridColumn<T>[];
  readonly details: ((item: T, index: number) => ReactNode) | undefined;
  readonly open: boolean;
  readonly locked: boolean;
  /** Fields write into the scenario shown: a row of another scenario is another row. */
  readonly scenarioName: string;
  onToggle(id: string): void;
  onMove(from: number, to: number): void;
  onRemove(index: number): void;
}

function GridRowView<T extends { readonly id: string }>(props: GridRowProps<T>) {
  const { list, item, index, last, name, position, columns, details, open, locked } = props;
  const { t } = useTranslation();
  const detailsId = `${list.join('-')}-${item.id}-details`;
  return (
    <Fragment>
      <Table.Tr className={classes.row}>
        {columns.map((column) => (
          <Table.Td
            key={column.key}
            data-row={index}
            data-column={column.key}
            data-label={column.header}
            data-wide={column.wide ? 'true' : undefined}
            className={column.width ? classes.cell : classes.mainCell}
            style={column.width ? ({ '--cell-width': column.width } as CSSProperties) : undefined}
          >
            <Cell
              list={list}
              item={item}
              index={index}
              column={column}
              label={t('editor.grid.cell', { item: position, column: column.header })}
            />
          </Table.Td>
        ))}
        <Table.Td className={classes.actions}>
          <Group gap={2} wrap="nowrap" justify="flex-end">
            {details && (
              <Tooltip label={t(open ? 'editor.grid.hideDetails' : 'editor.grid.showDetails')}>
                <ActionIcon
                  variant="subtle"
                  aria-label={t(open ? 'editor.grid.hideDetailsOf' : 'editor.grid.showDetailsOf', {
                    name,
                  })}
                  aria-expanded={open}
                  aria-controls={detailsId}
                  onClick={() => props.onToggle(item.id)}
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
              onClick={() => props.onMove(index, index - 1)}
            >
              <span aria-hidden>↑</span>
            </ActionIcon>
            <ActionIcon
              variant="subtle"
              disabled={locked || last}
              aria-label={t('editor.grid.moveDown', { name })}
              onClick={() => props.onMove(index, index + 1)}
            >
              <span aria-hidden>↓</span>
            </ActionIcon>
            <ActionIcon
              variant="subtle"
              color="red"
              disabled={locked}
              aria-label={t('editor.grid.remove', { name })}
              onClick={() => props.onRemove(index)}
            >
              <span aria-hidden>✕</span>
            </ActionIcon>
          </Group>
        </Table.Td>
      </Table.Tr>
      {details && (
        <Table.Tr className={open ? classes.detailsRow : classes.hiddenRow}>
          <Table.Td colSpan={columns.length + 1} id={detailsId} className={classes.details}>
            <Collapse expanded={open}>{open && details(item, index)}</Collapse>
          </Table.Td>
        </Table.Tr>
      )}
    </Fragment>
  );
}

function Cell<T>({
  list,
  item,
  index,
  column,
  label,
}: {
  list: ListPath;
  item: T;
  index: number;
  column: GridColumn<T>;
  label: string;
}) {
  if (column.render) return column.render(item, index, label);
  const path = [...list, index, column.key];
  if (column.options) {
    return <SelectField path={path} label={label} hideLabel options={column.options} />;
  }
  if (column.codec) return <CodecField path={path} label={label} hideLabel codec={column.codec} />;
  return null;
}

const sameColumn = <T,>(a: GridColumn<T>, b: GridColumn<T>) =>
  a.key === b.key &&
  a.header === b.header &&
  a.width === b.width &&
  a.numeric === b.numeric &&
  a.wide === b.wide &&
  a.codec === b.codec &&
  (a.options === b.options ||
    (a.options !== undefined && b.options !== undefined && sameOptions(a.options, b.options))) &&
  (a.reads ?? []).length === (b.reads ?? []).length &&
  (a.reads ?? []).every((value, index) => Object.is(value, b.reads?.[index]));

/*
 * An open row is always drawn again: its details may read anything in the scenario. A closed row
 * shows only its item's fields (every field still follows its own value and draft through the
 * view), so it is drawn again only when the item, its place or how its columns look changes.
 */
const GridRow = memo(
  GridRowView,
  (before, after) =>
    !before.open &&
    !after.open &&
    before.item === after.item &&
    before.index === after.index &&
    before.last === after.last &&
    before.name === after.name &&
    before.position === after.position &&
    before.locked === after.locked &&
    before.scenarioName === after.scenarioName &&
    (before.details === undefined) === (after.details === undefined) &&
    before.list.join() === after.list.join() &&
    before.onToggle === after.onToggle &&
    before.onMove === after.onMove &&
    before.onRemove === after.onRemove &&
    before.columns.length === after.columns.length &&
    before.columns.every((column, index) => sameColumn(column, after.columns[index]!)),
) as <T extends { readonly id: string }>(props: GridRowProps<T>) => ReactNode;
