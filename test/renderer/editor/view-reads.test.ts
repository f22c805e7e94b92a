import { describe, expect, it } from 'vitest';
import type { ScenarioFile } from '../../../shared/scenario';
import {
  commitField,
  draftField,
  draftKey,
  type FieldPath,
  type Snapshot,
} from '../../../renderer/services/document/scenario-edits';
import type { ScenarioView } from '../../../renderer/services/fields/scenario-view';
import { ViewReads } from '../../../renderer/services/fields/view-reads';
import { FieldReads } from '../../../renderer/services/fields/field-reads';
import { exampleFile as example } from '../helpers/examples';

/** The base scenario of a snapshot as the editor sees it (only what the readers use). */
function viewOf(snapshot: Snapshot): ScenarioView {
  const file: ScenarioFile = snapshot.file;
  return {
    file,
    scenario: file,
    scenarioName: 'base',
    isBase: true,
    draftOf: (path: FieldPath) => snapshot.drafts[draftKey('base', path)],
    pendingKey: (path: FieldPath) => draftKey('base', path),
  } as unknown as ScenarioView;
}

describe('a section of the editor', () => {
  /** A section drawn once from reference-a, reading through `draw`, then the tax rate typed. */
  function drawnThenTaxTyped(draw: (shown: ScenarioView) => void) {
    let view = viewOf({ file: example('reference-a'), drafts: {} });
    const reads = new ViewReads(() => view);
    const drawn = reads.snapshot();
    const shown = reads.start();
    draw(shown);
    reads.stop();
    const snapshot = commitField(
      { file: view.file, drafts: {} },
      'base',
      ['tax', 'rate'],
      '0.2',
      '20',
    );
    view = viewOf(snapshot);
    return { reads, drawn, shown, snapshot, show: (next: Snapshot) => (view = viewOf(next)) };
  }

  it('is drawn again when a part it read changes, not when typing changes another section', () => {
    const { reads, drawn, snapshot, show } = drawnThenTaxTyped((shown) => {
      expect(shown.scenario.capex.length).toBeGreaterThan(0);
      expect(shown.isBase).toBe(true);
    });
    // Typing the tax rate left the investment items as they were.
    expect(reads.snapshot()).toBe(drawn);

    // Typing an item's cost changes them: drawn again, once.
    show(commitField(snapshot, 'base', ['capex', 0, 'amount'], '7000000', '7,000,000'));
    const again = reads.snapshot();
    expect(again).not.toBe(drawn);
    expect(reads.snapshot()).toBe(again);
  });

  it('reads the latest view in its handlers without being drawn again for what they read', () => {
    const { reads, drawn, shown, snapshot } = drawnThenTaxTyped(() => undefined);
    // A handler after the edit (an item added names it from the file as it is now).
    expect(shown.file.tax).toBe(snapshot.file.tax);
    expect(shown.scenario.tax.rate).toBe('0.2');
    expect(reads.snapshot()).toBe(drawn);
  });
});

describe('a field of the editor', () => {
  it('keeps what it shows when another field is typed, and follows its own value and draft', () => {
    const start: Snapshot = { file: example('reference-a'), drafts: {} };
    const path = ['capex', 0, 'amount'] as const;
    const reads = new FieldReads();
    const before = reads.read(viewOf(start), path);
    expect(before.stored).toBe(start.file.capex[0]?.amount);
    expect(before.overridden).toBe(false);

    const other = commitField(start, 'base', ['tax', 'rate'], '0.2', '20');
    expect(reads.read(viewOf(other), path)).toBe(before);

    const typed = commitField(other, 'base', [...path], '7000000', '7,000,000');
    const after = reads.read(viewOf(typed), path);
    expect(after.stored).toBe('7000000');

    const drafted = draftField(typed, 'base', [...path], '7,000,0x0', 'invalidCharacter');
    expect(reads.read(viewOf(drafted), path).draft?.text).toBe('7,000,0x0');
  });
});
