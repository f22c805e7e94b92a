import { describe, expect, it } from 'vitest';
import { assessApplicantText, collectApplicants } from '../../../shared/compare';
import { Dec } from '../../../shared/finance';
import { planVsActualOf } from '../../../shared/model';
import { monitoringSheet, monitorProgramme, type MonitorSettings } from '../../../shared/monitor';
import {
  serializeScenarioFile,
  type ActualsSection,
  type Scenario,
} from '../../../shared/scenario';
import { asFile, baseScenario, capex, runningCost, saving } from '../../helpers/scenarios';

/*
 * The programme monitoring's flags at their thresholds and its caused NPV. The case: 1000 invested
 * in 2023 (year 0), a saving of 800 a year claimed from 2024, a running cost of 100, 4 years.
 * Reported: 2024 and 2025 with savings of 640 each, so delivery = 1280 / 1600 = 0.8 exactly.
 */

const plan = baseScenario({
  project: { name: 'Line', company: 'Plant', currency: 'CNY', startYear: 2023, horizonYears: 4 },
  capex: [
    capex('line', '1000', {
      depreciation: { method: 'straight-line', lifeYears: 4, salvage: '0' },
    }),
  ],
  effects: [saving('scrap', '800')],
  runningCosts: [runningCost('licence', '100')],
});

const reportedYear = (year: number, amount: string, months?: number) => ({
  year,
  ...(months === undefined ? {} : { months }),
  savings: [{ id: 'scrap', amount }],
  runningCosts: [{ id: 'licence', amount: '100' }],
  capex: [],
  subsidies: [],
});
const twoYears: ActualsSection = { years: [reportedYear(1, '640'), reportedYear(2, '640')] };

function programme(
  files: readonly [string, Scenario, ActualsSection | undefined][],
  settings: Partial<MonitorSettings> = {},
) {
  const outcomes = files.map(([name, scenario, actuals]) =>
    assessApplicantText(
      name,
      serializeScenarioFile({ ...asFile(scenario), ...(actuals === undefined ? {} : { actuals }) }),
    ),
  );
  const { applicants, invalid } = collectApplicants(outcomes);
  expect(invalid).toEqual([]);
  return monitorProgramme(applicants, {
    threshold: new Dec('0.8'),
    reportingYear: 2025,
    future: 'plan',
    ...settings,
  });
}

const codes = (result: ReturnType<typeof programme>) =>
  result.applicants.map((row) => row.flags.map((flag) => flag.code));

describe('under-delivery', () => {
  it('is not flagged at the threshold: delivery 0.8 against 0.8', () => {
    const result = programme([['a.json', plan, twoYears]]);
    expect(result.applicants[0]?.delivery?.toString()).toBe('0.8');
    expect(codes(result)).toEqual([[]]);
  });

  it('is flagged just below it', () => {
    const result = programme([['a.json', plan, twoYears]], { threshold: new Dec('0.800001') });
    expect(codes(result)).toEqual([['under-delivery']]);
    expect(result.applicants[0]?.flags[0]?.message).toMatch(/achieved 80\.0 % .* below 80\.0001 %/);
  });

  it('counts a partial year at the plan for its months: 320 of 800 × 6/12 is 0.8', () => {
    const partial: ActualsSection = {
      years: [reportedYear(1, '640'), reportedYear(2, '640'), reportedYear(3, '320', 6)],
    };
    const result = programme([['a.json', plan, partial]], { reportingYear: 2025 });
    expect(result.applicants[0]?.delivery?.toString()).toBe('0.8');
    expect(codes(result)).toEqual([[]]);
  });
});

describe('missing reports', () => {
  it('are the operating years ending by the reporting year and not reported in full', () => {
    // Reporting year 2025: 2024 and 2025 are due and reported.
    expect(codes(programme([['a.json', plan, twoYears]]))).toEqual([[]]);
    // Reporting year 2026: 2026 is due too.
    const later = programme([['a.json', plan, twoYears]], { reportingYear: 2026 });
    expect(later.applicants[0]?.flags).toEqual([
      expect.objectContaining({ code: 'missing-reports', years: [2026] }),
    ]);
    // Reporting year 2024, before the second year ends: nothing is missing.
    expect(
      programme([['a.json', plan, twoYears]], { reportingYear: 2024 }).applicants[0]?.due,
    ).toEqual([2024]);
  });

  it('flag a funded applicant without any report, and a due year reported only in part', () => {
    const partly: ActualsSection = { years: [reportedYear(1, '800'), reportedYear(2, '400', 6)] };
    const result = programme([
      ['a.json', plan, undefined],
      ['b.json', plan, partly],
    ]);
    expect(result.applicants.map((row) => row.flags)).toEqual([
      [expect.objectContaining({ code: 'missing-reports', years: [2024, 2025] })],
      [expect.objectContaining({ code: 'missing-reports', years: [2025] })],
    ]);
    expect(result.totals).toMatchObject({ applicants: 2, reporting: 1, missingReports: 2 });
  });
});

describe('caused NPV and totals', () => {
  // With an investment of 2400 and a grant of 30 % of it (paid in year 0, taxable), the
  // project needs the grant: NPV without it < 0 ≤ NPV with it (checked below, not assumed).
  const needsGrant = baseScenario({
    ...plan,
    project: { ...plan.project, company: 'Needs the grant' },
    capex: [
      capex('line', '2400', {
        depreciation: { method: 'straight-line', lifeYears: 4, salvage: '0' },
        eligibility: {
          oneTimeDeduction: false,
          grants: true,
          investmentTaxCredit: false,
          superDeduction: false,
        },
      }),
    ],
    subsidies: [
      {
        id: 'grant',
        type: 'capex-grant',
        name: 'Grant',
        grantor: 'Bureau',
        rate: '0.3',
        disbursement: [{ year: 0, share: '1' }],
        taxable: true,
        reducesDepreciableBase: false,
      },
    ],
  });

  it('is the re-forecast NPV of a project the subsidy caused, and 0 of one it did not', () => {
    const result = programme([
      ['a.json', plan, twoYears],
      ['b.json', needsGrant, twoYears],
    ]);
    const [deadweight, additional] = result.applicants;
    expect(deadweight?.applicant.state).toBe('deadweight');
    expect(deadweight?.reforecastCausedNpv.toString()).toBe('0');
    expect(additional?.applicant.state).toBe('additional');
    const reforecast = planVsActualOf(needsGrant, twoYears, 'plan').reforecast.npv;
    expect(additional?.reforecastCausedNpv.eq(reforecast)).toBe(true);
    expect(result.totals.reforecastCausedNpv.eq(reforecast)).toBe(true);
    // Σ claimed = 1600 + 1600, Σ achieved = 1280 + 1280: the programme delivered 0.8.
    expect(result.totals.claimedSavings.toString()).toBe('3200');
    expect(result.totals.delivery?.toString()).toBe('0.8');
    expect(monitoringSheet(result).rows.at(-1)?.slice(0, 1)).toEqual(['Programme']);
  });
});
