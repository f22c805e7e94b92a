import type { Readable, Writable } from 'node:stream';

/*
 * The Chrome DevTools Protocol over the pipe a Chromium started with `--remote-debugging-pipe`
 * opens: it reads commands on its file descriptor 3 and writes answers and events on 4, each
 * message one JSON text ended by a NUL byte. Commands carry an id the answer repeats; with
 * `Target.attachToTarget {flatten: true}` a page's commands and events carry its session id too.
 * Only what the report printer needs: send a command, hear an event, notice the pipe closing.
 */

/** The two ends of the pipe, seen from this process. */
export interface CdpPipeEnds {
  readonly toBrowser: Writable;
  readonly fromBrowser: Readable;
}

/** The browser answered a command with an error. */
export class CdpError extends Error {
  constructor(
    readonly method: string,
    message: string,
  ) {
    super(`${method}: ${message}`);
    this.name = 'CdpError';
  }
}

type Params = Record<string, unknown>;

interface Pending {
  readonly method: string;
  readonly resolve: (result: Params) => void;
  readonly reject: (error: Error) => void;
}

interface Listener {
  readonly method: string;
  readonly sessionId: string | undefined;
  readonly handler: (params: Params) => void;
}

/** One message from the browser: an answer (with `id`) or an event (with `method`). */
interface Incoming {
  readonly id?: number;
  readonly method?: string;
  readonly sessionId?: string;
  readonly params?: Params;
  readonly result?: Params;
  readonly error?: { readonly message?: string };
}

export class CdpPipe {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly listeners = new Set<Listener>();
  /** The bytes of a message not yet ended by its NUL. */
  private partial: Buffer[] = [];
  private closedWith: Error | null = null;

  constructor(private readonly ends: CdpPipeEnds) {
    ends.fromBrowser.on('data', (chunk: Buffer) => this.receive(chunk));
    ends.fromBrowser.on('close', () => this.close(new Error('the browser closed its pipe')));
    ends.fromBrowser.on('error', (error: Error) => this.close(error));
    ends.toBrowser.on('error', (error: Error) => this.close(error));
  }

  /** Sends a command (to a page when `sessionId` is given) and gives the browser's result. */
  send<T = Params>(method: string, params: Params = {}, sessionId?: string): Promise<T> {
    if (this.closedWith !== null) return Promise.reject(this.closedWith);
    const id = this.nextId++;
    const message =
      sessionId === undefined ? { id, method, params } : { id, method, params, sessionId };
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { method, resolve: resolve as (result: Params) => void, reject });
      this.ends.toBrowser.write(`${JSON.stringify(message)}\0`);
    });
  }

  /** Hears an event of the browser (`sessionId` undefined) or of one page; returns the unsubscribe. */
  on(method: string, handler: (params: Params) => void, sessionId?: string): () => void {
    const listener: Listener = { method, sessionId, handler };
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Fails every command still waiting, and any sent later, with `reason`. */
  close(reason: Error): void {
    if (this.closedWith !== null) return;
    this.closedWith = reason;
    for (const pending of this.pending.values()) pending.reject(reason);
    this.pending.clear();
  }

  private receive(chunk: Buffer): void {
    let start = 0;
    for (let end = chunk.indexOf(0); end !== -1; end = chunk.indexOf(0, start)) {
      this.partial.push(chunk.subarray(start, end));
      // Decoded whole: a character's bytes may arrive in two chunks.
      const text = Buffer.concat(this.partial).toString('utf8');
      this.partial = [];
      start = end + 1;
      this.dispatch(JSON.parse(text) as Incoming);
    }
    if (start < chunk.length) this.partial.push(chunk.subarray(start));
  }

  private dispatch(message: Incoming): void {
    if (message.id !== undefined) {
      const pending = this.pending.get(message.id);
      if (pending === undefined) return;
      this.pending.delete(message.id);
      if (message.error !== undefined)
        pending.reject(new CdpError(pending.method, message.error.message ?? 'failed'));
      else pending.resolve(message.result ?? {});
      return;
    }
    if (message.method === undefined) return;
    for (const listener of [...this.listeners]) {
      if (listener.method === message.method && listener.sessionId === message.sessionId)
        listener.handler(message.params ?? {});
    }
  }
}
