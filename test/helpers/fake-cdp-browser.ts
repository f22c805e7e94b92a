import { PassThrough } from 'node:stream';
import { CdpPipe } from '../../main/report/cdp-pipe';

/*
 * A fake browser on the two ends of a DevTools pipe: it reads the NUL-ended JSON commands the
 * pipe writes, answers each with `answer`'s result when one is given, and writes back what a
 * browser would (answers, events), as bytes cut wherever a test likes.
 */

export interface SentCommand {
  readonly id: number;
  readonly method: string;
  readonly params: Record<string, unknown>;
  readonly sessionId?: string;
}

export function fakeCdpBrowser(answer?: (command: SentCommand) => Record<string, unknown>) {
  const toBrowser = new PassThrough();
  const fromBrowser = new PassThrough();
  const pipe = new CdpPipe({ toBrowser, fromBrowser });
  const received: SentCommand[] = [];
  const message = (value: unknown) => Buffer.from(`${JSON.stringify(value)}\0`, 'utf8');
  let pending = '';
  toBrowser.on('data', (chunk: Buffer) => {
    pending += chunk.toString('utf8');
    const messages = pending.split('\0');
    pending = messages.pop() ?? '';
    for (const text of messages) {
      const command = JSON.parse(text) as SentCommand;
      received.push(command);
      if (answer !== undefined)
        fromBrowser.write(message({ id: command.id, result: answer(command) }));
    }
  });
  return {
    pipe,
    received,
    fromBrowser,
    message,
    /** Bytes from the browser, as they come (a message may be cut anywhere). */
    write: (bytes: Buffer | string) => fromBrowser.write(bytes),
    /** An event of session `sessionId` (the browser's own when undefined). */
    event: (method: string, params: Record<string, unknown>, sessionId?: string) =>
      fromBrowser.write(
        message(sessionId === undefined ? { method, params } : { method, params, sessionId }),
      ),
    /** Lets the streams deliver what was written. */
    settle: () => new Promise((resolve) => setTimeout(resolve, 20)),
    /** Waits until `count` commands have arrived (on a busy machine answers take a while). */
    async commands(count: number): Promise<readonly SentCommand[]> {
      for (let waited = 0; received.length < count && waited < 10_000; waited += 10)
        await new Promise((resolve) => setTimeout(resolve, 10));
      return received;
    },
  };
}
