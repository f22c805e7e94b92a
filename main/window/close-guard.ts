export type CloseAnswer = 'save' | 'discard' | 'cancel';
export type SaveOutcome = 'saved' | 'cancelled' | 'failed';

/**
 * Whether a window may close, as a small state machine without Electron in it. A window with
 * unsaved changes asks first; "Save" asks the page to save and closes only once that save has
 * succeeded; a cancelled or failed save leaves the window open with the work in it.
 */
export class CloseGuard {
  private dirty = false;
  private phase: 'open' | 'awaiting-save' | 'closing' = 'open';

  setDirty(dirty: boolean): void {
    this.dirty = dirty;
  }

  get isDirty(): boolean {
    return this.dirty;
  }

  /** The window is about to close: let it, or ask the person first. */
  requestClose(): 'allow' | 'ask' {
    if (this.phase === 'closing' || !this.dirty) {
      this.phase = 'closing';
      return 'allow';
    }
    return 'ask';
  }

  /** The person answered the unsaved-changes prompt. */
  answer(choice: CloseAnswer): 'close' | 'save-first' | 'stay' {
    switch (choice) {
      case 'discard':
        this.phase = 'closing';
        return 'close';
      case 'save':
        this.phase = 'awaiting-save';
        return 'save-first';
      case 'cancel':
        this.phase = 'open';
        return 'stay';
    }
  }

  /** A save of this window finished; closes the window if the close was waiting for it. */
  saveFinished(outcome: SaveOutcome): 'close' | 'stay' {
    if (this.phase !== 'awaiting-save') return 'stay';
    if (outcome === 'saved') {
      this.phase = 'closing';
      return 'close';
    }
    this.phase = 'open';
    return 'stay';
  }
}
