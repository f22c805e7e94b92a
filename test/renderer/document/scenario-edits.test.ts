import { describe, expect, it } from 'vitest';
import { selectScenario, type ScenarioFile } from '../../../shared/scenario';
import {
  addRow,
  commitField,
  discardDraft,
  draftField,
  draftKey,
  moveRow,
  overridePathOf,
  removeRow,
  snapshotOf,
  uniqueId,
  withField,
} from '../../../renderer/services/document/scenario-edits';
import { newScenarioFile } from '../../../renderer/services/document/new-scenario';
import { exampleFile as example } from '../helpers/examples';

describe('field edits', () => {
  it('take a valid value and keep everything else shared', () => {
    const before = snapshotOf(example('reference-a'));
    const after = commitField(before, 'base', ['capex', 0, 'amount'], '7000000', '7,000,000');
    expect(after.file.capex[0]?.amount).toBe('7000000');
    expect(after.file.effects).toBe(before.file.effects);
    expect(after.drafts).toEqual({});
  });

  it('keep an invalid value as a draft with the reason, leaving the file valid', () => {
    const before = snapshotOf(example('reference-a'));
    const after = commitField(before, 'base', ['tax', 'rate'], '1.5', '150');
    expect(after.file).toBe(before.file);
    const draft = after.drafts[draftKey('base', ['tax', 'rate'])];
    expect(draft?.text).toBe('150');
    expect(draft?.problem.kind).toBe('validation');
    if (draft?.problem.kind === 'validation')
      expect(draft.problem.issues[0]?.code).toBe('out_of_range');
  });

  it('keep text that does not parse, and forget it on request', () => {
    const before = snapshotOf(example('reference-a'));
    const typed = draftField(before, 'base', ['capex', 0, 'amount'], '12abc', 'invalidCharacter');
    expect(typed.drafts[draftKey('base', ['capex', 0, 'amount'])]?.text).toBe('12abc');
    expect(typed.file).toBe(before.file);
    expect(discardDraft(typed, 'base', ['capex', 0, 'amount']).drafts).toEqual({});
  });

  it('let another field keep working while one is invalid', () => {
    let snapshot = snapshotOf(example('reference-a'));
    snapshot = draftField(snapshot, 'base', ['capex', 0, 'amount'], '6x', 'invalidCharacter');
    snapshot = commitField(snapshot, 'base', ['parameters', 'discountRate', 'rate'], '0.1', '10');
    expect(snapshot.file.parameters.discountRate.rate).toBe('0.1');
    expect(Object.keys(snapshot.drafts)).toEqual([draftKey('base', ['capex', 0, 'amount'])]);
  });

  it('take a draft in once another edit makes it valid', () => {
    let snapshot = snapshotOf(example('reference-a'));
    snapshot = commitField(
      snapshot,
      'base',
      ['capex', 0, 'depreciation', 'salvage'],
      '7000000',
      '7,000,000',
    );
    expect(snapshot.file.capex[0]?.depreciation.salvage).toBe('0');
    snapshot = commitField(snapshot, 'base', ['capex', 0, 'amount'], '8000000', '8,000,000');
    expect(snapshot.file.capex[0]?.depreciation.salvage).toBe('7000000');
    expect(snapshot.drafts).toEqual({});
  });

  it('take shares of a schedule that are only valid together', () => {
    let file = example('reference-a');
    file = {
      ...file,
      capex: file.capex.map((item) => ({
        ...item,
        payments: [
          { year: 0, share: '0.5' },
          { year: 1, share: '0.5' },
        ],
      })),
    };
    let snapshot = snapshotOf(file);
    snapshot = commitField(snapshot, 'base', ['capex', 0, 'payments', 0, 'share'], '0.6', '60');
    expect(Object.keys(snapshot.drafts)).toHaveLength(1);
    snapshot = commitField(snapshot, 'base', ['capex', 0, 'payments', 1, 'share'], '0.4', '40');
    expect(snapshot.drafts).toEqual({});
    expect(snapshot.file.capex[0]?.payments.map((part) => part.share)).toEqual(['0.6', '0.4']);
  });
});

describe('named scenarios', () => {
  const file = example('smt-visual-ai-inspection');
  const named = file.scenarios[0]?.name ?? '';

  it('address items by id in overrides', () => {
    const base = selectScenario(file, 'base');
    if (!base.ok) throw new Error('base');
    const id = base.scenario.capex[1]?.id;
    expect(overridePathOf(base.scenario, ['capex', 1, 'amount'])).toBe(`capex[id=${id}].amount`);
    expect(overridePathOf(base.scenario, ['effects', 0, 'ramp', 1])).toMatch(
      /^effects\[id=[a-z0-9-]+\]\.ramp\[1\]$/,
    );
  });

  it('turn an edit into an override, and drop it when set back to the base value', () => {
    const before = file.scenarios[0]?.overrides.length ?? 0;
    const edited = withField(file, named, ['parameters', 'inflation'], '0.07');
    const overrides = edited.scenarios[0]?.overrides ?? [];
    expect(overrides).toHaveLength(before + 1);
    expect(overrides.at(-1)).toEqual({ path: 'parameters.inflation', value: '0.07' });
    const selected = selectScenario(edited, named);
    expect(selected.ok && selected.scenario.parameters.inflation).toBe('0.07');
    const back = withField(edited, named, ['parameters', 'inflation'], file.parameters.inflation);
    expect(back.scenarios[0]?.overrides).toHaveLength(before);
    expect(file.parameters.inflation).not.toBe('0.07');
  });
});

describe('row edits', () => {
  it('add, move and remove rows, keeping ids unique across lists', () => {
    let file = newScenarioFile('Plan', 2026);
    const id = uniqueId(file, 'cost');
    expect(id).toBe('cost-1');
    const added = addRow(file, ['runningCosts'], {
      id,
      name: 'Licences',
      kind: 'licence',
      amount: '1000',
      startYear: 1,
      escalates: false,
      eligibility: { superDeduction: false },
    } as ScenarioFile['runningCosts'][number]);
    expect(added.ok).toBe(true);
    if (!added.ok) return;
    file = added.file;
    expect(uniqueId(file, 'cost')).toBe('cost-2');
    const second = addRow(file, ['runningCosts'], {
      ...file.runningCosts[0]!,
      id: 'cost-2',
      name: 'Cloud',
    });
    if (!second.ok) throw new Error('second');
    const moved = moveRow(second.file, ['runningCosts'], 1, 0);
    expect(moved.ok && moved.file.runningCosts.map((cost) => cost.name)).toEqual([
      'Cloud',
      'Licences',
    ]);
    const removed = removeRow(second.file, ['runningCosts'], 0);
    expect(removed.ok && removed.file.runningCosts.map((cost) => cost.name)).toEqual(['Cloud']);
  });

  it('refuse to remove a row that another one needs', () => {
    const file = example('mes-rollout-loan');
    const subsidisedLoan = file.subsidies.find((subsidy) => subsidy.type === 'interest-subsidy');
    if (!subsidisedLoan) return;
    const result = removeRow(file, ['financing', 'loans'], 0);
    expect(result.ok).toBe(false);
  });

  it("drop the named scenarios' overrides of a removed row", () => {
    const file = example('smt-visual-ai-inspection');
    const overridden = file.scenarios
      .flatMap((named) => named.overrides)
      .find((o) => o.path.startsWith('effects[id='));
    if (!overridden) return;
    const id = /effects\[id=([a-z0-9-]+)\]/.exec(overridden.path)?.[1];
    const index = file.effects.findIndex((effect) => effect.id === id);
    const result = removeRow(file, ['effects'], index);
    expect(result.ok).toBe(true);
    if (result.ok) {
      const left = result.file.scenarios.flatMap((named) => named.overrides).map((o) => o.path);
      expect(left.some((path) => path.startsWith(`effects[id=${id}]`))).toBe(false);
    }
  });
});
