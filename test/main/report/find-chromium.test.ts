import { describe, expect, it } from 'vitest';
import { chromiumCandidates, findChromium } from '../../../main/report/find-chromium';

const only =
  (...present: string[]) =>
  (path: string) =>
    present.includes(path);

describe('finding a Chromium to print reports with', () => {
  it('takes YARDSTICK_CHROMIUM first, and says so when it names nothing', () => {
    const env = { YARDSTICK_CHROMIUM: '/opt/chrome/chrome' };
    expect(
      findChromium({
        env,
        platform: 'linux',
        isFile: only('/opt/chrome/chrome', '/usr/bin/chromium'),
      }),
    ).toEqual({ found: true, path: '/opt/chrome/chrome' });
    const missing = findChromium({ env, platform: 'linux', isFile: only('/usr/bin/chromium') });
    expect(missing.found).toBe(false);
    expect(missing.found === false && missing.message).toMatch(
      /YARDSTICK_CHROMIUM.*\/opt\/chrome\/chrome/,
    );
  });

  it('looks in the usual places of each system, Chromium before Chrome before Edge on Linux', () => {
    expect(
      findChromium({
        env: {},
        platform: 'linux',
        isFile: only('/usr/bin/google-chrome', '/snap/bin/chromium'),
      }),
    ).toEqual({
      found: true,
      path: '/usr/bin/google-chrome',
    });
    const windows = chromiumCandidates({
      env: { PROGRAMFILES: 'C:\\Program Files', LOCALAPPDATA: 'C:\\Users\\li\\AppData\\Local' },
      platform: 'win32',
    });
    expect(windows.some((path) => path.endsWith('msedge.exe'))).toBe(true);
    expect(windows.every((path) => path.startsWith('C:\\'))).toBe(true);
    expect(
      chromiumCandidates({ env: { HOME: '/Users/li' }, platform: 'darwin' }).some((path) =>
        path.includes('Google Chrome.app'),
      ),
    ).toBe(true);
  });

  it('names every place it looked when there is none', () => {
    const none = findChromium({ env: {}, platform: 'linux', isFile: () => false });
    expect(none.found).toBe(false);
    if (!none.found) {
      expect(none.message).toContain('/usr/bin/chromium');
      expect(none.message).toContain('YARDSTICK_CHROMIUM');
    }
  });
});
