import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  benefitCostRatio,
  Dec,
  decimalArithmetic as A,
  floatArithmetic as F,
  nominalFromReal,
  presentValue,
  profitabilityIndex,
  realFromNominal,
} from '../../../shared/finance';
import { amount, decimals, expectClose, expectFinanceError, rate, RUNS } from './helpers';

describe('Fisher conversion', () => {
  it('is exact, not the approximation nominal ≈ real + inflation', () => {
    // (1.03)(1.02) − 1 = 0.0506, not 0.05.
    expect(nominalFromReal(A, new Dec('0.03'), new Dec('0.02')).eq('0.0506')).toBe(true);
    expect(realFromNominal(A, new Dec('0.0506'), new Dec('0.02')).eq('0.03')).toBe(true);
    expect(nominalFromReal(F, 0.03, 0.02)).toBeCloseTo(0.0506, 15);
  });

  it('discounting nominal flows at the nominal rate is discounting real flows at the real rate', () => {
    const real = new Dec('0.04');
    const inflation = new Dec('0.025');
    const realFlows = decimals([-1000, 300, 400, 500]);
    const nominalFlows = realFlows.map((flow, t) => flow.times(inflation.plus(1).pow(t)));
    const nominal = nominalFromReal(A, real, inflation);
    expectClose(
      presentValue(A, nominal, nominalFlows),
      presentValue(A, real, realFlows),
      '1e-35',
      1000,
    );
  });

  it('round-trips in both directions', () => {
    fc.assert(
      fc.property(rate(-50, 100), rate(-20, 50), (r, inflation) => {
        expectClose(realFromNominal(A, nominalFromReal(A, r, inflation), inflation), r, '1e-35');
        expectClose(nominalFromReal(A, realFromNominal(A, r, inflation), inflation), r, '1e-35');
        expectClose(
          realFromNominal(
            F,
            nominalFromReal(F, r.toNumber(), inflation.toNumber()),
            inflation.toNumber(),
          ),
          r,
          '1e-9',
        );
      }),
      RUNS,
    );
  });

  it('refuses inflation of -100%', () => {
    expectFinanceError(() => realFromNominal(A, new Dec('0.1'), new Dec(-1)), '#DIV/0!');
  });
});

describe('profitability index and benefit-cost ratio', () => {
  it('profitability index = 1 + NPV / PV(investment), the investment as a magnitude', () => {
    expect(profitabilityIndex(A, new Dec(250), new Dec(1000))?.eq('1.25')).toBe(true);
    expect(profitabilityIndex(A, new Dec(250), new Dec(-1000))?.eq('1.25')).toBe(true);
    expect(profitabilityIndex(F, -500, 1000)).toBe(0.5);
  });

  it('benefit-cost ratio = PV(benefits) / PV(costs)', () => {
    expect(benefitCostRatio(A, new Dec(1500), new Dec(1200))?.eq('1.25')).toBe(true);
    expect(benefitCostRatio(F, 900, -1200)).toBe(0.75);
  });

  it('are null, not Infinity, when the denominator is zero', () => {
    expect(profitabilityIndex(A, new Dec(100), new Dec(0))).toBeNull();
    expect(benefitCostRatio(F, 100, 0)).toBeNull();
    expect(benefitCostRatio(F, 0, -0)).toBeNull();
  });

  it('PI − 1 has the sign of the NPV, and float agrees with Decimal', () => {
    fc.assert(
      fc.property(
        amount(),
        amount().filter((value) => !value.isZero()),
        (npv, investment) => {
          const pi = profitabilityIndex(A, npv, investment) as Dec;
          expect(pi.minus(1).isZero()).toBe(npv.isZero());
          if (!npv.isZero()) expect(pi.minus(1).isNegative()).toBe(npv.isNegative());
          expectClose(
            profitabilityIndex(F, npv.toNumber(), investment.toNumber()) as number,
            pi,
            '1e-9',
            pi.abs().plus(1),
          );
        },
      ),
      RUNS,
    );
  });

  it('refuses NaN', () => {
    expectFinanceError(() => benefitCostRatio(F, Number.NaN, 1), '#VALUE!');
    expectFinanceError(() => profitabilityIndex(F, 1, Number.POSITIVE_INFINITY), '#VALUE!');
  });
});
