import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { placeWindow, WindowStateStore, type WindowState } from '../../../main/store/window-state';
import { useTempFolders } from '../support/temp';

const tempFolder = useTempFolders();
const laptop = { x: 0, y: 0, width: 1440, height: 875 };
const monitor = { x: 1440, y: 0, width: 2560, height: 1415 };
const state = (bounds: WindowState['bounds'], maximized = false): WindowState => ({
  bounds,
  maximized,
  fullScreen: false,
});

describe('placeWindow', () => {
  it('opens a first window centred at the default size', () => {
    expect(placeWindow(null, [laptop])).toEqual({
      x: null,
      y: null,
      width: 1280,
      height: 800,
      maximized: false,
      fullScreen: false,
    });
  });

  it('puts a window back where it was, on whichever screen', () => {
    const saved = state({ x: 1600, y: 100, width: 1400, height: 900 }, true);
    expect(placeWindow(saved, [laptop, monitor])).toEqual({
      x: 1600,
      y: 100,
      width: 1400,
      height: 900,
      maximized: true,
      fullScreen: false,
    });
  });

  it('centres a window whose screen was unplugged, no larger than the screen left', () => {
    const saved = state({ x: 1600, y: 100, width: 2400, height: 1300 });
    expect(placeWindow(saved, [laptop])).toEqual({
      x: null,
      y: null,
      width: 1440,
      height: 875,
      maximized: false,
      fullScreen: false,
    });
  });

  it('does not trust a title bar that is off every screen', () => {
    const saved = state({ x: 100, y: -500, width: 1000, height: 700 });
    expect(placeWindow(saved, [laptop])).toMatchObject({ x: null, y: null });
  });
});

describe('WindowStateStore', () => {
  it('remembers the last state and ignores a damaged file', async () => {
    const file = join(await tempFolder(), 'window-state.json');
    const store = new WindowStateStore(file);
    expect(await store.load()).toBeNull();
    const saved = state({ x: 10, y: 20, width: 1300, height: 820 }, true);
    await store.save(saved);
    expect(await new WindowStateStore(file).load()).toEqual(saved);
    await writeFile(file, JSON.stringify({ bounds: { x: 'left' } }));
    expect(await store.load()).toBeNull();
  });
});
