import type Decimal from 'decimal.js';
import { formatIssuePath } from '../scenario';
import type { InvalidApplicant } from './applicant';
import type { AssessedApplicant, Comparison } from './compare';
import { aboveNecessary } from './table';

/*
 * `yardstick compare --format json`: amounts and rates as full-precision decimal strings (rates
 * as fractions), "none" as null. `applicants` are in file order, `ranking` in rank order; the
 * allocation keys appear only when a budget was given.
 */

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

const text = (value: Decimal | null): string | null => (value === null ? null : value.toString());

function applicantJson(row: AssessedApplicant): Json {
  const { applicant, flags } = row;
  const { claims } = applicant;
  return {
    file: applicant.file,
    company: applicant.company,
    project: applicant.project,
    currency: applicant.currency,
    startYear: applicant.startYear,
    horizonYears: applicant.horizonYears,
    state: applicant.state,
    npvBasis: applicant.npvBasis,
    capex: text(applicant.capex),
    subsidyRequested: text(applicant.subsidyRequested),
    necessaryAward: text(applicant.necessaryAward),
    aboveNecessary: text(aboveNecessary(applicant)),
    eligibleCost: text(applicant.eligibleCost),
    subsidyPresentValue: text(applicant.subsidyPresentValue),
    npv: text(applicant.npv),
    irr: text(applicant.irr),
    npvWithoutSubsidies: text(applicant.npvWithoutSubsidies),
    irrWithoutSubsidies: text(applicant.irrWithoutSubsidies),
    paybackYears: text(applicant.paybackYears),
    additionality: applicant.additionality,
    fundingGapRate: text(applicant.fundingGapRate),
    publicMoneyPerNpv: text(applicant.publicMoneyPerNpv),
    privateInvestmentPerSubsidy: text(applicant.privateInvestmentPerSubsidy),
    savingsShare: text(claims.savingsShare),
    claims: {
      productionCostReduction: text(claims.productionCostReduction),
      inspectionLabourReduction: text(claims.inspectionLabourReduction),
      detectionAfter: text(claims.detectionAfter),
    },
    fields: Object.fromEntries(
      applicant.fields.map((field) => [field.key, field.value.toString()]),
    ),
    flags: flags.map((flag) => ({
      code: flag.code,
      params: { ...flag.params },
      message: flag.message,
    })),
    flagsChecked: row.checked,
  };
}

export function invalidJson(invalid: readonly InvalidApplicant[]): Json {
  return invalid.map((item) => ({
    file: item.file,
    reasons: item.reasons.map((reason) => ({
      path: formatIssuePath(reason.path),
      code: reason.code,
      message: reason.message,
      params: { ...reason.params },
    })),
  }));
}

export function comparisonJson(
  comparison: Comparison,
  invalid: readonly InvalidApplicant[],
  currency: string,
): Json {
  const byFile = [...comparison.ranking].sort((a, b) =>
    a.applicant.file < b.applicant.file ? -1 : a.applicant.file > b.applicant.file ? 1 : 0,
  );
  const names = new Map(comparison.ranking.map((row) => [row.applicant.file, row.applicant]));
  const t = comparison.totals;
  const output: { [key: string]: Json } = {
    currency,
    applicants: byFile.map(applicantJson),
    invalid: invalidJson(invalid),
    ranking: comparison.ranking.map((row) => ({
      rank: row.rank,
      file: row.applicant.file,
      company: row.applicant.company,
      project: row.applicant.project,
      state: row.applicant.state,
      flags: row.flags.map((flag) => flag.code),
      flagsChecked: row.checked,
      score: row.score.total.toString(),
      breakdown: row.score.parts.map((part) => ({
        criterion: part.criterion,
        value: text(part.value),
        scaled: part.scaled.toString(),
        weight: part.weight.toString(),
        points: part.points.toString(),
      })),
    })),
    totals: {
      count: t.count,
      capex: t.capex.toString(),
      subsidyRequested: t.subsidyRequested.toString(),
      npv: t.npv.toString(),
      npvWithoutSubsidies: t.npvWithoutSubsidies.toString(),
    },
  };
  const { allocation, budget, outcome } = comparison;
  if (allocation === null || budget === null || outcome === null) return output;

  const state = (file: string) => names.get(file)?.state ?? null;
  const necessary = (file: string) => text(names.get(file)?.necessaryAward ?? null);
  // Awards are proposed to the programme, not paid: `selected` is the proposal.
  return {
    ...output,
    budget: budget.budget.toString(),
    objective: budget.objective,
    cap: budget.cap,
    selected: allocation.selected.map((award) => ({
      file: award.id,
      company: names.get(award.id)?.company ?? '',
      state: state(award.id),
      request: award.request.toString(),
      necessaryAward: necessary(award.id),
      award: award.award.toString(),
      partial: award.partial,
      value: award.value.toString(),
    })),
    rejected: allocation.rejected.map((rejection) => ({
      file: rejection.id,
      company: names.get(rejection.id)?.company ?? '',
      state: state(rejection.id),
      request: rejection.request.toString(),
      reason: rejection.reason,
    })),
    marginal:
      allocation.marginal === null
        ? null
        : { file: allocation.marginal.id, kind: allocation.marginal.kind },
    totalSubsidy: allocation.totalAward.toString(),
    causedNpv: outcome.causedNpv.toString(),
    totalNpv: outcome.totalNpv.toString(),
    deadweightSubsidy: outcome.deadweightSubsidy.toString(),
    deadweightShare: text(outcome.deadweightShare),
    aboveNecessary: outcome.aboveNecessary.toString(),
    totalObjective: allocation.totalValue.toString(),
    allocation: {
      method: allocation.method,
      optimal: allocation.optimal,
      granularity: allocation.granularity.toString(),
      valueUnit: allocation.valueUnit.toString(),
      upperBound: allocation.upperBound.toString(),
      gap: allocation.gap.toString(),
      greedyValue: allocation.greedyValue.toString(),
      remaining: allocation.remaining.toString(),
      partialMinShare: text(budget.partialMinShare),
      excludeFlagged: budget.excludeFlagged,
    },
  };
}
