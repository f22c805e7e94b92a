import { describe, expect, it } from 'vitest';
import {
  HISTORY_LIMIT,
  canRedo,
  canUndo,
  createHistory,
  record,
  redo,
  seal,
  undo,
} from '../../../renderer/services/document/history';
import {
  edit,
  isDirty,
  markSaved,
  openDocument,
  redoEdit,
  undoEdit,
} from '../../../renderer/services/document/document-state';

describe('history', () => {
  it('undoes and redoes every recorded snapshot in order', () => {
    let history = createHistory({ n: 0 });
    const one = { n: 1 };
    const two = { n: 2 };
    history = record(history, one);
    history = record(history, two);
    expect(canUndo(history)).toBe(true);
    history = undo(history);
    expect(history.present).toBe(one);
    history = undo(history);
    expect(history.present).toEqual({ n: 0 });
    expect(canUndo(history)).toBe(false);
    expect(undo(history)).toBe(history);
    history = redo(redo(history));
    expect(history.present).toBe(two);
    expect(canRedo(history)).toBe(false);
    expect(redo(history)).toBe(history);
  });

  it('drops the redo branch when a new edit follows an undo', () => {
    let history = record(record(createHistory('a'), 'b'), 'c');
    history = record(undo(history), 'd');
    expect(history.present).toBe('d');
    expect(canRedo(history)).toBe(false);
    expect(undo(history).present).toBe('b');
  });

  it('makes typing in one field one undo step, until it loses focus or another field is edited', () => {
    let history = createHistory('');
    history = record(history, '1', { key: 'capex.0.amount' });
    history = record(history, '12', { key: 'capex.0.amount' });
    history = record(history, '123', { key: 'capex.0.amount' });
    expect(history.past).toEqual(['']);
    history = record(history, '123x', { key: 'project.name' });
    history = record(seal(history), '123xy', { key: 'project.name' });
    expect(history.past).toEqual(['', '123', '123x']);
    history = record(history, '123xyz');
    history = record(history, '123xyz!');
    expect(history.past).toEqual(['', '123', '123x', '123xy', '123xyz']);
  });

  it('ignores an edit that changes nothing', () => {
    const history = createHistory('same');
    expect(record(history, 'same')).toBe(history);
  });

  it(`keeps the last ${HISTORY_LIMIT} steps`, () => {
    let history = createHistory(0);
    for (let n = 1; n <= HISTORY_LIMIT + 50; n += 1) history = record(history, n);
    expect(history.past).toHaveLength(HISTORY_LIMIT);
    expect(history.past[0]).toBe(50);
  });
});

describe('document state', () => {
  it('is dirty after an edit and clean again when undone to the saved snapshot', () => {
    const opened = { name: 'plan' };
    let state = openDocument(opened, { documentId: 'doc-1', fileName: 'plan.yardstick.json' });
    expect(isDirty(state)).toBe(false);
    state = edit(state, { name: 'plan 2' });
    expect(isDirty(state)).toBe(true);
    state = undoEdit(state);
    expect(isDirty(state)).toBe(false);
    state = redoEdit(state);
    expect(isDirty(state)).toBe(true);
  });

  it('opens recovered work dirty', () => {
    expect(isDirty(openDocument('x', { documentId: null, fileName: null, dirty: true }))).toBe(
      true,
    );
  });

  it('keeps the saved snapshot an undo step of its own', () => {
    let state = openDocument('', { documentId: null, fileName: null });
    state = edit(state, 'ab', { key: 'f' });
    state = markSaved(state, 'ab', { documentId: 'd', fileName: 'f.yardstick.json' });
    expect(isDirty(state)).toBe(false);
    state = edit(state, 'abc', { key: 'f' });
    expect(state.history.past).toEqual(['', 'ab']);
    expect(state.documentId).toBe('d');
  });
});
