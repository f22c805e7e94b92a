import { z } from 'zod';
import {
  amount,
  CURRENCY_PATTERN,
  decimalCount,
  fraction,
  id,
  label,
  note,
  schedule,
  share,
  yearIndex,
} from './fields';
import { actualsIssues, actualsSection } from './actuals';
import { riskIssues, riskSection } from './risk';
import { crossFieldIssues } from './rules';

/*
 * The scenario file, version 4: version 1, the optional risk section of risk.ts (version 2), and
 * the optional fields of a real case (version 3: units and input VAT of investment items,
 * replacements, working capital, growth and yearly series of effects and costs, disposal at the
 * horizon, tax timing, the payback convention, MIRR rates, a terminal value and the funding-gap
 * discount rate; the optional actuals of actuals.ts), and the optional fields of a feasibility
 * study's financial chapter (version 4: loans drawn over several years and the interest during
 * construction they carry, maintenance investment during operation, surcharges on VAT and tax
 * holidays). The single source of validation, of the TypeScript types and of the published
 * JSON Schema. Every object is strict (unknown keys are refused) and nothing has a default, so
 * that what is loaded is exactly what is saved. Defaults belong to the model's resolve step and
 * are documented in shared/model/README.md.
 */

export const SCENARIO_FORMAT = 'yardstick.scenario';
export const SCENARIO_VERSION = 4;

/** A rate of growth or discount: a fraction between −50 % and 100 %. */
const rate = (description: string) => fraction(description, { min: '-0.5', max: '1' });

const project = z
  .strictObject({
    name: label('Project name.'),
    company: z.optional(label('Company name.')),
    currency: z
      .string()
      .regex(CURRENCY_PATTERN)
      .meta({ description: 'ISO 4217 currency code, e.g. "CNY".' }),
    startYear: z
      .int()
      .min(1900)
      .max(2200)
      .meta({ description: 'Calendar year of year 0, the investment year.' }),
    horizonYears: z
      .int()
      .min(1)
      .max(40)
      .meta({ description: 'Operating years after year 0 (1 to 40).' }),
    notes: z.optional(note('Free notes.')),
  })
  .meta({ description: 'What the investment is and over which horizon it is judged.' });

const otherCostLine = z.strictObject({
  id: id('Id of this baseline cost line; effects refer to it.'),
  name: label('Name of the cost line.'),
  amount: amount('Annual amount in year-0 prices.'),
});

const baseline = z
  .strictObject({
    productionCost: z.optional(amount('Annual production cost before the project, year-0 prices.')),
    inspectionLabourCost: z.optional(
      amount('Annual inspection labour cost before the project, year-0 prices.'),
    ),
    revenue: z.optional(amount('Annual revenue before the project, year-0 prices.')),
    otherCosts: z
      .array(otherCostLine)
      .max(50)
      .meta({ description: 'Further annual cost lines, e.g. cost of escaped defects.' }),
  })
  .meta({
    description:
      'The company before the project; effects may be entered as a share of these lines.',
  });

export const CAPEX_CATEGORIES = [
  'equipment',
  'software',
  'integration',
  'training',
  'other',
] as const;
export const DEPRECIATION_METHODS = [
  'straight-line',
  'sum-of-years-digits',
  'declining-balance',
  'double-declining-balance',
] as const;

export const MAINTENANCE_TREATMENTS = ['depreciate', 'expense'] as const;

const capexItem = z.strictObject({
  id: id('Id of the investment item.'),
  name: label('Name of the investment item.'),
  category: z.enum(CAPEX_CATEGORIES),
  amount: amount('Total cost of the item, nominal, without the input VAT that can be recovered.'),
  units: z.optional(
    z.int().min(1).max(100000).meta({
      description:
        'Number of identical units the amount buys (default 1). The one-time deduction tests the value of one unit, amount / units.',
    }),
  ),
  inputVat: z.optional(
    amount(
      'Recoverable input VAT paid with the item, in the shares of its payments, and recovered in the following years (default none).',
    ),
  ),
  payments: schedule(
    'When the cost is paid. The item enters service the year after its last payment.',
  ),
  depreciation: z.strictObject({
    method: z.enum(DEPRECIATION_METHODS),
    lifeYears: z
      .int()
      .min(1)
      .max(50)
      .meta({ description: 'Useful life for tax depreciation, in years.' }),
    salvage: amount('Salvage value left undepreciated at the end of the life.'),
    factor: z.optional(
      fraction(
        'Declining-balance factor (1.5 means 150 % declining balance); only with "declining-balance".',
        {
          min: '0',
          max: '10',
          minExclusive: true,
        },
      ),
    ),
  }),
  eligibility: z
    .strictObject({
      oneTimeDeduction: z
        .boolean()
        .meta({ description: 'Qualifies for the one-time equipment deduction.' }),
      grants: z.boolean().meta({ description: 'Counts toward the eligible cost of capex grants.' }),
      investmentTaxCredit: z
        .boolean()
        .meta({ description: 'Qualifies for the equipment investment tax credit.' }),
      superDeduction: z
        .boolean()
        .meta({ description: 'Its deductions are R&D-type spending for the super deduction.' }),
    })
    .meta({ description: 'Which incentives the item qualifies for.' }),
  replacement: z.optional(
    z.boolean().meta({
      description:
        'Replaces a worn-out part during operation (default false): the EU funding gap counts it as an operating outflow, not as investment.',
    }),
  ),
  maintenance: z.optional(
    z
      .strictObject({
        treatment: z.enum(MAINTENANCE_TREATMENTS).meta({
          description:
            '"depreciate": each outlay is an asset of its own, in service the year after it is paid and depreciated by the item\'s method and life; "expense": each outlay is deducted in the year it is paid.',
        }),
        everyYears: z.optional(
          z.int().min(1).max(40).meta({
            description:
              'The outlay recurs every so many years after its payments, within the horizon (default: only the payments entered).',
          }),
        ),
      })
      .meta({
        description:
          'Maintenance investment during operation (维持运营投资), kept apart from the initial investment; not eligible for capex grants.',
      }),
  ),
  residualValue: amount(
    'Value of the item at the end of the horizon, nominal, received in the last year.',
  ),
  notes: z.optional(note('Free notes.')),
});

export const EFFECT_KINDS = [
  'production-cost',
  'inspection-labour',
  'quality',
  'energy',
  'inventory',
  'maintenance',
  'revenue-uplift',
  'custom',
] as const;

const effectHead = {
  id: id('Id of the effect.'),
  name: label('Name of the effect.'),
  kind: z.enum(EFFECT_KINDS),
};

/** Yearly amounts given one by one, the first for the line's start year. */
const series = (description: string) =>
  z.optional(
    z
      .array(amount('Amount of this year, in year-0 prices when the line escalates or grows.'))
      .min(1)
      .max(40)
      .meta({ description }),
  );

/** A line's own yearly change, besides inflation (when it escalates) or instead of it. */
const growth = z.optional(
  rate(
    "The line's own yearly change, compounding from year 0 (default 0): with escalates, on top of inflation; without, instead of it. Negative for a line that shrinks.",
  ),
);

const effectTail = {
  ramp: z.array(share('Share of the full effect reached in this year of the ramp.')).max(40).meta({
    description:
      'Shares of the full effect in the first years from startYear; full effect afterwards.',
  }),
  decayPerYear: z.optional(share('Yearly decline of the effect after the ramp, compounding.')),
  series: series(
    'Explicit yearly savings from startYear on, replacing full effect × ramp or decay in those years; after the last value the effect continues as computed.',
  ),
  startYear: z.int().min(1).max(40).meta({ description: 'First operating year with the effect.' }),
  endYear: z.optional(
    z.int().min(1).max(40).meta({ description: 'Last operating year with the effect.' }),
  ),
  escalates: z
    .boolean()
    .meta({ description: 'Escalates with general inflation: amount × (1 + inflation)^year.' }),
  growth,
  preset: z.optional(label('Id of the preset the effect was created from.')),
  notes: z.optional(note('Free notes, e.g. the source of the figure.')),
};

const baselineLine = z.string().min(1).max(64).meta({
  description:
    'Baseline line: "productionCost", "inspectionLabourCost", "revenue" or the id of an other cost line.',
});

const effect = z.discriminatedUnion('basis', [
  z.strictObject({
    ...effectHead,
    basis: z.literal('amount'),
    fullEffect: amount('Full annual saving in year-0 prices.'),
    ...effectTail,
  }),
  z.strictObject({
    ...effectHead,
    basis: z.literal('baseline-share'),
    baselineLine,
    fullEffect: share('Full saving as a share of the baseline line.'),
    ...effectTail,
  }),
  z.strictObject({
    ...effectHead,
    basis: z.literal('defect-detection'),
    baselineLine,
    detectionBefore: share('Share of defects detected before the project.'),
    detectionAfter: share('Share of defects detected after the project.'),
    ...effectTail,
  }),
]);

export const RUNNING_COST_KINDS = ['licence', 'maintenance', 'staff', 'cloud', 'other'] as const;

const runningCost = z.strictObject({
  id: id('Id of the running cost.'),
  name: label('Name of the running cost.'),
  kind: z.enum(RUNNING_COST_KINDS),
  amount: amount('Annual amount in year-0 prices.'),
  series: series(
    'Explicit yearly amounts from startYear on, replacing the amount in those years; after the last value the amount applies.',
  ),
  startYear: z.int().min(1).max(40).meta({ description: 'First operating year of the cost.' }),
  endYear: z.optional(
    z.int().min(1).max(40).meta({ description: 'Last operating year of the cost.' }),
  ),
  escalates: z.boolean().meta({ description: 'Escalates with general inflation.' }),
  growth,
  eligibility: z.strictObject({
    superDeduction: z
      .boolean()
      .meta({ description: 'Is R&D-type spending for the super deduction.' }),
  }),
  notes: z.optional(note('Free notes.')),
});

export const WORKING_CAPITAL_CHANGES = ['release', 'absorb'] as const;

const workingCapitalHead = {
  id: id('Id of the working-capital line.'),
  name: label('Name of the working-capital line, e.g. "Raw-material stock".'),
  change: z.enum(WORKING_CAPITAL_CHANGES).meta({
    description:
      '"release": the project lowers the stock or receivables, cash comes in; "absorb": it raises them, cash goes out.',
  }),
};

const workingCapitalTail = {
  timing: schedule('When the change happens, as shares of the whole change.'),
  escalates: z.boolean().meta({
    description:
      'The amount is in year-0 prices and escalates with inflation to the year of each change.',
  }),
  recoveredAtHorizon: z.boolean().meta({
    description:
      'Reversed at the end of the horizon: absorbed working capital comes back, released working capital is rebuilt.',
  }),
  notes: z.optional(note('Free notes.')),
};

const workingCapitalLine = z.discriminatedUnion('basis', [
  z.strictObject({
    ...workingCapitalHead,
    basis: z.literal('amount'),
    amount: amount('The whole change of working capital.'),
    ...workingCapitalTail,
  }),
  z.strictObject({
    ...workingCapitalHead,
    basis: z.literal('baseline-share'),
    baselineLine,
    share: share('The change as a share of the baseline line.'),
    ...workingCapitalTail,
  }),
  z.strictObject({
    ...workingCapitalHead,
    basis: z.literal('baseline-days'),
    baselineLine,
    days: decimalCount('The change in days of the baseline line: line × days / 365.', {
      min: '0',
      max: '366',
    }),
    ...workingCapitalTail,
  }),
]);

const subsidyHead = {
  id: id('Id of the subsidy.'),
};

const subsidyNames = {
  name: label('Name of the subsidy programme.'),
  grantor: label('Granting body.'),
};

const subsidyNotes = {
  notes: z.optional(note('Free notes.')),
};

const subsidy = z.discriminatedUnion('type', [
  z.strictObject({
    ...subsidyHead,
    type: z.literal('capex-grant'),
    ...subsidyNames,
    rate: share('Share of the eligible capex granted.'),
    cap: z.optional(amount('Maximum grant.')),
    disbursement: schedule('When the grant is received.'),
    taxable: z.boolean().meta({
      description:
        'true: taxable income in the year received, the items keep their full tax base; false: non-taxable fiscal funds, whose spending is not deductible (reducesDepreciableBase must then be true).',
    }),
    reducesDepreciableBase: z.boolean().meta({
      description:
        'Lowers the tax base (depreciation or deduction) of the eligible items, pro rata; true exactly when the grant is not taxable.',
    }),
    ...subsidyNotes,
  }),
  z.strictObject({
    ...subsidyHead,
    type: z.literal('lump-sum'),
    ...subsidyNames,
    amount: amount('Amount awarded.'),
    disbursement: schedule('When the award is received.'),
    taxable: z.boolean().meta({
      description:
        'true: taxable income in the year received; false: non-taxable fiscal funds, whose spending is not deductible (added back to taxable income in the year received).',
    }),
    ...subsidyNotes,
  }),
  z.strictObject({
    ...subsidyHead,
    type: z.literal('service-voucher'),
    ...subsidyNames,
    amount: amount('Value of the vouchers.'),
    disbursement: schedule('When the vouchers are used.'),
    taxable: z.boolean().meta({
      description:
        'true: taxable income in the year used; false: non-taxable fiscal funds, whose spending is not deductible (added back to taxable income in the year used).',
    }),
    ...subsidyNotes,
  }),
  z.strictObject({
    ...subsidyHead,
    type: z.literal('interest-subsidy'),
    ...subsidyNames,
    loanId: id('Id of the subsidised loan.'),
    ratePoints: share(
      'Interest subsidised, in rate points as a fraction (0.02 is 2 percentage points).',
    ),
    years: z
      .int()
      .min(1)
      .max(40)
      .meta({ description: 'Number of interest years subsidised from the first.' }),
    taxable: z.boolean().meta({
      description:
        'true: taxable income of the equity view in the year received; false: the interest it pays is not deductible. Both give the same tax.',
    }),
    ...subsidyNotes,
  }),
]);

const preferentialRegime = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('reduced-rate'),
    label: label('Name of the regime, e.g. "High and new technology enterprise".'),
    rate: share('Reduced income tax rate.'),
  }),
  z.strictObject({
    type: z.literal('small-low-profit'),
    label: label('Name of the regime.'),
    bands: z
      .array(
        z.strictObject({
          upTo: amount('Upper limit of this band of taxable income.'),
          rate: share('Effective rate on the income within this band.'),
        }),
      )
      .min(1)
      .max(10)
      .meta({
        description:
          'Progressive bands of annual taxable income. Above the last limit the enterprise does not qualify that year and the standard rate applies to all its income.',
      }),
  }),
]);

export const TAX_PAYMENT_TIMINGS = ['same-year', 'following-year'] as const;
export const HOLIDAY_STARTS = ['first-operating-year', 'first-profitable-year'] as const;

const surchargeTail = {
  startYear: z.optional(
    z.int().min(1).max(40).meta({ description: 'First year of the surcharges (default 1).' }),
  ),
  endYear: z.optional(
    z
      .int()
      .min(1)
      .max(40)
      .meta({ description: 'Last year of the surcharges (default the horizon).' }),
  ),
  escalates: z.boolean().meta({ description: 'Escalates with general inflation.' }),
};

const surcharges = z
  .discriminatedUnion('basis', [
    z.strictObject({
      basis: z.literal('amount'),
      amount: amount('Annual surcharges the project adds, in year-0 prices.'),
      ...surchargeTail,
    }),
    z.strictObject({
      basis: z.literal('vat-rates'),
      vatPayable: amount(
        'Annual VAT payable the project adds (output VAT − input VAT), in year-0 prices: the base of the surcharges.',
      ),
      urbanMaintenanceRate: share(
        'Urban maintenance and construction tax rate (7 % in a city, 5 % in a county or town, 1 % elsewhere).',
      ),
      educationRate: share('Education surcharge rate (3 %).'),
      localEducationRate: share('Local education surcharge rate (2 %).'),
      ...surchargeTail,
    }),
  ])
  .meta({
    description:
      'Surcharges on VAT (营业税金及附加) the project adds: an outflow deductible for income tax.',
  });

const holiday = z
  .strictObject({
    exemptYears: z
      .int()
      .min(0)
      .max(10)
      .meta({ description: 'Years exempt from income tax on the project, from the first year.' }),
    halfRateYears: z.int().min(0).max(10).meta({
      description:
        'Years after the exempt ones taxed at half the standard rate (or the applicable rate when lower).',
    }),
    from: z.enum(HOLIDAY_STARTS).meta({
      description:
        '"first-operating-year": from the year of the first operating income (Implementation Regulations of the Enterprise Income Tax Law, Art. 87 and 88); "first-profitable-year": from the first year with taxable income after losses.',
    }),
    label: z.optional(label('Name of the incentive, e.g. "三免三减半 (public infrastructure)".')),
  })
  .meta({
    description:
      "A tax holiday on the project's income (定期减免, e.g. three years exempt and three at half rate).",
  });

const tax = z
  .strictObject({
    rate: share('Standard corporate income tax rate.'),
    preferential: z.optional(preferentialRegime),
    lossCarryForwardYears: z
      .int()
      .min(0)
      .max(20)
      .meta({ description: 'Years a tax loss may be carried forward before it expires.' }),
    oneTimeDeduction: z.optional(
      z.strictObject({
        unitThreshold: amount(
          'Highest value of one unit that may be deducted in the year it enters service: 5000000 in China. A unit above it is depreciated normally.',
        ),
      }),
    ),
    superDeduction: z.optional(
      z.strictObject({
        rate: fraction('Extra deduction as a share of qualifying spending (1 means 100 % extra).', {
          min: '0',
          max: '5',
        }),
      }),
    ),
    investmentTaxCredit: z.optional(
      z.strictObject({
        rate: share('Credit as a share of qualifying equipment cost.'),
        cap: z.optional(amount('Maximum total credit.')),
        carryForwardYears: z
          .int()
          .min(0)
          .max(20)
          .meta({ description: 'Years an unused credit may be carried forward.' }),
      }),
    ),
    companyTaxableIncome: z.optional(
      amount(
        'Annual taxable income of the company without the project. When given, the project is taxed as the difference it makes to the company; when absent, on its own.',
      ),
    ),
    disposalAtHorizon: z.optional(
      z.boolean().meta({
        description:
          'The items are disposed of at the end of the horizon (default false): the residual value is taxed on its gain over the tax book value left, which is deducted. When false, the residual value is entered net of any disposal tax.',
      }),
    ),
    payment: z.optional(
      z.enum(TAX_PAYMENT_TIMINGS).meta({
        description:
          '"same-year" (default): tax is paid in the year it arises; "following-year": in the year after, at the annual settlement.',
      }),
    ),
    inputVatRecoveryYears: z.optional(
      z.int().min(1).max(20).meta({
        description:
          'Years over which the input VAT of the investment is recovered, in equal parts from the year after it is paid (default 1).',
      }),
    ),
    surcharges: z.optional(surcharges),
    holiday: z.optional(holiday),
  })
  .meta({ description: 'Corporate income tax and the incentives the company qualifies for.' });

export const REPAYMENT_TYPES = ['annuity', 'equal-principal'] as const;
export const DRAW_TIMINGS = ['year-end', 'mid-year'] as const;
export const CONSTRUCTION_INTEREST_TREATMENTS = ['paid', 'rolled-into-loan'] as const;

const loan = z.strictObject({
  id: id('Id of the loan.'),
  name: label('Name of the loan.'),
  lender: z.optional(label('Lender.')),
  amount: amount('Amount drawn.'),
  rate: share('Annual interest rate.'),
  termYears: z
    .int()
    .min(1)
    .max(40)
    .meta({ description: 'Years from drawdown to the last repayment.' }),
  graceYears: z
    .int()
    .min(0)
    .max(39)
    .meta({ description: 'First years of the term with interest only.' }),
  repayment: z.enum(REPAYMENT_TYPES),
  drawdownYear: yearIndex('Year the loan is drawn (its first draw when drawn over several years).'),
  draws: z.optional(
    z
      .array(
        z.strictObject({
          year: yearIndex('Year of this draw.'),
          amount: amount('Amount drawn in this year.'),
        }),
      )
      .min(1)
      .max(41)
      .meta({
        description:
          'The loan drawn over several years: amounts in increasing years from drawdownYear, within the interest-only years, adding up to the amount (default: all of it in drawdownYear).',
      }),
  ),
  drawTiming: z.optional(
    z.enum(DRAW_TIMINGS).meta({
      description:
        '"year-end" (default): a draw bears interest from the next year; "mid-year": draws are made evenly through the year, so a year\'s draw bears half a year\'s interest in that year.',
    }),
  ),
  finances: z.optional(
    z.array(id('Id of an investment item the loan pays for.')).min(1).max(100).meta({
      description:
        'Investment items the loan pays for: interest accrued before the last of them enters service is interest during construction, added to their tax base in proportion to their cost (default none: all interest is expensed).',
    }),
  ),
  constructionInterest: z.optional(
    z.enum(CONSTRUCTION_INTEREST_TREATMENTS).meta({
      description:
        'Interest during construction: "paid" (default) from equity in the year it accrues, or "rolled-into-loan": added to the balance and repaid with the principal.',
    }),
  ),
});

const financing = z
  .strictObject({
    loans: z.array(loan).max(20),
  })
  .meta({ description: 'Loans; the rest of the investment is equity.' });

export const PAYBACK_CONVENTIONS = ['from-year-0-end', 'from-construction-start'] as const;

const discountRate = (description: string) =>
  z.strictObject({
    rate: rate(description),
    basis: z.enum(['nominal', 'real']),
  });

const parameters = z
  .strictObject({
    discountRate: discountRate('Discount rate.'),
    inflation: rate('General inflation per year.'),
    payback: z.optional(
      z.enum(PAYBACK_CONVENTIONS).meta({
        description:
          '"from-year-0-end" (default): payback years counted from the end of the investment year; "from-construction-start": counted from the start of construction, year 0 counting as a year (the Chinese feasibility-study convention).',
      }),
    ),
    mirr: z.optional(
      z
        .strictObject({
          financeRate: z.optional(rate('Rate at which the negative flows are financed, nominal.')),
          reinvestmentRate: z.optional(
            rate('Rate at which the positive flows are reinvested, nominal.'),
          ),
        })
        .meta({ description: 'Rates of the modified IRR; each defaults to the discount rate.' }),
    ),
    terminalValue: z.optional(
      z
        .strictObject({
          growth: rate(
            "Nominal yearly growth of the last year's operating flow after the horizon; below the discount rate.",
          ),
        })
        .meta({
          description:
            "A growing perpetuity of the last year's operating flow, received at the end of the horizon (default none).",
        }),
    ),
    fundingGapDiscountRate: z.optional(
      discountRate('Discount rate of the EU funding gap (default 4 % real).').meta({
        description:
          'Financial discount rate of the EU funding-gap analysis (default 0.04 real, the reference of Commission Delegated Regulation (EU) No 480/2014, Article 19).',
      }),
    ),
  })
  .meta({ description: 'Discounting, inflation and the conventions of the metrics.' });

export const SCENARIO_KINDS = ['optimistic', 'pessimistic', 'custom'] as const;

export const overrideValue = z
  .union([
    z.string().max(10000),
    z.int(),
    z.boolean(),
    z.array(z.string().max(100)).max(41),
    z.null(),
  ])
  .meta({ description: 'The new value; null removes an optional field.' });

const namedScenario = z.strictObject({
  name: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,63}$/)
    .meta({
      description:
        'Name used to select the scenario, e.g. "optimistic". "base" is the shared base.',
    }),
  kind: z.enum(SCENARIO_KINDS),
  label: z.optional(label('Display name.')),
  description: z.optional(note('What the scenario assumes.')),
  overrides: z
    .array(
      z.strictObject({
        path: z
          .string()
          .min(1)
          .max(300)
          .meta({ description: 'Field to change, e.g. "effects[id=prod-cost].fullEffect".' }),
        value: overrideValue,
      }),
    )
    .max(200),
});

const scenarioShape = {
  project,
  baseline,
  capex: z.array(capexItem).max(1000),
  effects: z.array(effect).max(100),
  runningCosts: z.array(runningCost).max(100),
  workingCapital: z.optional(z.array(workingCapitalLine).max(50)),
  subsidies: z.array(subsidy).max(50),
  tax,
  financing,
  parameters,
  risk: z.optional(riskSection),
};

/** Structure only; `scenarioFileSchema` adds the cross-field rules. */
const scenarioFileStructure = z
  .strictObject({
    format: z.literal(SCENARIO_FORMAT),
    version: z.literal(SCENARIO_VERSION),
    ...scenarioShape,
    scenarios: z.array(namedScenario).max(20).meta({
      description: 'Named scenarios as explicit deltas over the shared base above.',
    }),
    actuals: z.optional(actualsSection),
  })
  .meta({
    title: 'Yardstick scenario file, version 4',
    description:
      'A digital-transformation investment as Yardstick evaluates it. Amounts and rates are decimal strings; years are indices from 0, the investment year. Rules beyond this schema, checked by Yardstick: ids are unique across all lists; payment and disbursement shares add up to 1 in increasing years within the horizon; an item is paid before the last year; salvage is at most the cost; a factor is given exactly for the declining-balance method; effects refer to baseline lines that have an amount; detection after exceeds detection before; end years are not before start years nor beyond the horizon; loans end within the horizon and their grace is shorter than their term; an interest subsidy names an existing loan, within its term and rate; a capex grant needs a grant-eligible item and is either taxable (the base kept) or not taxable with the base reduced; a yearly series ends within the years of its line; working-capital lines refer to baseline lines that have an amount; a terminal value grows slower than the discount rate and replaces residual values and disposal; small low-profit bands increase; scenario names are unique and not "base"; every override path exists and the overridden scenario is valid; risk settings name numbers of the scenario, a driver at most once, with consistent parameters (min below max, probabilities adding up to 1), correlations only between drivers with distributions and together positive definite; actuals report years within the horizon in increasing order, a partial year only last, each line naming a planned item of its list once a year.',
  });

export const scenarioFileSchema = scenarioFileStructure.superRefine(
  (file, context) => {
    for (const found of [...crossFieldIssues(file), ...riskIssues(file), ...actualsIssues(file)]) {
      context.addIssue({
        code: 'custom',
        path: [...found.path],
        message: found.message,
        params: { ...found.params, code: found.code },
      });
    }
  },
  // Cross-field rules read values the structure guarantees (decimal strings, known ids): judge
  // them only on a structurally valid document.
  { when: (payload) => payload.issues.length === 0 },
);

export type ScenarioFile = z.output<typeof scenarioFileStructure>;
/** One scenario: the file's base with a named scenario's overrides applied (no actuals: they are the file's history). */
export type Scenario = Omit<ScenarioFile, 'format' | 'version' | 'scenarios' | 'actuals'>;
export type NamedScenario = ScenarioFile['scenarios'][number];
export type CapexItem = ScenarioFile['capex'][number];
export type Effect = ScenarioFile['effects'][number];
export type RunningCost = ScenarioFile['runningCosts'][number];
export type WorkingCapitalLine = NonNullable<ScenarioFile['workingCapital']>[number];
export type Subsidy = ScenarioFile['subsidies'][number];
export type Loan = ScenarioFile['financing']['loans'][number];
export type Tax = ScenarioFile['tax'];
export type YearShare = CapexItem['payments'][number];
export type OverrideValue = z.output<typeof overrideValue>;
