import { describe, expect, it } from 'vitest';
import {
  AnalysisCancelled,
  AnalysisError,
  checkpoint,
  serveRequests,
  WorkerClient,
  WorkerLost,
  type WorkerPort,
  type WorkerRunner,
} from '../../../shared/analysis';

/*
 * The one worker client, with workers simulated in this thread: each fake worker serves the real
 * protocol (serveRequests) and answers on a later turn of the event loop, as a real one does.
 */

type Request =
  | { readonly kind: 'square'; readonly value: number; readonly steps?: number }
  | { readonly kind: 'refuse' };
type Result = { readonly kind: 'square'; readonly result: number };

const runner: WorkerRunner<Request, Result> = {
  kinds: new Set(['square', 'refuse']),
  run: async (request, control) => {
    if (request.kind === 'refuse') throw new AnalysisError('invalid_option', 'no, thank you');
    const steps = request.steps ?? 1;
    for (let step = 1; step <= steps; step += 1) await checkpoint(control, step, steps);
    return { kind: 'square', result: request.value * request.value };
  },
};

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

interface FakeWorker extends WorkerPort {
  readonly name: number;
  /** Requests it was sent, by kind and value. */
  readonly started: number[];
  terminated: boolean;
  die(reason: string): void;
}

/** A worker in this thread; `deaf` ones take requests and never answer (stuck in a long loop). */
function fakeWorkers(options: { deaf?: boolean } = {}) {
  const made: FakeWorker[] = [];
  const launch = (): WorkerPort => {
    let toPage: (message: unknown) => void = () => undefined;
    let lostHere: (reason: string) => void = () => undefined;
    const worker: FakeWorker = {
      name: made.length,
      started: [],
      terminated: false,
      post(message) {
        if (worker.terminated) return;
        if (message.type === 'start' && message.request.kind === 'square')
          worker.started.push((message.request as unknown as { value: number }).value);
        if (options.deaf !== true) void turn().then(() => handle(structuredClone(message)));
      },
      listen(received, lost) {
        toPage = received;
        lostHere = lost;
      },
      terminate() {
        worker.terminated = true;
      },
      die(reason) {
        worker.terminated = true;
        lostHere(reason);
      },
    };
    const handle = serveRequests(
      {
        post: (message) => {
          if (!worker.terminated) void turn().then(() => toPage(structuredClone(message)));
        },
        yieldToEvents: turn,
      },
      runner,
    );
    made.push(worker);
    return worker;
  };
  return { made, launch };
}

function client(
  launch: (() => WorkerPort | null) | null,
  options: { size: number; perWorker?: number; cancelGraceMs?: number | null },
) {
  return new WorkerClient<Request, Result>(
    {
      launch,
      runHere: (request, control) => runner.run(request, control),
      yieldToEvents: turn,
      setTimer: (ms, action) => {
        const timer = setTimeout(action, ms);
        return () => clearTimeout(timer);
      },
    },
    options,
  );
}

describe('the worker client', () => {
  it('spreads requests over up to `size` workers, least busy first, and keeps them for the next', async () => {
    const { made, launch } = fakeWorkers();
    const workers = client(launch, { size: 2 });
    const answers = await Promise.all(
      [1, 2, 3, 4, 5].map((value) => workers.run({ kind: 'square', value }).result),
    );
    expect(answers.map((answer) => answer.result)).toEqual([1, 4, 9, 16, 25]);
    expect(made).toHaveLength(2);
    expect(made.flatMap((worker) => worker.started).sort()).toEqual([1, 2, 3, 4, 5]);
    expect(made.every((worker) => worker.started.length >= 2)).toBe(true);
    await workers.run({ kind: 'square', value: 6 }).result;
    expect(made).toHaveLength(2);
    workers.dispose();
    expect(made.every((worker) => worker.terminated)).toBe(true);
  });

  it('reports progress, and passes on what the user can fix as an AnalysisError with its code', async () => {
    const { launch } = fakeWorkers();
    const workers = client(launch, { size: 1 });
    const progress: number[] = [];
    const answer = await workers.run({ kind: 'square', value: 3, steps: 4 }, (done) =>
      progress.push(done),
    ).result;
    expect(answer.result).toBe(9);
    expect(progress).toEqual([1, 2, 3, 4]);
    await expect(workers.run({ kind: 'refuse' }).result).rejects.toMatchObject({
      name: 'AnalysisError',
      code: 'invalid_option',
      message: 'no, thank you',
    });
  });

  it('drops a cancelled request that is still queued: no worker ever sees it', async () => {
    const { made, launch } = fakeWorkers();
    const workers = client(launch, { size: 1 });
    const first = workers.run({ kind: 'square', value: 2, steps: 5 });
    const second = workers.run({ kind: 'square', value: 3 });
    second.cancel();
    await expect(second.result).rejects.toBeInstanceOf(AnalysisCancelled);
    expect((await first.result).result).toBe(4);
    expect(made[0]?.started).toEqual([2]);
  });

  it('withdraws a request no worker has started, and leaves one already running to finish', async () => {
    const { made, launch } = fakeWorkers();
    const workers = client(launch, { size: 1 });
    const first = workers.run({ kind: 'square', value: 2, steps: 5 });
    const second = workers.run({ kind: 'square', value: 3 });
    // A newer request makes the queued one pointless; the running one is still worth its answer.
    expect(second.withdraw()).toBe(true);
    expect(first.withdraw()).toBe(false);
    await expect(second.result).rejects.toBeInstanceOf(AnalysisCancelled);
    expect((await first.result).result).toBe(4);
    expect(made[0]?.started).toEqual([2]);
  });

  it('stops a worker that does not answer a cancel within the grace period; the others it held go to a new one', async () => {
    const deaf = fakeWorkers({ deaf: true });
    const healthy = fakeWorkers();
    let launches = 0;
    const launch = () => ((launches += 1) === 1 ? deaf.launch() : healthy.launch());
    const workers = client(launch, { size: 1, perWorker: 2, cancelGraceMs: 20 });
    const stuck = workers.run({ kind: 'square', value: 7 });
    const waiting = workers.run({ kind: 'square', value: 8 });
    stuck.cancel();
    await expect(stuck.result).rejects.toBeInstanceOf(AnalysisCancelled);
    expect((await waiting.result).result).toBe(64);
    expect(deaf.made[0]?.terminated).toBe(true);
    expect(healthy.made[0]?.started).toEqual([8]);
  });

  it('fails the requests of a worker that dies, and starts another for the next', async () => {
    const { made, launch } = fakeWorkers();
    const workers = client(launch, { size: 1 });
    await workers.run({ kind: 'square', value: 1 }).result;
    const running = workers.run({ kind: 'square', value: 2, steps: 50 });
    await turn();
    made[0]?.die('out of memory');
    await expect(running.result).rejects.toBeInstanceOf(WorkerLost);
    await expect(running.result).rejects.toThrow('out of memory');
    expect((await workers.run({ kind: 'square', value: 5 }).result).result).toBe(25);
    expect(made).toHaveLength(2);
  });

  it('runs in this thread where no worker can start, with the same progress and cancel', async () => {
    for (const launch of [null, () => null, () => fakeWorkers().launch() && null]) {
      const here = client(launch, { size: 4 });
      const progress: number[] = [];
      const answer = await here.run({ kind: 'square', value: 4, steps: 3 }, (done) =>
        progress.push(done),
      ).result;
      expect(answer.result).toBe(16);
      expect(progress).toEqual([1, 2, 3]);
      expect(here.size).toBe(1);
      const long = here.run({ kind: 'square', value: 1, steps: 1_000 });
      long.cancel();
      await expect(long.result).rejects.toBeInstanceOf(AnalysisCancelled);
    }
  });

  it('runs in this thread from the moment a worker is lost before it ever answered (a script the platform refuses)', async () => {
    const { made, launch } = fakeWorkers({ deaf: true });
    const workers = client(launch, { size: 2 });
    const first = workers.run({ kind: 'square', value: 3 });
    await turn();
    made[0]?.die('refused by the content security policy');
    await expect(first.result).rejects.toBeInstanceOf(WorkerLost);
    expect((await workers.run({ kind: 'square', value: 6 }).result).result).toBe(36);
    expect(made).toHaveLength(1);
  });
});
