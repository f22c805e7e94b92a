import { createContext, useContext, useEffect, useMemo, useRef, type ReactNode } from 'react';
import type { ReportOutcome } from '../../../../shared/report/request';
import { whenDrawn } from './ready';

/*
 * How a report body tells its page that it is ready to print or that it cannot be printed. The
 * first signal wins: a body that refuses its request (in an effect, which React runs before the
 * page's own `ReportReady` settles) is reported as failed, never printed blank.
 */

export interface ReportSignals {
  ready(runningHeader: string): void;
  failed(messages: readonly string[]): void;
}

const SignalsContext = createContext<ReportSignals | null>(null);

export function ReportOutcomeProvider({
  onOutcome,
  children,
}: {
  onOutcome: (outcome: ReportOutcome) => void;
  children: ReactNode;
}) {
  const settled = useRef(false);
  const signals = useMemo<ReportSignals>(() => {
    const settle = (outcome: ReportOutcome) => {
      if (settled.current) return;
      settled.current = true;
      onOutcome(outcome);
    };
    return {
      ready: (runningHeader) => settle({ status: 'ready', runningHeader }),
      failed: (messages) =>
        settle({
          status: 'failed',
          messages: messages.length === 0 ? ['?'] : messages.slice(0, 200),
        }),
    };
  }, [onOutcome]);
  return <SignalsContext.Provider value={signals}>{children}</SignalsContext.Provider>;
}

export function useReportSignals(): ReportSignals {
  const signals = useContext(SignalsContext);
  if (!signals) throw new Error('A report body needs a ReportOutcomeProvider above it.');
  return signals;
}

/** Placed after a report's body: signals ready once fonts are loaded and charts drawn. */
export function ReportReady({ runningHeader }: { runningHeader: string }) {
  const signals = useReportSignals();
  useEffect(() => {
    let current = true;
    void whenDrawn().then(() => {
      if (current) signals.ready(runningHeader);
    });
    return () => {
      current = false;
    };
  }, [signals, runningHeader]);
  return null;
}

/** A report that cannot be printed: its reasons, shown on the page and signalled to the printer. */
export function ReportFailed({ messages }: { messages: readonly string[] }) {
  const signals = useReportSignals();
  useEffect(() => {
    signals.failed(messages);
  }, [signals, messages]);
  return (
    <ul role="alert" data-testid="report-failed">
      {messages.map((message) => (
        <li key={message}>{message}</li>
      ))}
    </ul>
  );
}
