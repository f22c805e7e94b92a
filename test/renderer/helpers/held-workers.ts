import { serveRequests, type WorkerPort } from '../../../shared/analysis';
import { APP_RUNNER } from '../../../renderer/services/workers/app-runner';

/*
 * The page's workers simulated in this thread, each serving the real runner through the real
 * protocol, with their answers held back until the test lets them go, in the order it chooses: a
 * deliberately slow, out-of-order worker.
 */

interface HeldAnswer {
  readonly kind: string;
  readonly type: string;
  release(): void;
}

export interface HeldWorkers {
  readonly launch: () => WorkerPort;
  /** Answers computed and not yet delivered, oldest first. */
  readonly held: HeldAnswer[];
  /** Delivers the held answers of `kind` (all kinds without one), newest first. */
  releaseNewestFirst(kind?: string): number;
  /** Delivers the held answers of `kind` (all kinds without one), oldest first. */
  releaseInOrder(kind?: string): number;
}

const turn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function heldWorkers(): HeldWorkers {
  const held: HeldAnswer[] = [];
  // Which kind each request id of each worker asked for, to name its answer.
  const launch = (): WorkerPort => {
    let toPage: (message: unknown) => void = () => undefined;
    let ended = false;
    const kinds = new Map<number, string>();
    const handle = serveRequests(
      {
        post: (message) => {
          const kind = kinds.get(message.id) ?? '';
          held.push({
            kind,
            type: message.type,
            release: () => {
              if (!ended) toPage(structuredClone(message));
            },
          });
        },
        yieldToEvents: turn,
      },
      APP_RUNNER,
    );
    return {
      post: (message) => {
        if (ended) return;
        if (message.type === 'start') kinds.set(message.id, message.request.kind);
        void turn().then(() => handle(structuredClone(message)));
      },
      listen: (received) => {
        toPage = received;
      },
      terminate: () => {
        ended = true;
      },
    };
  };
  const take = (kind: string | undefined) => {
    const taken = held.filter((answer) => kind === undefined || answer.kind === kind);
    for (const answer of taken) held.splice(held.indexOf(answer), 1);
    return taken;
  };
  return {
    launch,
    held,
    releaseNewestFirst: (kind) => {
      const taken = take(kind).reverse();
      for (const answer of taken) answer.release();
      return taken.length;
    },
    releaseInOrder: (kind) => {
      const taken = take(kind);
      for (const answer of taken) answer.release();
      return taken.length;
    },
  };
}
