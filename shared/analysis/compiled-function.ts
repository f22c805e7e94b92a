import { FinanceError } from '../finance';
import { execute } from './kernel';
import { compile, type Program } from './program';
import { Recorder, type Ref } from './tape';

/*
 * A function of float inputs — the model for some drivers, or a finance primitive such as
 * `payback` — recorded with the recording arithmetic and evaluated for many sets of inputs
 * ("lanes") at a time, in blocks through the kernel.
 *
 * A lane whose guards fail took another path through the code (a loss carried forward in a year
 * that had none, a payback in another year); it is tried on the other programs recorded so far
 * and, when none fits, the function is recorded again at that lane's inputs — which evaluates the
 * lane and adds a program for the lanes like it. Every program repeats the float operations of
 * the code on its path exactly, so a lane's outputs never depend on the lanes beside it, the
 * block size or the worker it runs in.
 */

/** Lanes per block: enough to amortise the dispatch of an instruction, few enough for the cache. */
export const BLOCK = 256;

/** Paths kept as programs; beyond this, lanes on other paths are recorded one by one. */
const MAX_PROGRAMS = 64;

export interface LaneError {
  readonly lane: number;
  readonly message: string;
}

export type RecordedBody = (recorder: Recorder, inputs: readonly Ref[]) => readonly Ref[];

type Recording =
  | { readonly ok: true; readonly program: Program; readonly outputs: readonly number[] }
  | { readonly ok: false; readonly error: FinanceError };

export class CompiledFunction {
  readonly outputCount: number;
  private readonly programs: { program: Program; hits: number }[] = [];
  private registers = new Float64Array(0);
  private readonly failed = new Uint8Array(BLOCK);
  private readonly pending = new Int32Array(BLOCK);
  private readonly laneInputs: number[];
  /** Lanes evaluated by recording again. */
  recordings = 0;

  /** Records `body` at `firstInputs`; a FinanceError there is the caller's to report. */
  constructor(
    readonly inputCount: number,
    private readonly body: RecordedBody,
    firstInputs: readonly number[],
  ) {
    this.laneInputs = new Array<number>(inputCount).fill(0);
    const first = this.record(firstInputs);
    if (!first.ok) throw first.error;
    this.outputCount = first.outputs.length;
    this.keep(first.program);
  }

  get programCount(): number {
    return this.programs.length;
  }

  /** The first program recorded: its length is what a lane costs. */
  get firstProgram(): Program {
    return this.programs[0]!.program;
  }

  /**
   * Evaluates `count` lanes: `inputs` input-major (input j of lane i at j * count + i), `outputs`
   * likewise output-major. A lane the code refuses (a FinanceError) gets NaN outputs and an error.
   */
  evaluate(inputs: Float64Array, count: number, outputs: Float64Array): LaneError[] {
    if (inputs.length < this.inputCount * count || outputs.length < this.outputCount * count)
      throw new Error('evaluation buffers are too small');
    const errors: LaneError[] = [];
    for (let start = 0; start < count; start += BLOCK)
      this.evaluateBlock(inputs, count, outputs, start, Math.min(BLOCK, count - start), errors);
    return errors;
  }

  private evaluateBlock(
    inputs: Float64Array,
    count: number,
    outputs: Float64Array,
    start: number,
    lanes: number,
    errors: LaneError[],
  ): void {
    const { pending } = this;
    let remaining = lanes;
    for (let i = 0; i < lanes; i += 1) pending[i] = start + i;
    for (let index = 0; index < this.programs.length && remaining > 0; index += 1) {
      remaining = this.runProgram(index, inputs, count, outputs, remaining);
    }
    while (remaining > 0) {
      const lane = pending[0] as number;
      for (let j = 0; j < this.inputCount; j += 1)
        this.laneInputs[j] = inputs[j * count + lane] as number;
      const recorded = this.record(this.laneInputs);
      this.recordings += 1;
      if (recorded.ok) {
        recorded.outputs.forEach((value, o) => (outputs[o * count + lane] = value));
      } else {
        errors.push({ lane, message: recorded.error.message });
        for (let o = 0; o < this.outputCount; o += 1) outputs[o * count + lane] = Number.NaN;
      }
      pending.copyWithin(0, 1, remaining);
      remaining -= 1;
      if (recorded.ok && remaining > 0 && this.programs.length < MAX_PROGRAMS) {
        this.keep(recorded.program);
        remaining = this.runProgram(this.programs.length - 1, inputs, count, outputs, remaining);
      }
    }
    // The paths most lanes take are tried first.
    this.programs.sort((a, b) => b.hits - a.hits);
  }

  /** Runs program `index` on the pending lanes; those whose guards failed stay pending. */
  private runProgram(
    index: number,
    inputs: Float64Array,
    count: number,
    outputs: Float64Array,
    remaining: number,
  ): number {
    const entry = this.programs[index]!;
    const { program } = entry;
    const { registers, failed, pending } = this;
    const first = pending[0] as number;
    const contiguous = (pending[remaining - 1] as number) - first === remaining - 1;
    for (let j = 0; j < this.inputCount; j += 1) {
      const row = j * count;
      if (contiguous)
        registers.set(inputs.subarray(row + first, row + first + remaining), j * BLOCK);
      else
        for (let t = 0; t < remaining; t += 1)
          registers[j * BLOCK + t] = inputs[row + (pending[t] as number)] as number;
    }
    failed.fill(0, 0, remaining);
    execute(program, registers, BLOCK, remaining, failed);
    const { outputs: sources, constants } = program;
    let kept = 0;
    for (let t = 0; t < remaining; t += 1) {
      const lane = pending[t] as number;
      if (failed[t] === 1) {
        pending[kept++] = lane;
        continue;
      }
      for (let o = 0; o < sources.length; o += 1) {
        const source = sources[o] as number;
        outputs[o * count + lane] =
          source >= 0 ? (registers[source * BLOCK + t] as number) : (constants[~source] as number);
      }
    }
    entry.hits += remaining - kept;
    return kept;
  }

  private keep(program: Program): void {
    this.programs.push({ program, hits: 0 });
    const needed = program.registerCount * BLOCK;
    if (this.registers.length < needed) {
      const grown = new Float64Array(needed);
      grown.set(this.registers);
      this.registers = grown;
    }
  }

  private record(values: readonly number[]): Recording {
    const recorder = new Recorder();
    try {
      const inputs = values.map((value, index) => recorder.input(index, value));
      const outputs = this.body(recorder, inputs);
      return {
        ok: true,
        program: compile(recorder, this.inputCount, outputs),
        outputs: outputs.map((ref) => recorder.valueOf(ref)),
      };
    } catch (error) {
      if (error instanceof FinanceError) return { ok: false, error };
      throw error;
    }
  }
}
