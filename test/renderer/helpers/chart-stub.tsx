import type { ReactNode } from 'react';

/**
 * jsdom has no canvas, so component tests replace react-chartjs-2 with this: each chart renders
 * its accessible description and its data, which is what the tests look at. Use with
 * `vi.mock('react-chartjs-2', () => import('../helpers/chart-stub'))`.
 */
interface Props {
  readonly data: {
    readonly datasets: readonly { readonly label?: string; readonly data: unknown }[];
  };
  readonly 'aria-label'?: string;
  readonly type?: string;
}

function Stub(props: Props): ReactNode {
  return (
    <div
      role="img"
      aria-label={props['aria-label']}
      data-chart={JSON.stringify(
        props.data.datasets.map((set) => ({ label: set.label, data: set.data })),
      )}
    />
  );
}

export const Bar = Stub;
export const Line = Stub;
export const Chart = Stub;
