import type Decimal from 'decimal.js';
import { z } from 'zod';
import { Dec } from '../finance';
import { issue, type ValidationIssue } from '../scenario/issues';
import { parseJsonSafely } from '../scenario/safe-json';
import { fromZodIssues } from '../scenario/zod-issues';
import { AWARD_CAPS, OBJECTIVES, type AwardCap, type Objective } from './compare';
import { DEFAULT_THRESHOLDS, type PlausibilityThresholds } from './flags';
import {
  betterOf,
  DEFAULT_WEIGHTS,
  FIELD_PREFIX,
  isBuiltIn,
  SCALINGS,
  type CriterionId,
  type CriterionWeight,
  type Scaling,
} from './score';

/*
 * The officer's ranking settings as a file (`yardstick compare --weights FILE`):
 *
 *     {
 *       "version": 2,
 *       "scaling": "rank",
 *       "weights": { "npvPerSubsidy": 40, "additionality": 25, "field:jobs-created": 10,
 *                    "field:energy-saved-mwh-year": { "weight": 5, "better": "higher" } },
 *       "thresholds": { "productionCostReduction": "0.3", "irr": null, "minRampYears": 1 },
 *       "allocation": { "objective": "caused", "cap": "necessary", "partialMinShare": "0.5",
 *                       "excludeFlagged": true, "excluded": ["07-xiamen.json"],
 *                       "checked": ["08-changzhou.json"] }
 *     }
 *
 * `scaling` is "rank" (the default) or "min-max" (README, "Ranking"). `weights`, when given, replaces the default weights (a criterion left out counts for nothing);
 * each threshold given replaces its default, and null switches that flag off. Weights are
 * non-negative numbers or decimal strings; thresholds are decimal fractions ("0.3" is 30 %).
 * `allocation` holds how the budget is spent, so that a report printed from the file allocates
 * as the screen did; the command line's own options win over it. `checked` lists the flagged
 * applicants whose claims the officer has checked and lets be funded.
 *
 * Versions: version 1 had no `version` key, the objectives "npv" and "score", no `cap` and no
 * `checked`. A file without `version` reads as version 1 migrated: no award cap, nothing checked;
 * an objective it names keeps its meaning ("npv" is the total NPV), and one it leaves out takes
 * today's default, the NPV the programme causes. Files are written as version 2.
 */

export const SETTINGS_VERSION = 2;

export interface CompareSettings {
  readonly scaling: Scaling;
  readonly weights: readonly CriterionWeight[];
  readonly thresholds: PlausibilityThresholds;
}

/** How a budget is allocated, besides the amount (README, "Budget allocation"). */
export interface AllocationSettings {
  readonly objective: Objective;
  readonly cap: AwardCap;
  /** Partial awards down to this share of a request; null for all-or-nothing. */
  readonly partialMinShare: Decimal | null;
  readonly excludeFlagged: boolean;
  /** Files left out by the officer, by name. */
  readonly excluded: readonly string[];
  /** Flagged files whose claims the officer has checked: they may be funded ("checked — include"). */
  readonly checked: readonly string[];
}

export const DEFAULT_ALLOCATION: AllocationSettings = {
  objective: 'caused',
  cap: 'none',
  partialMinShare: null,
  excludeFlagged: true,
  excluded: [],
  checked: [],
};

export const DEFAULT_SETTINGS: CompareSettings = {
  scaling: 'rank',
  weights: DEFAULT_WEIGHTS,
  thresholds: DEFAULT_THRESHOLDS,
};

const FIELD_CRITERION = /^field:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,78}[\p{L}\p{N}])?$/u;
const DECIMAL = /^(?:0|[1-9]\d{0,8})(?:\.\d{1,9})?$/;
const SHARE = /^(?:0(?:\.\d{1,12})?|1(?:\.0{1,12})?)$/;

const weightValue = z.union([
  z.number().min(0).max(1e9),
  z.string().regex(DECIMAL, 'must be a non-negative decimal number such as "2.5"'),
]);
const weightEntry = z.union([
  weightValue,
  z.strictObject({ weight: weightValue, better: z.optional(z.enum(['higher', 'lower'])) }),
]);
const fractionValue = z.nullable(
  z.union([
    z.number().min(0).max(100),
    z.string().regex(DECIMAL, 'must be a decimal fraction such as "0.3"'),
  ]),
);

const fileNames = z.array(z.string().min(1).max(260)).max(5000);

const settingsFile = z.strictObject({
  version: z.optional(z.literal(SETTINGS_VERSION)),
  scaling: z.optional(z.enum(SCALINGS)),
  weights: z.optional(z.record(z.string().max(90), weightEntry)),
  thresholds: z.optional(
    z.strictObject({
      productionCostReduction: z.optional(fractionValue),
      inspectionLabourReduction: z.optional(fractionValue),
      detectionAfter: z.optional(fractionValue),
      savingsShare: z.optional(fractionValue),
      minRampYears: z.optional(z.nullable(z.int().min(0).max(40))),
      irr: z.optional(fractionValue),
      subsidyShare: z.optional(fractionValue),
    }),
  ),
  allocation: z.optional(
    z.strictObject({
      objective: z.optional(z.enum(OBJECTIVES)),
      cap: z.optional(z.enum(AWARD_CAPS)),
      partialMinShare: z.optional(
        z.nullable(z.string().regex(SHARE, 'must be a share between 0 and 1 such as "0.5"')),
      ),
      excludeFlagged: z.optional(z.boolean()),
      excluded: z.optional(fileNames),
      checked: z.optional(fileNames),
    }),
  ),
});

const MAX_CRITERIA = 60;

export type SettingsResult =
  | {
      readonly ok: true;
      readonly settings: CompareSettings;
      /** The file's allocation section over the defaults. */
      readonly allocation: AllocationSettings;
    }
  | { readonly ok: false; readonly issues: readonly ValidationIssue[] };

const decimalOf = (value: number | string): Decimal =>
  new Dec(typeof value === 'number' ? String(value) : value);

export function parseCompareSettings(text: string): SettingsResult {
  const json = parseJsonSafely(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, {
    maxLength: 1024 * 1024,
    maxDepth: 8,
  });
  if (!json.ok) return { ok: false, issues: json.issues };
  const parsed = settingsFile.safeParse(json.value);
  if (!parsed.success) return { ok: false, issues: fromZodIssues(parsed.error.issues, json.value) };

  const issues: ValidationIssue[] = [];
  let weights = DEFAULT_WEIGHTS;
  if (parsed.data.weights !== undefined) {
    const entries = Object.entries(parsed.data.weights);
    if (entries.length > MAX_CRITERIA) {
      issues.push(
        issue(
          ['weights'],
          'too_many_criteria',
          `has ${entries.length} criteria; at most ${MAX_CRITERIA}`,
          { limit: MAX_CRITERIA },
        ),
      );
    }
    weights = entries.flatMap(([key, entry]): CriterionWeight[] => {
      if (!isBuiltIn(key) && !FIELD_CRITERION.test(key)) {
        issues.push(
          issue(
            ['weights', key],
            'unknown_criterion',
            `is not a criterion: use npvPerSubsidy, additionality, fundingGap, irr, payback or ${FIELD_PREFIX}NAME for a field of the project notes`,
            { key },
          ),
        );
        return [];
      }
      const criterion = key as CriterionId;
      if (typeof entry === 'object') {
        return [
          {
            criterion,
            weight: decimalOf(entry.weight),
            better: entry.better ?? betterOf(criterion),
          },
        ];
      }
      return [{ criterion, weight: decimalOf(entry), better: betterOf(criterion) }];
    });
  }
  if (issues.length > 0) return { ok: false, issues };

  const given = parsed.data.thresholds ?? {};
  const fraction = (
    value: number | string | null | undefined,
    fallback: Decimal | null,
  ): Decimal | null => (value === undefined ? fallback : value === null ? null : decimalOf(value));
  const defaults = DEFAULT_THRESHOLDS;
  const thresholds: PlausibilityThresholds = {
    productionCostReduction: fraction(
      given.productionCostReduction,
      defaults.productionCostReduction,
    ),
    inspectionLabourReduction: fraction(
      given.inspectionLabourReduction,
      defaults.inspectionLabourReduction,
    ),
    detectionAfter: fraction(given.detectionAfter, defaults.detectionAfter),
    savingsShare: fraction(given.savingsShare, defaults.savingsShare),
    minRampYears: given.minRampYears === undefined ? defaults.minRampYears : given.minRampYears,
    irr: fraction(given.irr, defaults.irr),
    subsidyShare: fraction(given.subsidyShare, defaults.subsidyShare),
  };
  const allocation = parsed.data.allocation ?? {};
  return {
    ok: true,
    settings: { scaling: parsed.data.scaling ?? 'rank', weights, thresholds },
    allocation: {
      objective: allocation.objective ?? DEFAULT_ALLOCATION.objective,
      cap: allocation.cap ?? DEFAULT_ALLOCATION.cap,
      partialMinShare:
        allocation.partialMinShare === undefined || allocation.partialMinShare === null
          ? null
          : new Dec(allocation.partialMinShare),
      excludeFlagged: allocation.excludeFlagged ?? DEFAULT_ALLOCATION.excludeFlagged,
      excluded: allocation.excluded ?? [],
      checked: allocation.checked ?? [],
    },
  };
}

/**
 * The settings as the file above, for saving what the officer set in the interface; with
 * `allocation`, how the budget is spent too (what a printed report needs to match the screen).
 */
export function serializeCompareSettings(
  settings: CompareSettings,
  allocation?: AllocationSettings,
): string {
  const t = settings.thresholds;
  const text = (value: Decimal | null) => (value === null ? null : value.toString());
  const document = {
    version: SETTINGS_VERSION,
    scaling: settings.scaling,
    weights: Object.fromEntries(
      settings.weights.map((item) => [
        item.criterion,
        item.better === betterOf(item.criterion)
          ? item.weight.toString()
          : { weight: item.weight.toString(), better: item.better },
      ]),
    ),
    thresholds: {
      productionCostReduction: text(t.productionCostReduction),
      inspectionLabourReduction: text(t.inspectionLabourReduction),
      detectionAfter: text(t.detectionAfter),
      savingsShare: text(t.savingsShare),
      minRampYears: t.minRampYears,
      irr: text(t.irr),
      subsidyShare: text(t.subsidyShare),
    },
    ...(allocation === undefined
      ? {}
      : {
          allocation: {
            objective: allocation.objective,
            cap: allocation.cap,
            partialMinShare: text(allocation.partialMinShare),
            excludeFlagged: allocation.excludeFlagged,
            excluded: allocation.excluded,
            checked: allocation.checked,
          },
        }),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
