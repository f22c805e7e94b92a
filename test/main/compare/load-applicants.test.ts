import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  applicantWorkers,
  assessApplicantFiles,
  loadApplicants,
  type LoadProgress,
} from '../../../main/compare/load-applicants';
import { listApplicantFiles } from '../../../main/compare/list-files';
import { bundle } from '../support/bundle';
import { useTempFolders } from '../support/temp';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const EXAMPLES = join(ROOT, 'assets', 'examples', 'applicants');
const tempFolder = useTempFolders();

/* The worker as a script of its own: main/analysis/worker-entry.ts in one file. */
let workerScript = '';
const workerFolder = join(ROOT, 'out', `.compare-worker-test-${process.pid}`);
beforeAll(async () => {
  workerScript = await bundle({
    entry: join(ROOT, 'main', 'analysis', 'worker-entry.ts'),
    outDir: workerFolder,
    fileName: 'worker.mjs',
    format: 'es',
  });
}, 120_000);
afterAll(async () => {
  await rm(workerFolder, { recursive: true, force: true });
});

const launch = () => new Worker(workerScript);

describe('loading a folder of applicants', () => {
  it('loads the example folder: the invalid file listed with its reasons, every other file compared', async () => {
    const loaded = await loadApplicants([EXAMPLES]);
    expect(loaded.applicants).toHaveLength(13);
    expect(loaded.invalid).toHaveLength(1);
    const [invalid] = loaded.invalid;
    expect(invalid?.file).toBe(join(EXAMPLES, '14-zhuhai-guangyao-invalid.json'));
    expect(invalid?.reasons.map((r) => r.message)).toEqual([
      'must be a non-negative decimal amount such as "1250000.50" (no sign, exponent or separators, at most 6 decimals)',
      'is not a field of this format',
    ]);
    expect(loaded.applicants.map((a) => a.company)).toContain(
      'Xiamen Huamei Garments Co., Ltd. (150 staff)',
    );
  });

  it('lists paths that are not there, unreadable and hostile files with reasons, and loads the rest', async () => {
    const folder = await tempFolder();
    const good = await readFile(join(EXAMPLES, '01-suzhou-hengda-smt-aoi.json'));
    await writeFile(join(folder, 'good.json'), good);
    await writeFile(join(folder, 'latin1.json'), Buffer.from([0x7b, 0xe9, 0x7d]));
    await writeFile(join(folder, 'nested.json'), `${'['.repeat(200)}${']'.repeat(200)}`);
    await writeFile(join(folder, 'notes.txt'), 'not an applicant');
    await mkdir(join(folder, 'older-call'));
    await writeFile(join(folder, 'older-call', 'old.json'), good);

    const loaded = await loadApplicants([
      folder,
      join(folder, 'missing.json'),
      join(folder, 'good.json'),
    ]);
    expect(loaded.applicants.map((a) => a.file)).toEqual([join(folder, 'good.json')]);
    expect(
      loaded.invalid.map((i) => [i.file.slice(folder.length + 1), i.reasons[0]?.code]),
    ).toEqual([
      ['latin1.json', 'file.notUtf8'],
      ['missing.json', 'file_not_found'],
      ['nested.json', 'too_deep'],
    ]);
  });

  it('gives the same applicants from worker threads as from one thread, and reports progress to the end', async () => {
    const folder = await tempFolder();
    const names = (await listApplicantFiles([EXAMPLES])).files;
    const files: string[] = [];
    for (let copy = 0; copy < 3; copy += 1) {
      for (const source of names) {
        const target = join(folder, `${copy}-${source.split(/[\\/]/).pop() ?? ''}`);
        await writeFile(target, await readFile(source));
        files.push(target);
      }
    }
    const progress: LoadProgress[] = [];
    let started = 0;
    const counted = () => ((started += 1), launch());
    const threaded = await assessApplicantFiles(files, {
      launchWorker: counted,
      workers: 2,
      filesPerWorker: 4,
      onProgress: (p) => progress.push(p),
    });
    expect(started).toBe(2);
    const here = await assessApplicantFiles(files, { launchWorker: null });
    expect(threaded).toEqual(here);
    expect(threaded.filter((outcome) => !outcome.ok)).toHaveLength(3);
    expect(progress.map((p) => p.done)).toEqual(files.map((_, index) => index + 1));
    expect(progress.at(-1)).toEqual({
      done: files.length,
      total: files.length,
      inWorkers: files.length,
    });
  }, 60_000);

  it('keeps a pool of workers between loads, and stops them when disposed', async () => {
    let started = 0;
    const workers: Worker[] = [];
    const pool = applicantWorkers(() => {
      started += 1;
      const worker = launch();
      workers.push(worker);
      return worker;
    }, 2);
    let last: LoadProgress | undefined;
    const first = await loadApplicants([EXAMPLES], { pool });
    const again = await loadApplicants([EXAMPLES], { pool, onProgress: (p) => (last = p) });
    expect(last).toEqual({ done: 14, total: 14, inWorkers: 14 });
    expect(again).toEqual(first);
    expect(first.applicants).toHaveLength(13);
    expect(started).toBe(2);
    expect(pool.workers).toBe(2);
    const exited = workers.map((worker) => new Promise((resolve) => worker.once('exit', resolve)));
    pool.dispose();
    expect(pool.workers).toBe(0);
    await Promise.all(exited);
  }, 60_000);

  it('finishes the files of a worker that dies in this thread', async () => {
    const files = (await listApplicantFiles([EXAMPLES])).files;
    const dying = () => new Worker('throw new Error("worker died")', { eval: true });
    const outcomes = await assessApplicantFiles(files, {
      launchWorker: dying,
      workers: 2,
      filesPerWorker: 1,
    });
    expect(outcomes.filter((outcome) => outcome.ok)).toHaveLength(13);
  }, 60_000);

  it('never starts more worker threads than the machine has cores, whatever is asked', async () => {
    const files = (await listApplicantFiles([EXAMPLES])).files;
    let started = 0;
    const outcomes = await assessApplicantFiles([...files, ...files], {
      launchWorker: () => {
        started += 1;
        return launch();
      },
      workers: 64,
      filesPerWorker: 1,
    });
    expect(outcomes.filter((outcome) => outcome.ok)).toHaveLength(26);
    expect(started).toBeGreaterThan(0);
    expect(started).toBeLessThanOrEqual(availableParallelism());
  }, 60_000);

  it('says why a FIFO, a sub-folder named *.json and a name that is not UTF-8 are left out', async () => {
    const folder = await tempFolder();
    const good = await readFile(join(EXAMPLES, '01-suzhou-hengda-smt-aoi.json'));
    await writeFile(join(folder, 'good.json'), good);
    await mkdir(join(folder, 'archive.json'));
    const reasons = new Map<string, string>([['archive.json', 'is a folder']]);
    if (process.platform !== 'win32') {
      execFileSync('mkfifo', [join(folder, 'pipe.json')]);
      reasons.set('pipe.json', 'is a FIFO');
      // a\xff.json: a name a Latin-1 system wrote, which is not UTF-8.
      await writeFile(
        Buffer.concat([Buffer.from(`${folder}/a`), Buffer.from([0xff]), Buffer.from('.json')]),
        good,
      );
      reasons.set('a\ufffd.json', 'name is not UTF-8');
    }
    const loaded = await loadApplicants([folder]);
    expect(loaded.applicants.map((a) => a.file)).toEqual([join(folder, 'good.json')]);
    const left = new Map(
      loaded.invalid.map((i) => [
        i.file.slice(folder.length + 1),
        i.reasons.map((r) => r.message).join('; '),
      ]),
    );
    expect([...left.keys()].sort()).toEqual([...reasons.keys()].sort());
    for (const [name, reason] of reasons) expect(left.get(name), name).toContain(reason);
  });
});
