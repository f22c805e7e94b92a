import { useCallback, useLayoutEffect, useState, type RefObject, type UIEvent } from 'react';

/*
 * A window over a long table body: a thousand rows of a dozen cells each cost seconds
 * to render on every keystroke, so only the rows in the scroll container's view, plus a margin,
 * are in the DOM; spacer rows above and below keep the scroll height of all of them.
 */

/** Rows rendered beyond each edge of the view, so that a quick scroll shows no gap. */
const OVERSCAN = 12;
/** The view's height before the container is laid out (and in a DOM without layout). */
const FALLBACK_VIEW = 720;
/** The rows the window counts, marked so that their height can be measured. */
export const WINDOW_ROW = { 'data-window-row': true } as const;

export interface RowWindow {
  /** First row rendered; always even, so that striping stays with the row, not its position. */
  readonly start: number;
  /** One past the last row rendered. */
  readonly end: number;
  readonly above: number;
  readonly below: number;
  readonly onScroll: (event: UIEvent<HTMLElement>) => void;
}

/** Extra height below one row (an expanded detail row), rendered only with that row. */
export interface Insert {
  readonly after: number;
  readonly height: number;
}

/**
 * The rows of `count` to render in `container`, each about `estimatedRowHeight` pixels high; the
 * height of a row rendered with WINDOW_ROW corrects the estimate once laid out.
 * When `rows` changes (another filter or order), the view returns to the first row.
 */
export function useRowWindow(
  count: number,
  estimatedRowHeight: number,
  container: RefObject<HTMLElement | null>,
  insert: Insert | null = null,
  rows: unknown = null,
): RowWindow {
  const [scrollTop, setScrollTop] = useState(0);

  useLayoutEffect(() => {
    if (container.current) container.current.scrollTop = 0;
    setScrollTop(0);
  }, [rows, container]);
  const [viewHeight, setViewHeight] = useState(FALLBACK_VIEW);
  const [rowHeight, setRowHeight] = useState(estimatedRowHeight);

  useLayoutEffect(() => {
    const element = container.current;
    if (!element) return;
    if (element.clientHeight > 0 && element.clientHeight !== viewHeight) {
      setViewHeight(element.clientHeight);
    }
    const measured = element.querySelector<HTMLElement>('tr[data-window-row]')?.offsetHeight;
    if (measured && Math.abs(measured - rowHeight) > 0.5) setRowHeight(measured);
  });

  const onScroll = useCallback(
    (event: UIEvent<HTMLElement>) => setScrollTop(event.currentTarget.scrollTop),
    [],
  );

  const extra = insert && insert.after < count ? insert : null;
  const topOf = (row: number) => row * rowHeight + (extra && row > extra.after ? extra.height : 0);
  const rowAt = (y: number) => {
    if (!extra || y < topOf(extra.after + 1)) return Math.floor(y / rowHeight);
    return Math.max(extra.after, Math.floor((y - extra.height) / rowHeight));
  };
  const end = Math.min(count, rowAt(scrollTop + viewHeight) + 1 + OVERSCAN);
  const first = Math.min(end, Math.max(0, rowAt(scrollTop) - OVERSCAN));
  const start = first - (first % 2);
  return {
    start,
    end,
    above: topOf(start),
    below: topOf(count) - topOf(end),
    onScroll,
  };
}

/** Stands in for the rows above or below the window, keeping the scroll height. */
export function Spacer({ height, columns }: { height: number; columns: number }) {
  return (
    <tr aria-hidden="true" style={{ border: 0 }}>
      <td colSpan={columns} style={{ height, padding: 0, border: 0 }} />
    </tr>
  );
}
