import { describe, expect, it } from 'vitest';
import {
  isFromWorker,
  monteCarlo,
  serveAnalyses,
  type FromWorker,
  type ToWorker,
} from '../../../shared/analysis';
import { linearScenario, noRisk } from './helpers';

/*
 * The worker's side of the protocol, driven here in one thread through a fake port: exactly what
 * a browser Web Worker or a Node worker_thread does with it.
 */

const scenario = linearScenario([300_000], 1_000_000, {
  ...noRisk,
  distributions: [
    {
      path: 'effects[id=s0].fullEffect',
      distribution: { type: 'normal', mean: '300000', standardDeviation: '60000' },
    },
  ],
});

function worker() {
  const received: FromWorker[] = [];
  const transferred: ArrayBuffer[][] = [];
  let settle: () => void = () => undefined;
  const port = {
    post(message: FromWorker, transfer: ArrayBuffer[]) {
      expect(isFromWorker(message)).toBe(true);
      received.push(message);
      transferred.push(transfer);
      if (message.type !== 'progress') settle();
    },
    yieldToEvents: () => new Promise<void>((resolve) => setImmediate(resolve)),
  };
  const send = serveAnalyses(port);
  const finished = () => new Promise<void>((resolve) => (settle = resolve));
  return { received, transferred, send: (message: ToWorker | unknown) => send(message), finished };
}

describe('the analysis worker protocol', () => {
  it('answers start with progress, then the result — the same as in this thread — with its arrays transferred', async () => {
    const { received, transferred, send, finished } = worker();
    const done = finished();
    send({
      type: 'start',
      id: 7,
      request: { kind: 'monte-carlo', scenario, options: { draws: 5000, seed: 3 } },
    });
    await done;
    const progress = received.filter((message) => message.type === 'progress');
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.at(-1)).toEqual({ type: 'progress', id: 7, done: 5000, total: 5000 });
    const last = received.at(-1);
    expect(last?.type).toBe('result');
    if (last?.type !== 'result' || last.result.kind !== 'monte-carlo') return;
    expect(last.result.result).toEqual(monteCarlo(scenario, { draws: 5000, seed: 3 }));
    expect(transferred.at(-1)?.length).toBe(4);
  });

  it('stops a run on cancel and says so', async () => {
    const { received, send, finished } = worker();
    const done = finished();
    send({
      type: 'start',
      id: 1,
      request: { kind: 'monte-carlo', scenario, options: { draws: 200_000 } },
    });
    send({ type: 'cancel', id: 1 });
    await done;
    expect(received.at(-1)).toEqual({ type: 'cancelled', id: 1 });
    expect(received.filter((message) => message.type === 'progress').length).toBeLessThan(3);
  });

  it('reports what the user can fix with its code, and ignores what is not a message of the protocol', async () => {
    const { received, send, finished } = worker();
    send({ type: 'start', id: 2 });
    send('hello');
    send({ type: 'start', id: 3, request: { kind: 'format-disk' } });
    expect(received).toEqual([]);
    const done = finished();
    send({
      type: 'start',
      id: 4,
      request: { kind: 'tornado', scenario, options: { drivers: ['effects[id=nope].fullEffect'] } },
    });
    await done;
    expect(received).toEqual([
      {
        type: 'failed',
        id: 4,
        error: {
          name: 'AnalysisError',
          code: 'unknown_driver',
          message: expect.stringMatching(/does not exist in the scenario/) as string,
        },
      },
    ]);
  });

  it('runs the quick analyses too', async () => {
    const { received, send, finished } = worker();
    const done = finished();
    send({
      type: 'start',
      id: 5,
      request: {
        kind: 'switching-values',
        scenario,
        options: { drivers: ['effects[id=s0].fullEffect'] },
      },
    });
    await done;
    const last = received.at(-1);
    expect(
      last?.type === 'result' &&
        last.result.kind === 'switching-values' &&
        last.result.result.values[0]?.status,
    ).toBe('found');
  });
});
