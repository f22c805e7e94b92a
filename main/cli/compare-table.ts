import type Decimal from 'decimal.js';
import {
  applicantName,
  decisions,
  ENGLISH_STATES,
  type Allocation,
  type Comparison,
  type InvalidApplicant,
  type Objective,
} from '../../shared/compare';
import { isNoFundingGap } from '../../shared/model';
import { formatIssue } from '../../shared/scenario';
import { visibleText } from '../../shared/host/visible-text';
import { money, percent, ratio } from './display';
import { shown } from './shown';
import { textGrid } from './text-grid';

/** `yardstick compare --format table`: the ranking, the flags, the files left out, the allocation. */

const NAME_WIDTH = 36;

export function clip(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
}

const OBJECTIVES: Readonly<Record<Objective, string>> = {
  caused: 'NPV caused',
  npv: 'total NPV',
  score: 'total score',
};

const CAPS = {
  none: '',
  necessary: ', each award capped at the necessary award',
  'funding-gap': ', each award capped at eligible cost × funding-gap rate',
} as const;

const METHODS: Readonly<Record<Allocation['method'], string>> = {
  'all-fit': 'every request fits',
  'dynamic-programming': 'dynamic programming',
  'branch-and-bound': 'branch and bound',
  greedy: 'greedy by value per yuan',
};

export function formatCompareTable(
  comparison: Comparison,
  invalid: readonly InvalidApplicant[],
  currency: string,
): string {
  const orNone = (value: Decimal | null, show: (value: Decimal) => string) =>
    value === null ? 'none' : show(value);
  const decided = decisions(comparison);
  const withAllocation = comparison.allocation !== null;
  const header = [
    'Rank',
    'Applicant',
    'Subsidy effect',
    'Subsidy requested',
    'Necessary award',
    'NPV',
    'NPV without subsidies',
    'IRR',
    'Payback',
    'Funding gap',
    'Score',
    'Flags',
    ...(withAllocation ? ['Award'] : []),
  ];
  const rows = comparison.ranking.map((row) => {
    const a = row.applicant;
    const decision = decided.get(a.file);
    return [
      String(row.rank),
      clip(applicantName(a), NAME_WIDTH),
      ENGLISH_STATES[a.state],
      money(a.subsidyRequested),
      orNone(a.necessaryAward, money),
      money(a.npv),
      money(a.npvWithoutSubsidies),
      orNone(a.irr, percent),
      a.paybackYears === null ? 'none' : `${ratio(a.paybackYears)} y`,
      isNoFundingGap(a.fundingGapRate) ? 'no funding gap' : orNone(a.fundingGapRate, percent),
      row.score.total.toFixed(1),
      `${row.flags.length}${row.checked ? ' checked' : ''}`,
      ...(withAllocation ? [decision === undefined ? '' : money(decision.award)] : []),
    ];
  });
  const t = comparison.totals;
  rows.push([
    '',
    `Total (${t.count})`,
    '',
    money(t.subsidyRequested),
    '',
    money(t.npv),
    money(t.npvWithoutSubsidies),
    '',
    '',
    '',
    '',
    '',
    ...(comparison.allocation ? [money(comparison.allocation.totalAward)] : []),
  ]);

  const lines = [
    `Applicants compared: ${t.count} (amounts in ${currency}); files left out: ${invalid.length}`,
    '',
    ...textGrid(header, rows, new Set([1])),
  ];

  const flagged = comparison.ranking.filter((row) => row.flags.length > 0);
  if (flagged.length > 0) {
    lines.push('', 'Plausibility flags');
    for (const row of flagged) {
      for (const flag of row.flags)
        lines.push(shown`  ${applicantName(row.applicant)}: ${flag.message}`);
    }
  }
  if (invalid.length > 0) {
    lines.push('', 'Files left out');
    for (const item of invalid)
      for (const reason of item.reasons) lines.push(shown`  ${item.file}: ${formatIssue(reason)}`);
  }

  const { allocation, budget, outcome } = comparison;
  if (allocation !== null && budget !== null && outcome !== null) {
    const name = (file: string) => {
      const found = comparison.ranking.find((row) => row.applicant.file === file);
      return visibleText(found ? applicantName(found.applicant) : file);
    };
    const objective = OBJECTIVES[budget.objective];
    lines.push(
      '',
      `Budget ${money(budget.budget)} ${currency}, maximising the ${objective}${CAPS[budget.cap]}: ${METHODS[allocation.method]}, ${
        allocation.optimal
          ? 'proven optimal'
          : `not proven optimal (at most ${ratio(allocation.gap)} below the best possible)`
      }`,
    );
    for (const award of allocation.selected) {
      lines.push(
        `  proposed     ${name(award.id)}: ${money(award.award)}${award.award.lt(award.request) ? ` of ${money(award.request)} requested` : ''}${award.partial ? ' (partial award)' : ''}`,
      );
    }
    for (const rejection of allocation.rejected) {
      lines.push(
        `  not proposed ${name(rejection.id)}: ${money(rejection.request)} requested (${rejection.reason.replace(/-/g, ' ')})`,
      );
    }
    if (allocation.marginal) {
      lines.push(
        `  marginal     ${name(allocation.marginal.id)}${allocation.marginal.kind === 'partial' ? ' (partial award)' : ' (next in line if the budget grows)'}`,
      );
    }
    lines.push(
      `  total proposed ${money(allocation.totalAward)}, left ${money(allocation.remaining)}, ${objective} ${
        budget.objective === 'score' ? ratio(allocation.totalValue) : money(allocation.totalValue)
      }`,
      `  NPV caused ${money(outcome.causedNpv)} (${outcome.causedCount} projects); deadweight ${money(outcome.deadweightSubsidy)}${
        outcome.deadweightShare === null
          ? ''
          : ` (${percent(outcome.deadweightShare)} of the awards)`
      } to ${outcome.deadweightCount} projects that pay off without the subsidy`,
    );
  }
  return `${lines.join('\n')}\n`;
}
