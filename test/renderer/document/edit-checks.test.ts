import { describe, expect, it } from 'vitest';
import type { ScenarioFile } from '../../../shared/scenario';
import { EditPipeline, type EditTarget } from '../../../renderer/services/evaluation/edit-checks';
import {
  applyFieldEdit,
  draftKey,
  snapshotOf,
  type FieldEdit,
  type Snapshot,
} from '../../../renderer/services/document/scenario-edits';
import { webWorkerClient } from '../../../renderer/services/workers/web-workers';
import { exampleFile as example } from '../helpers/examples';
import { heldWorkers } from '../helpers/held-workers';

/*
 * Typing checked off the page's thread: a worker (simulated in this thread, serving the real
 * runner) checks each edit, and its answers are held back and delivered newest first. The
 * document must still take the edits in the order typed, never showing an older value after a
 * newer one, and end exactly where checking each edit in the page would have.
 */

const settle = async () => {
  for (let turn = 0; turn < 20; turn += 1) await new Promise((resolve) => setTimeout(resolve, 0));
};

/** A document the pipeline writes into, keeping every snapshot it was given and its undo key. */
function documentOf(file: ScenarioFile) {
  const applied: { snapshot: Snapshot; key: string | undefined }[] = [];
  let present = snapshotOf(file);
  const target: EditTarget = {
    present: () => present,
    apply: (change, key) => {
      present = change(present);
      applied.push({ snapshot: present, key });
    },
  };
  return { target, applied, present: () => present };
}

function pipelineOf(file: ScenarioFile) {
  const workers = heldWorkers();
  const client = webWorkerClient<never, never>(
    { size: 1, perWorker: 1_000, cancelGraceMs: null },
    workers.launch,
  );
  const document = documentOf(file);
  // The client's request types are the page's; the pipeline only sends edit checks.
  const pipeline = new EditPipeline(client as never, document.target);
  return { workers, pipeline, document, client };
}

const amount = (snapshot: Snapshot) => snapshot.file.capex[0]?.amount;

/** Typing "7", "71", "712" into the first investment item's cost, as the editor sends it. */
const typed: FieldEdit[] = ['7', '71', '712'].map((text) => ({
  type: 'commit',
  scenario: 'base',
  path: ['capex', 0, 'amount'],
  value: text,
  text,
}));

describe('typing checked in a worker', () => {
  it('takes the edits in the order typed when the answers come newest first', async () => {
    const file = example('reference-a');
    const { workers, pipeline, document, client } = pipelineOf(file);
    for (const edit of typed) pipeline.submit(edit);
    expect(pipeline.isPending(draftKey('base', ['capex', 0, 'amount']))).toBe(true);
    await settle();
    // The worker checked all three; nothing is in the document before its answers arrive.
    expect(workers.held.filter((answer) => answer.type === 'result')).toHaveLength(3);
    expect(document.applied).toEqual([]);

    expect(workers.releaseNewestFirst()).toBe(3);
    await settle();
    // "712" arrived first but waited for "7" and "71": each value once, oldest first.
    expect(document.applied.map(({ snapshot }) => amount(snapshot))).toEqual(['7', '71', '712']);
    expect(new Set(document.applied.map(({ key }) => key))).toEqual(
      new Set([draftKey('base', ['capex', 0, 'amount'])]),
    );
    expect(pipeline.isPending(draftKey('base', ['capex', 0, 'amount']))).toBe(false);
    // The same document as checking each edit in the page.
    const here = typed.reduce((at, edit) => applyFieldEdit(at, edit), snapshotOf(file));
    expect(document.present()).toEqual(here);
    client.dispose();
  });

  it("keeps a value the worker's check refuses as a draft with the reason", async () => {
    const { workers, pipeline, document, client } = pipelineOf(example('reference-a'));
    pipeline.submit({
      type: 'commit',
      scenario: 'base',
      path: ['tax', 'rate'],
      value: '1.5',
      text: '150',
    });
    await settle();
    workers.releaseInOrder();
    await settle();
    const draft = document.present().drafts[draftKey('base', ['tax', 'rate'])];
    expect(draft?.text).toBe('150');
    expect(draft?.problem.kind === 'validation' && draft.problem.issues[0]?.code).toBe(
      'out_of_range',
    );
    client.dispose();
  });

  it('applies what is pending at once for anything but typing, and drops the late answers', async () => {
    const file = example('reference-a');
    const { workers, pipeline, document, client } = pipelineOf(file);
    for (const edit of typed) pipeline.submit(edit);
    let sealed = false;
    pipeline.afterPending(() => (sealed = true));
    expect(sealed).toBe(false);
    pipeline.flush();
    expect(sealed).toBe(true);
    expect(amount(document.present())).toBe('712');
    const count = document.applied.length;
    await settle();
    workers.releaseNewestFirst();
    await settle();
    expect(document.applied).toHaveLength(count);
    client.dispose();
  });

  it('checks in the page when the worker lost its copy of the document', async () => {
    const file = example('reference-a');
    const { workers, pipeline, document, client } = pipelineOf(file);
    pipeline.submit(typed[0] as FieldEdit);
    await settle();
    workers.releaseInOrder();
    await settle();
    // Another worker (a new one, say) holds nothing: the next edit names a snapshot it lacks.
    client.dispose();
    pipeline.submit(typed[1] as FieldEdit);
    await settle();
    workers.releaseInOrder();
    await settle();
    expect(amount(document.present())).toBe('71');
    expect(document.present()).toEqual(
      typed.slice(0, 2).reduce((at, edit) => applyFieldEdit(at, edit), snapshotOf(file)),
    );
    client.dispose();
  });
});
