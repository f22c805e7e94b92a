import type { Program } from './program';

/*
 * The interpreter, run on a block of lanes at once: each instruction is one tight loop over the
 * lanes of its registers (register r of lane i is registers[r * stride + i]), so the cost of
 * dispatching an instruction is paid once per block rather than once per draw. The float
 * expressions are those of `floatArithmetic`; a guard whose outcome differs from the recording
 * marks its lane as failed, and that lane's outputs are then worth nothing.
 */
export function execute(
  program: Program,
  registers: Float64Array,
  stride: number,
  lanes: number,
  failed: Uint8Array,
): void {
  const { op, dst, x, y, z, constants, length } = program;
  const r = registers;
  for (let k = 0; k < length; k += 1) {
    const o = (dst[k] as number) * stride;
    const u = (x[k] as number) * stride;
    const v = (y[k] as number) * stride;
    switch (op[k]) {
      case 1: // ADD_RR
        for (let i = 0; i < lanes; i += 1) r[o + i] = (r[u + i] as number) + (r[v + i] as number);
        break;
      case 2: {
        // ADD_RC
        const c = constants[y[k] as number] as number;
        for (let i = 0; i < lanes; i += 1) r[o + i] = (r[u + i] as number) + c;
        break;
      }
      case 3: // SUB_RR
        for (let i = 0; i < lanes; i += 1) r[o + i] = (r[u + i] as number) - (r[v + i] as number);
        break;
      case 4: {
        // SUB_RC
        const c = constants[y[k] as number] as number;
        for (let i = 0; i < lanes; i += 1) r[o + i] = (r[u + i] as number) - c;
        break;
      }
      case 5: {
        // SUB_CR
        const c = constants[x[k] as number] as number;
        for (let i = 0; i < lanes; i += 1) r[o + i] = c - (r[v + i] as number);
        break;
      }
      case 6: // MUL_RR
        for (let i = 0; i < lanes; i += 1) r[o + i] = (r[u + i] as number) * (r[v + i] as number);
        break;
      case 7: {
        // MUL_RC
        const c = constants[y[k] as number] as number;
        for (let i = 0; i < lanes; i += 1) r[o + i] = (r[u + i] as number) * c;
        break;
      }
      case 8: // DIV_RR
        for (let i = 0; i < lanes; i += 1) r[o + i] = (r[u + i] as number) / (r[v + i] as number);
        break;
      case 9: {
        // DIV_RC
        const c = constants[y[k] as number] as number;
        for (let i = 0; i < lanes; i += 1) r[o + i] = (r[u + i] as number) / c;
        break;
      }
      case 10: {
        // DIV_CR
        const c = constants[x[k] as number] as number;
        for (let i = 0; i < lanes; i += 1) r[o + i] = c / (r[v + i] as number);
        break;
      }
      case 11: // MIN_RR
        for (let i = 0; i < lanes; i += 1)
          r[o + i] = Math.min(r[u + i] as number, r[v + i] as number);
        break;
      case 12: {
        // MIN_RC
        const c = constants[y[k] as number] as number;
        for (let i = 0; i < lanes; i += 1) r[o + i] = Math.min(r[u + i] as number, c);
        break;
      }
      case 13: // MAX_RR
        for (let i = 0; i < lanes; i += 1)
          r[o + i] = Math.max(r[u + i] as number, r[v + i] as number);
        break;
      case 14: {
        // MAX_RC
        const c = constants[y[k] as number] as number;
        for (let i = 0; i < lanes; i += 1) r[o + i] = Math.max(r[u + i] as number, c);
        break;
      }
      case 15: // POW_RR
        for (let i = 0; i < lanes; i += 1) r[o + i] = (r[u + i] as number) ** (r[v + i] as number);
        break;
      case 16: {
        // POW_RC
        const c = constants[y[k] as number] as number;
        for (let i = 0; i < lanes; i += 1) r[o + i] = (r[u + i] as number) ** c;
        break;
      }
      case 17: {
        // POW_CR
        const c = constants[x[k] as number] as number;
        for (let i = 0; i < lanes; i += 1) r[o + i] = c ** (r[v + i] as number);
        break;
      }
      case 18: // NEG
        for (let i = 0; i < lanes; i += 1) r[o + i] = -(r[u + i] as number);
        break;
      case 19: // ABS
        for (let i = 0; i < lanes; i += 1) r[o + i] = Math.abs(r[u + i] as number);
        break;
      case 30: {
        // GUARD_ZERO
        const want = z[k] === 1;
        for (let i = 0; i < lanes; i += 1) if ((r[u + i] === 0) !== want) failed[i] = 1;
        break;
      }
      case 31: {
        // GUARD_NEGATIVE
        const want = z[k] === 1;
        for (let i = 0; i < lanes; i += 1) if ((r[u + i] as number) < 0 !== want) failed[i] = 1;
        break;
      }
      case 32: {
        // GUARD_FINITE
        const want = z[k] === 1;
        for (let i = 0; i < lanes; i += 1) {
          const value = r[u + i] as number;
          // value − value is 0 exactly when value is finite (NaN and ±Infinity give NaN).
          if ((value - value === 0) !== want) failed[i] = 1;
        }
        break;
      }
      case 33: {
        // GUARD_CMP_RR
        const want = z[k] as number;
        for (let i = 0; i < lanes; i += 1) {
          const left = r[u + i] as number;
          const right = r[v + i] as number;
          if ((left < right ? -1 : left > right ? 1 : 0) !== want) failed[i] = 1;
        }
        break;
      }
      case 34: {
        // GUARD_CMP_RC
        const want = z[k] as number;
        const right = constants[y[k] as number] as number;
        for (let i = 0; i < lanes; i += 1) {
          const left = r[u + i] as number;
          if ((left < right ? -1 : left > right ? 1 : 0) !== want) failed[i] = 1;
        }
        break;
      }
      case 35: {
        // GUARD_CMP_CR
        const want = z[k] as number;
        const left = constants[x[k] as number] as number;
        for (let i = 0; i < lanes; i += 1) {
          const right = r[v + i] as number;
          if ((left < right ? -1 : left > right ? 1 : 0) !== want) failed[i] = 1;
        }
        break;
      }
      default:
        throw new Error(`unknown kernel instruction ${String(op[k])}`);
    }
  }
}
