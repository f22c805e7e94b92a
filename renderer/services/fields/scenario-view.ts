import { useCallback, useMemo } from 'react';
import { BASE_SCENARIO, type Scenario, type ScenarioFile } from '../../../shared/scenario';
import { useDocument } from '../session/document-context';
import { scenarioShown } from '../document/scenario-shown';
import {
  addRow,
  applyFieldEdit,
  draftKey,
  moveRow,
  removeRow,
  type Checked,
  type Draft,
  type FieldPath,
  type FieldValue,
  type ListPath,
} from '../document/scenario-edits';
import type { ParseErrorCode } from '../format/parse-number';

export interface ScenarioView {
  readonly file: ScenarioFile;
  /** The scenario shown: the base, or a named scenario with its overrides applied. */
  readonly scenario: Scenario;
  readonly scenarioName: string;
  /** Lists can be changed only in the base: a named scenario holds changes of values. */
  readonly isBase: boolean;
  draftOf(path: FieldPath): Draft | undefined;
  /** Typing: checked off the page's thread where it can be, applied in the order typed. */
  commit(path: FieldPath, value: FieldValue, text: string): void;
  /** A choice (a list, a box ticked): checked and shown at once. */
  choose(path: FieldPath, value: FieldValue, text: string): void;
  /** Fields that must change together, e.g. a method and its factor. */
  commitAll(edits: readonly { path: FieldPath; value: FieldValue; text: string }[]): void;
  draft(path: FieldPath, text: string, code: ParseErrorCode): void;
  discard(path: FieldPath): void;
  /** The undo key of a field's typing, by which its pending edits are known. */
  pendingKey(path: FieldPath): string;
  /** The field lost focus: what was typed in it is one undo step. */
  seal(): void;
  /** A change of the whole base file (presets, toggles); refused changes return their issues. */
  changeBase(change: (file: ScenarioFile) => Checked, key?: string): Checked;
  add<T extends { readonly id: string }>(list: ListPath, item: T): Checked;
  remove(list: ListPath, index: number): Checked;
  move(list: ListPath, from: number, to: number): Checked;
}

/** Drafts of fields inside `list` point at rows by index, which a row change shifts. */
function withoutDraftsUnder(
  drafts: Readonly<Record<string, Draft>>,
  list: ListPath,
): Readonly<Record<string, Draft>> {
  const prefix = list.join('.');
  const kept = Object.entries(drafts).filter(
    ([, draft]) => !draft.path.join('.').startsWith(`${prefix}.`),
  );
  return kept.length === Object.keys(drafts).length ? drafts : Object.fromEntries(kept);
}

/** The open document as the editor sees it: one scenario, its drafts, and the ways to change it. */
export function useScenarioView(): ScenarioView | null {
  const documentApi = useDocument();
  const { snapshot, scenario: scenarioName, update, edit } = documentApi;

  // Typing that only changes a draft leaves the scenario (and so its results) as it was.
  const file = snapshot?.file ?? null;
  const selected = file === null ? null : scenarioShown(file, scenarioName);

  const changeBase = useCallback(
    (change: (file: ScenarioFile) => Checked, key?: string): Checked => {
      let outcome: Checked | null = null;
      update((current) => {
        const checked = change(current.file);
        outcome = checked;
        return checked.ok && checked.file !== current.file
          ? { ...current, file: checked.file }
          : current;
      }, key);
      return outcome ?? { ok: false, issues: [] };
    },
    [update],
  );

  const rowChange = useCallback(
    (list: ListPath, change: (file: ScenarioFile) => Checked): Checked => {
      let outcome: Checked | null = null;
      update((current) => {
        const checked = change(current.file);
        outcome = checked;
        if (!checked.ok || checked.file === current.file) return current;
        return { file: checked.file, drafts: withoutDraftsUnder(current.drafts, list) };
      });
      return outcome ?? { ok: false, issues: [] };
    },
    [update],
  );

  return useMemo(() => {
    if (!snapshot || !selected) return null;
    const key = (path: FieldPath) => draftKey(scenarioName, path);
    return {
      file: snapshot.file,
      scenario: selected,
      scenarioName,
      isBase: scenarioName === BASE_SCENARIO,
      draftOf: (path) => snapshot.drafts[key(path)],
      commit: (path, value, text) =>
        edit({ type: 'commit', scenario: scenarioName, path, value, text }),
      choose: (path, value, text) =>
        update(
          (current) =>
            applyFieldEdit(current, { type: 'commit', scenario: scenarioName, path, value, text }),
          key(path),
        ),
      commitAll: (edits) => {
        if (edits.length > 0) edit({ type: 'commit-all', scenario: scenarioName, edits });
      },
      draft: (path, text, code) =>
        edit({ type: 'draft', scenario: scenarioName, path, text, code }),
      discard: (path) => edit({ type: 'discard', scenario: scenarioName, path }),
      pendingKey: key,
      seal: documentApi.seal,
      changeBase,
      add: (list, item) => rowChange(list, (file) => addRow(file, list, item)),
      remove: (list, index) => rowChange(list, (file) => removeRow(file, list, index)),
      move: (list, from, to) => rowChange(list, (file) => moveRow(file, list, from, to)),
    };
  }, [snapshot, selected, scenarioName, edit, update, changeBase, rowChange, documentApi.seal]);
}
