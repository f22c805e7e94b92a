import { describe, expect, it } from 'vitest';
import { WarmReportPage, type OpenReportPage } from '../../../main/report/warm-page';
import type { ComparisonReportRequest } from '../../../shared/report/request';

/*
 * The app's printer keeps one report page loaded between prints (a hidden window: Electron cannot
 * run here, so the windows are fakes that record what happens to them). A print uses the loaded
 * page instead of waiting for a window to start; each page prints once and is closed, the next
 * one loading at once; a page that failed to load is replaced when someone prints.
 */

const request: ComparisonReportRequest = {
  kind: 'comparison',
  language: 'en',
  preparer: null,
  date: '2026-11-25',
  title: null,
  files: [],
  settingsText: null,
  budget: null,
};

interface FakeWindow {
  readonly number: number;
  loaded: boolean;
  closed: boolean;
  printed: number;
  load(): void;
  fail(): void;
}

/** Windows that load when the test says so, and print a one-byte PDF of their number. */
function fakeWindows() {
  const windows: FakeWindow[] = [];
  const open = (): Promise<OpenReportPage> =>
    new Promise((resolve, reject) => {
      const window: FakeWindow = {
        number: windows.length + 1,
        loaded: false,
        closed: false,
        printed: 0,
        load: () => {
          window.loaded = true;
          resolve({
            driver: {
              render: async (step) =>
                step.stage === 'render' ? { status: 'ready', runningHeader: 'Call' } : 0,
              pdf: async () => {
                window.printed += 1;
                return new Uint8Array([window.number]);
              },
            },
            close: () => {
              window.closed = true;
            },
          });
        },
        fail: () => reject(new Error('the page did not load')),
      };
      windows.push(window);
    });
  return { windows, open };
}

const turn = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the report page kept loaded', () => {
  it('prints on the page loaded beforehand, closes it, and loads the next at once', async () => {
    const { windows, open } = fakeWindows();
    const printer = new WarmReportPage(open);
    printer.prepare();
    printer.prepare();
    expect(windows).toHaveLength(1);
    windows[0]?.load();
    await turn();

    const pdf = await printer.print(request);
    expect([...pdf]).toEqual([1]);
    expect(windows[0]).toMatchObject({ printed: 1, closed: true });
    // The next page is loading already, for the next print.
    expect(windows).toHaveLength(2);
    windows[1]?.load();
    expect([...(await printer.print(request))]).toEqual([2]);
    expect(windows).toHaveLength(3);
  });

  it('gives prints at the same time a page each: the loaded one, then new ones', async () => {
    const { windows, open } = fakeWindows();
    const printer = new WarmReportPage(open);
    printer.prepare();
    windows[0]?.load();
    const first = printer.print(request);
    const second = printer.print(request);
    await turn();
    // The second is not kept waiting for the first: a page is opened for it.
    expect(windows[1]?.loaded).toBe(false);
    windows[1]?.load();
    expect([...(await first)]).toEqual([1]);
    expect([...(await second)]).toEqual([2]);
    expect(windows.slice(0, 2).every((window) => window.closed && window.printed === 1)).toBe(true);
  });

  it('opens another page when the loaded one failed to load', async () => {
    const { windows, open } = fakeWindows();
    const printer = new WarmReportPage(open);
    printer.prepare();
    windows[0]?.fail();
    await turn();
    const printing = printer.print(request);
    await turn();
    expect(windows).toHaveLength(2);
    windows[1]?.load();
    expect([...(await printing)]).toEqual([2]);
  });

  it('keeps no page once released (no window left), and prints on a page of its own', async () => {
    const { windows, open } = fakeWindows();
    const printer = new WarmReportPage(open);
    printer.prepare();
    windows[0]?.load();
    printer.release();
    await turn();
    expect(windows[0]?.closed).toBe(true);
    const printing = printer.print(request);
    await turn();
    windows[1]?.load();
    expect([...(await printing)]).toEqual([2]);
    // None loaded after it: nothing would print on it.
    expect(windows).toHaveLength(2);
    expect(windows[1]?.closed).toBe(true);
  });
});
