import { CONSTANT, GUARDS, INPUT, OPS, type Ref, type Tape } from './tape';

/*
 * A recording turned into a program for the kernel: only what the requested outputs and the
 * guards need (a Monte Carlo on NPV drops the equity view, the DSCR, the cumulative columns…),
 * constants moved into a pool, and each value given a register that is reused as soon as the
 * value is dead, so that a block of lanes stays small enough for the cache.
 */

/** Kernel instructions: `RC` takes a constant as the second operand, `CR` as the first. */
export const K = {
  ADD_RR: 1,
  ADD_RC: 2,
  SUB_RR: 3,
  SUB_RC: 4,
  SUB_CR: 5,
  MUL_RR: 6,
  MUL_RC: 7,
  DIV_RR: 8,
  DIV_RC: 9,
  DIV_CR: 10,
  MIN_RR: 11,
  MIN_RC: 12,
  MAX_RR: 13,
  MAX_RC: 14,
  POW_RR: 15,
  POW_RC: 16,
  POW_CR: 17,
  NEG: 18,
  ABS: 19,
  GUARD_ZERO: 30,
  GUARD_NEGATIVE: 31,
  GUARD_FINITE: 32,
  GUARD_CMP_RR: 33,
  GUARD_CMP_RC: 34,
  GUARD_CMP_CR: 35,
} as const;

export interface Program {
  readonly length: number;
  readonly op: Uint8Array;
  readonly dst: Int32Array;
  readonly x: Int32Array;
  readonly y: Int32Array;
  /** Expected outcome of a guard. */
  readonly z: Int32Array;
  readonly constants: Float64Array;
  readonly registerCount: number;
  /** Register of driver j is j. */
  readonly inputCount: number;
  /** Per output: a register (>= 0) or ~index of a constant (< 0). */
  readonly outputs: Int32Array;
  /** Instructions and guards recorded, before dead ones were dropped: for the bench's report. */
  readonly recorded: number;
}

/** Commutative operations put their constant second, so each has one constant form. */
const BINARY: Record<number, { rr: number; rc: number; cr: number | 'swap' }> = {
  [OPS.add]: { rr: K.ADD_RR, rc: K.ADD_RC, cr: 'swap' },
  [OPS.sub]: { rr: K.SUB_RR, rc: K.SUB_RC, cr: K.SUB_CR },
  [OPS.mul]: { rr: K.MUL_RR, rc: K.MUL_RC, cr: 'swap' },
  [OPS.div]: { rr: K.DIV_RR, rc: K.DIV_RC, cr: K.DIV_CR },
  [OPS.min]: { rr: K.MIN_RR, rc: K.MIN_RC, cr: 'swap' },
  [OPS.max]: { rr: K.MAX_RR, rc: K.MAX_RC, cr: 'swap' },
  [OPS.pow]: { rr: K.POW_RR, rc: K.POW_RC, cr: K.POW_CR },
};

const UNARY: Record<number, number> = { [OPS.neg]: K.NEG, [OPS.abs]: K.ABS };

const isBinary = (code: number): boolean => code in BINARY;

export function compile(tape: Tape, inputCount: number, outputs: readonly Ref[]): Program {
  const slots = tape.code.length;
  const { code, a, b, values, guards } = tape;

  const live = new Uint8Array(slots);
  for (const ref of outputs) live[ref] = 1;
  for (const guard of guards) {
    live[guard.a] = 1;
    if (guard.b >= 0) live[guard.b] = 1;
  }
  for (let slot = slots - 1; slot >= 0; slot -= 1) {
    if (live[slot] === 0 || (code[slot] as number) < 0) continue;
    live[a[slot] as number] = 1;
    if (isBinary(code[slot] as number)) live[b[slot] as number] = 1;
  }

  // Each guard runs right after the last of its operands is computed.
  const guardsAfter = new Map<number, number[]>();
  guards.forEach((guard, index) => {
    const trigger = Math.max(
      constantOr(code, guard.a, -1),
      guard.b < 0 ? -1 : constantOr(code, guard.b, -1),
    );
    const list = guardsAfter.get(trigger) ?? [];
    list.push(index);
    guardsAfter.set(trigger, list);
  });

  // Instruction order: slots in recording order, guards after their trigger.
  type Step = { readonly slot: number } | { readonly guard: number };
  const steps: Step[] = [];
  for (let slot = 0; slot < slots; slot += 1) {
    if (live[slot] === 1 && (code[slot] as number) > 0) steps.push({ slot });
    for (const guard of guardsAfter.get(slot) ?? []) steps.push({ guard });
  }

  const operandsOf = (step: Step): number[] => {
    if ('slot' in step) {
      const slot = step.slot;
      return isBinary(code[slot] as number)
        ? [a[slot] as number, b[slot] as number]
        : [a[slot] as number];
    }
    const guard = guards[step.guard]!;
    return guard.b < 0 ? [guard.a] : [guard.a, guard.b];
  };

  const lastUse = new Int32Array(slots).fill(-1);
  steps.forEach((step, index) => {
    for (const operand of operandsOf(step)) lastUse[operand] = index;
  });
  for (const ref of outputs) lastUse[ref] = steps.length;

  const constantIndex = new Map<number, number>();
  const constants: number[] = [];
  const constantOf = (slot: number): number => {
    let index = constantIndex.get(slot);
    if (index === undefined) {
      index = constants.length;
      constants.push(values[slot] as number);
      constantIndex.set(slot, index);
    }
    return index;
  };

  const register = new Int32Array(slots).fill(-1);
  for (let slot = 0; slot < slots; slot += 1)
    if (code[slot] === INPUT) register[slot] = a[slot] as number;
  const free: number[] = [];
  let registerCount = inputCount;
  const isConstantSlot = (slot: number): boolean => code[slot] === CONSTANT;

  const op = new Uint8Array(steps.length);
  const dst = new Int32Array(steps.length);
  const x = new Int32Array(steps.length);
  const y = new Int32Array(steps.length);
  const z = new Int32Array(steps.length);

  steps.forEach((step, index) => {
    const operands = operandsOf(step);
    const operandRegisters = operands.map((slot) =>
      isConstantSlot(slot) ? -1 : (register[slot] as number),
    );
    // Free the operands that die here before allocating the result: an element-wise instruction
    // may write the register it reads.
    for (const slot of new Set(operands)) {
      if (!isConstantSlot(slot) && code[slot] !== INPUT && lastUse[slot] === index)
        free.push(register[slot] as number);
    }
    if ('slot' in step) {
      const slot = step.slot;
      const out = free.pop() ?? registerCount++;
      register[slot] = out;
      dst[index] = out;
      const instruction = code[slot] as number;
      if (isBinary(instruction)) {
        const forms = BINARY[instruction]!;
        const [left, right] = operands as [number, number];
        const [leftRegister, rightRegister] = operandRegisters as [number, number];
        if (isConstantSlot(right)) {
          op[index] = forms.rc;
          x[index] = leftRegister;
          y[index] = constantOf(right);
        } else if (isConstantSlot(left)) {
          if (forms.cr === 'swap') {
            op[index] = forms.rc;
            x[index] = rightRegister;
            y[index] = constantOf(left);
          } else {
            op[index] = forms.cr;
            x[index] = constantOf(left);
            y[index] = rightRegister;
          }
        } else {
          op[index] = forms.rr;
          x[index] = leftRegister;
          y[index] = rightRegister;
        }
      } else {
        op[index] = UNARY[instruction]!;
        x[index] = operandRegisters[0]!;
      }
      return;
    }
    const guard = guards[step.guard]!;
    z[index] = guard.expected;
    if (guard.code === GUARDS.cmp) {
      const [left, right] = operands as [number, number];
      if (isConstantSlot(right)) {
        op[index] = K.GUARD_CMP_RC;
        x[index] = operandRegisters[0]!;
        y[index] = constantOf(right);
      } else if (isConstantSlot(left)) {
        op[index] = K.GUARD_CMP_CR;
        x[index] = constantOf(left);
        y[index] = operandRegisters[1]!;
      } else {
        op[index] = K.GUARD_CMP_RR;
        x[index] = operandRegisters[0]!;
        y[index] = operandRegisters[1]!;
      }
    } else {
      op[index] =
        guard.code === GUARDS.isZero
          ? K.GUARD_ZERO
          : guard.code === GUARDS.isNegative
            ? K.GUARD_NEGATIVE
            : K.GUARD_FINITE;
      x[index] = operandRegisters[0]!;
    }
  });

  const outputOperands = Int32Array.from(outputs, (ref) =>
    isConstantSlot(ref) ? ~constantOf(ref) : (register[ref] as number),
  );
  return {
    length: steps.length,
    op,
    dst,
    x,
    y,
    z,
    constants: Float64Array.from(constants),
    registerCount,
    inputCount,
    outputs: outputOperands,
    recorded: slots + guards.length,
  };
}

function constantOr(code: readonly number[], slot: number, fallback: number): number {
  return code[slot] === CONSTANT ? fallback : slot;
}
