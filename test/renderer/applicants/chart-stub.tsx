import type { ReactNode } from 'react';

/**
 * jsdom has no canvas: the workspace's charts render their accessible description and how many
 * points each series has. Use with `vi.mock('react-chartjs-2', () => import('./chart-stub'))`.
 */
interface Props {
  readonly data: {
    readonly datasets: readonly { readonly label?: string; readonly data: readonly unknown[] }[];
  };
  readonly 'aria-label'?: string;
}

function Stub(props: Props): ReactNode {
  return (
    <div
      role="img"
      aria-label={props['aria-label']}
      data-points={props.data.datasets
        .map((set) => `${set.label ?? ''}: ${set.data.length}`)
        .join('; ')}
    />
  );
}

export const Bubble = Stub;
export const Line = Stub;
// An applicant's case shows the investment views' charts too.
export const Bar = Stub;
export const Chart = Stub;
