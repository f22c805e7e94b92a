import { describe, expect, it } from 'vitest';
import { CdpError } from '../../../main/report/cdp-pipe';
import { fakeCdpBrowser } from '../../helpers/fake-cdp-browser';

/*
 * The DevTools pipe as Chromium speaks it: JSON messages each ended by a NUL byte, answers
 * matched to commands by id, events to their page by session id. A fake browser on two streams
 * (test/helpers/fake-cdp-browser.ts)
 * reads what the pipe writes and writes back what a browser would.
 */

const fakeBrowser = () => fakeCdpBrowser();

describe('the DevTools pipe', () => {
  it('ends each command with a NUL and numbers them, with the page session when given', async () => {
    const browser = fakeBrowser();
    void browser.pipe.send('Browser.getVersion');
    void browser.pipe.send('Runtime.evaluate', { expression: '1 + 1' }, 'PAGE');
    await browser.settle();
    expect(browser.received).toEqual([
      { id: 1, method: 'Browser.getVersion', params: {} },
      { id: 2, method: 'Runtime.evaluate', params: { expression: '1 + 1' }, sessionId: 'PAGE' },
    ]);
  });

  it('gives each command the answer with its id, whatever order the answers come in', async () => {
    const browser = fakeBrowser();
    const first = browser.pipe.send('A.first');
    const second = browser.pipe.send('A.second');
    browser.write(browser.message({ id: 2, result: { which: 'second' } }));
    browser.write(browser.message({ id: 1, result: { which: 'first' } }));
    expect(await first).toEqual({ which: 'first' });
    expect(await second).toEqual({ which: 'second' });
  });

  it('reads messages cut anywhere, inside a character too, and several in one chunk', async () => {
    const browser = fakeBrowser();
    const first = browser.pipe.send('A.first');
    const second = browser.pipe.send('A.second');
    const third = browser.pipe.send('A.third');
    // "净现值" is three characters of three bytes each: the cut falls inside the second.
    const bytes = Buffer.concat([
      browser.message({ id: 1, result: { text: '净现值' } }),
      browser.message({ id: 2, result: {} }),
    ]);
    const cut = bytes.indexOf(Buffer.from('现', 'utf8')) + 1;
    browser.write(bytes.subarray(0, cut));
    await browser.settle();
    browser.write(
      Buffer.concat([bytes.subarray(cut), browser.message({ id: 3, result: { n: 3 } })]),
    );
    expect(await first).toEqual({ text: '净现值' });
    expect(await second).toEqual({});
    expect(await third).toEqual({ n: 3 });
  });

  it('rejects a command the browser answers with an error, naming the command', async () => {
    const browser = fakeBrowser();
    const sent = browser.pipe.send('Page.navigate', { url: 'x' });
    browser.write(browser.message({ id: 1, error: { code: -32000, message: 'Cannot navigate' } }));
    await expect(sent).rejects.toThrow(CdpError);
    await expect(sent).rejects.toThrow('Page.navigate: Cannot navigate');
  });

  it('tells an event to the listeners of its page only', async () => {
    const browser = fakeBrowser();
    const heard: string[] = [];
    browser.pipe.on(
      'Fetch.requestPaused',
      (params) => heard.push(`A ${String(params['requestId'])}`),
      'A',
    );
    const stop = browser.pipe.on(
      'Fetch.requestPaused',
      (params) => heard.push(`B ${String(params['requestId'])}`),
      'B',
    );
    browser.pipe.on('Target.targetCreated', () => heard.push('browser'));
    browser.write(
      browser.message({
        method: 'Fetch.requestPaused',
        sessionId: 'B',
        params: { requestId: '1' },
      }),
    );
    browser.write(
      browser.message({
        method: 'Fetch.requestPaused',
        sessionId: 'A',
        params: { requestId: '2' },
      }),
    );
    browser.write(browser.message({ method: 'Target.targetCreated', params: {} }));
    await browser.settle();
    stop();
    browser.write(
      browser.message({
        method: 'Fetch.requestPaused',
        sessionId: 'B',
        params: { requestId: '3' },
      }),
    );
    await browser.settle();
    expect(heard).toEqual(['B 1', 'A 2', 'browser']);
  });

  it('fails the commands waiting, and any sent later, when the browser closes its end', async () => {
    const browser = fakeBrowser();
    const waiting = browser.pipe.send('Page.printToPDF');
    browser.fromBrowser.destroy();
    await expect(waiting).rejects.toThrow('the browser closed its pipe');
    await expect(browser.pipe.send('Browser.close')).rejects.toThrow('the browser closed its pipe');
  });

  it('fails them with the reason it is closed with', async () => {
    const browser = fakeBrowser();
    const waiting = browser.pipe.send('Runtime.evaluate');
    browser.pipe.close(new Error('Chromium stopped (SIGKILL)'));
    await expect(waiting).rejects.toThrow('Chromium stopped (SIGKILL)');
  });
});
