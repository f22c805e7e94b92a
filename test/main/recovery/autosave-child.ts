/*
 * Run as a separate Node process by kill.test.ts: a stand-in for the app while someone edits.
 * It writes recovery snapshots through the app's own autosave code as fast as edits come, and
 * reports each edit it has made on stdout, until the test kills it with SIGKILL.
 */
import { Autosaver } from '../../../shared/host/autosaver';
import { nodeClock, recoverySink } from '../../../main/recovery/recovery-sink';
import { RecoveryStore } from '../../../main/recovery/recovery-store';

const folder = process.argv[2];
if (!folder) throw new Error('usage: autosave-child FOLDER');

const autosaver = new Autosaver(
  recoverySink(new RecoveryStore(folder)),
  'killed-session',
  nodeClock,
  {
    intervalMs: 20,
    onError: (error) => console.error(error),
  },
);

// Large enough that a kill often lands in the middle of writing a snapshot.
const filler = 'x'.repeat(256 * 1024);
let edit = 0;
setInterval(() => {
  edit += 1;
  const text = JSON.stringify({ edit, filler });
  autosaver.update({ title: `Edit ${edit}`, documentPath: null, text });
  process.stdout.write(`edit ${edit}\n`);
}, 2);
