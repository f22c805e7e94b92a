import { describe, expect, it } from 'vitest';
import {
  eventChannel,
  eventsReadyChannel,
  hostMethodNames,
  invokeChannels,
  invokeContract,
} from '../../../shared/host/contract';

describe('the IPC contract', () => {
  it('gives each method its own namespaced channel', () => {
    const channels = Object.values(invokeContract).map((spec) => spec.channel);
    expect(new Set(channels).size).toBe(channels.length);
    for (const channel of [...invokeChannels, eventChannel])
      expect(channel).toMatch(/^yardstick:[a-z-]+$/);
    expect(invokeChannels).toContain(eventsReadyChannel);
    expect(invokeChannels).not.toContain(eventChannel);
  });

  it('names the Host methods the preload exposes', () => {
    expect([...hostMethodNames].sort()).toEqual(
      [
        'appInfo',
        'openFile',
        'openRecent',
        'recentFiles',
        'clearRecentFiles',
        'save',
        'saveAs',
        'exportWorkbook',
        'exportFormulaWorkbook',
        'printToPdf',
        'getSettings',
        'updateSettings',
        'documentChanged',
        'autosave',
        'listRecoveries',
        'restoreRecovery',
        'discardRecovery',
        'onEvent',
      ].sort(),
    );
  });
});
