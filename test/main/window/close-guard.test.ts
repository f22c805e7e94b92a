import { describe, expect, it } from 'vitest';
import { CloseGuard } from '../../../main/window/close-guard';

describe('CloseGuard', () => {
  it('lets a window with nothing unsaved close at once', () => {
    expect(new CloseGuard().requestClose()).toBe('allow');
  });

  it('asks about unsaved changes; Cancel keeps the window, Don’t Save closes it', () => {
    const guard = new CloseGuard();
    guard.setDirty(true);
    expect(guard.requestClose()).toBe('ask');
    expect(guard.answer('cancel')).toBe('stay');
    expect(guard.requestClose()).toBe('ask');
    expect(guard.answer('discard')).toBe('close');
    expect(guard.requestClose()).toBe('allow');
  });

  it('closes after Save only once that save succeeded', () => {
    const guard = new CloseGuard();
    guard.setDirty(true);
    guard.requestClose();
    expect(guard.answer('save')).toBe('save-first');
    expect(guard.saveFinished('cancelled')).toBe('stay'); // the Save As dialog was cancelled
    expect(guard.requestClose()).toBe('ask');
    expect(guard.answer('save')).toBe('save-first');
    expect(guard.saveFinished('failed')).toBe('stay');
    guard.requestClose();
    guard.answer('save');
    expect(guard.saveFinished('saved')).toBe('close');
    expect(guard.requestClose()).toBe('allow');
  });

  it('ignores saves that no close is waiting for', () => {
    const guard = new CloseGuard();
    guard.setDirty(true);
    expect(guard.saveFinished('saved')).toBe('stay');
  });
});
