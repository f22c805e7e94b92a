import { bench, describe } from 'vitest';
import {
  Dec,
  decimalArithmetic,
  floatArithmetic,
  irr,
  npv,
  presentValue,
  solveIrr,
} from '../../shared/finance';

/*
 * A 20-year project as the model produces it: an investment in year 0, savings ramping up over three
 * years, then declining slowly, and (for the second series) a decommissioning cost at the end that
 * gives the flows two sign changes, so that IRR has to search for every root.
 */
const conventional = [
  -6_000_000,
  900_000,
  1_500_000,
  1_900_000,
  ...Array.from({ length: 17 }, (_, i) => 1_900_000 - i * 40_000),
];
const withDecommissioning = [...conventional.slice(0, -1), -2_500_000];

const decimalFlows = conventional.map((flow) => new Dec(flow));
const decimalDecommissioning = withDecommissioning.map((flow) => new Dec(flow));
const decimalRate = new Dec('0.08');

describe('NPV of 21 yearly flows', () => {
  bench('spreadsheet npv (Decimal)', () => {
    npv(decimalRate, decimalFlows);
  });
  bench('presentValue (Decimal)', () => {
    presentValue(decimalArithmetic, decimalRate, decimalFlows);
  });
  bench('presentValue (float)', () => {
    presentValue(floatArithmetic, 0.08, conventional);
  });
});

describe('IRR of 21 yearly flows', () => {
  bench('spreadsheet irr (Decimal)', () => {
    irr(decimalFlows);
  });
  bench('solveIrr (Decimal)', () => {
    solveIrr(decimalArithmetic, decimalFlows);
  });
  bench('solveIrr (float)', () => {
    solveIrr(floatArithmetic, conventional);
  });
  bench('solveIrr, two sign changes (Decimal)', () => {
    solveIrr(decimalArithmetic, decimalDecommissioning);
  });
  bench('solveIrr, two sign changes (float)', () => {
    solveIrr(floatArithmetic, withDecommissioning);
  });
});
