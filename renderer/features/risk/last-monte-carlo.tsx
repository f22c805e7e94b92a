import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';

/** The settings of a Monte Carlo run, enough to run it again with the same result. */
export interface MonteCarloRun {
  readonly draws: number;
  readonly seed: number;
  readonly latinHypercube: boolean;
}

interface LastMonteCarlo {
  readonly last: MonteCarloRun | null;
  remember(run: MonteCarloRun | null): void;
}

const LastMonteCarloContext = createContext<LastMonteCarlo | null>(null);

/** Keeps the last completed Monte Carlo run, so that the board report can summarise it. */
export function LastMonteCarloProvider({ children }: { children: ReactNode }) {
  const [last, remember] = useState<MonteCarloRun | null>(null);
  const value = useMemo(() => ({ last, remember }), [last]);
  return <LastMonteCarloContext.Provider value={value}>{children}</LastMonteCarloContext.Provider>;
}

const nothingKept: LastMonteCarlo = { last: null, remember: () => undefined };

export function useLastMonteCarlo(): LastMonteCarlo {
  // A screen rendered on its own (component tests) has nowhere to keep a run, and needs none.
  return useContext(LastMonteCarloContext) ?? nothingKept;
}
