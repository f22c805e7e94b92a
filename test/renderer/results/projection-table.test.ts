import { describe, expect, it } from 'vitest';
import { Dec } from '../../../shared/finance/decimal';
import { evaluateScenario, TAX_CHAIN } from '../../../shared/model';
import { parseScenarioFile, selectScenario } from '../../../shared/scenario';
import { projectionTable } from '../../../renderer/services/evaluation/projection-table';
import { CASH_FLOW_ROWS } from '../../helpers/cash-flow-rows';

const texts = import.meta.glob<string>('../../../assets/examples/*.json', {
  query: '?raw',
  import: 'default',
  eager: true,
});

const cases = Object.entries(texts).flatMap(([path, text]) => {
  const parsed = parseScenarioFile(text);
  if (!parsed.ok) throw new Error(`${path} does not load`);
  return ['base', ...parsed.file.scenarios.map((named) => named.name)].map((name) => {
    const selected = selectScenario(parsed.file, name);
    if (!selected.ok) throw new Error(`${path} ${name}`);
    return { name: `${path.split('/').pop()} ${name}`, scenario: selected.scenario };
  });
});

describe.each(cases)('the projection table of $name', ({ scenario }) => {
  const evaluation = evaluateScenario(scenario);
  for (const scale of ['unit', 'ten-thousand'] as const) {
    const table = projectionTable(evaluation.projection, scale);
    const row = (key: string) => table.rows.find((candidate) => candidate.key === key);
    const cent = new Dec(scale === 'unit' ? '0.01' : '0.01');

    it(`adds up to the cent across every row (${scale})`, () => {
      for (const entry of table.rows) {
        if (entry.total === null) continue;
        const cells = entry.cells.map((cell) => cell ?? new Dec(0));
        expect(cells.reduce((a, b) => a.plus(b), new Dec(0)).eq(entry.total), entry.key).toBe(true);
        for (const cell of cells) expect(cell.decimalPlaces(), entry.key).toBeLessThanOrEqual(2);
      }
    });

    it(`adds up to the cent down every column (${scale})`, () => {
      const parts = CASH_FLOW_ROWS.flatMap((key) => row(key) ?? []);
      const net = row('projectNetCashFlow')!;
      table.years.forEach((year) => {
        const column = parts.reduce((total, part) => total.plus(part.cells[year]!), new Dec(0));
        expect(column.eq(net.cells[year]!), `year ${year}`).toBe(true);
        for (const group of ['savings', 'runningCosts', 'capex', 'subsidies']) {
          const items = table.rows.filter((entry) => entry.group === group);
          const total = items.reduce((sum, item) => sum.plus(item.cells[year]!), new Dec(0));
          expect(total.eq(row(group)!.cells[year]!), `${group} year ${year}`).toBe(true);
        }
      });
    });

    it(`reads the tax computation as one chain that adds up in every year (${scale})`, () => {
      const chain = table.rows.filter((entry) => entry.group === 'tax' && entry.chain !== 'memo');
      // Every step of the chain is shown, zero or not; a step of a rule the scenario may not use
      // at all (gain on disposal) only when it has a figure. Paid the year after, the chain ends
      // on the tax of the year.
      const paidLater = evaluation.projection.taxPaid !== evaluation.projection.tax.tax;
      expect(chain.map((entry) => entry.key)).toEqual([
        'tax:taxableIncomeBeforeIncentives',
        'tax:oneTimeDeductionEffect',
        'tax:taxableIncomeAfterOneTimeDeduction',
        'tax:superDeduction',
        ...(evaluation.projection.disposalGain.some((value) => !value.isZero())
          ? ['tax:disposalGain']
          : []),
        'tax:taxableIncome',
        'tax:lossIncurred',
        'tax:lossUsed',
        'tax:taxableIncomeAfterLosses',
        'tax:taxAtStandardRate',
        'tax:reducedRateEffect',
        'tax:taxBeforeCredits',
        ...(evaluation.projection.tax.taxHolidayRelief.some((value) => !value.isZero())
          ? ['tax:taxHolidayRelief']
          : []),
        'tax:taxCreditUsed',
        paidLater ? 'tax:taxArising' : 'tax:tax',
      ]);
      table.years.forEach((year) => {
        let running = new Dec(0);
        for (const entry of chain) {
          const cell = entry.cells[year]!;
          if (entry.chain === 'start' || entry.chain === 'rate') running = cell;
          else if (entry.chain === 'subtotal') {
            expect(running.eq(cell), `${entry.key} in year ${year}`).toBe(true);
            running = cell;
          } else running = running.plus(cell);
        }
      });
      // The chain ends on the tax row of the cash flow, with its sign (an outflow), when the tax
      // is paid in the year it arises.
      if (!paidLater) expect(row('tax:tax')!.cells).toEqual(row('tax')!.cells);
      // Rounding never shows a figure where the model has none (a cent of loss that is not there).
      for (const step of TAX_CHAIN) {
        const shown = row(`tax:${step.key}`);
        if (shown === undefined) continue;
        step.values(evaluation.projection).forEach((exact, year) => {
          if (exact.isZero()) expect(shown.cells[year]!.isZero(), `${step.key} ${year}`).toBe(true);
        });
      }
    });

    it(`ends its discounted cumulative flow at the model's NPV, rounded (${scale})`, () => {
      const divisor = scale === 'unit' ? 1 : 10_000;
      const npv = evaluation.metrics.npv.div(divisor).toDecimalPlaces(2, Dec.ROUND_HALF_UP);
      expect(row('discountedProjectNetCashFlow')!.total!.eq(npv)).toBe(true);
      expect(row('cumulativeDiscountedProjectNetCashFlow')!.cells.at(-1)!.eq(npv)).toBe(true);
      const exact = evaluation.projection.projectNetCashFlow;
      row('projectNetCashFlow')!.cells.forEach((cell, year) => {
        // Each shown net cash flow is within a cent per line of the exact one.
        const lines = table.rows.filter((entry) => entry.level < 2).length;
        expect(cell!.minus(exact[year]!.div(divisor)).abs().lte(cent.mul(lines))).toBe(true);
      });
    });
  }
});
