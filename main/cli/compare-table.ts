import type Decimal from 'decimal.js';
import {
  applicantName,
  decisions,
  type Comparison,
  type InvalidApplicant,
} from '../../shared/compare';
import { Dec } from '../../shared/finance';
import { applicantsTexts } from '../../shared/i18n/catalogue/applicants';
import { cliTableTexts } from '../../shared/i18n/catalogue/cli-table';
import { fill } from '../../shared/i18n/texts';
import { isNoFundingGap } from '../../shared/model';
import { visibleText } from '../../shared/host/visible-text';
import { ratio, type Readable } from './display';
import { reasonsText } from './left-out';
import { shown } from './shown';
import { displayWidth, textGrid } from './text-grid';

/*
 * `yardstick compare --format table`: the ranking, the flags, the files left out, the allocation,
 * in the words of the applicants' screen (the `applicants` namespace) and its language.
 */

const NAME_WIDTH = 36;

/** A text cut to `width` terminal columns (a Chinese character takes two), with an ellipsis. */
export function clip(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let kept = '';
  for (const char of text) {
    if (displayWidth(`${kept}${char}`) > width - 1) break;
    kept += char;
  }
  return `${kept}…`;
}

export function formatCompareTable(
  comparison: Comparison,
  invalid: readonly InvalidApplicant[],
  shownAs: Readable,
): string {
  const { language, money, rate, years, unit } = shownAs;
  const a = applicantsTexts[language];
  const t = cliTableTexts[language];
  const c = a.columns;
  const orNone = (value: Decimal | null, show: (value: Decimal) => string) =>
    value === null ? t.none : show(value);
  const labelled = (label: string, value: string) => fill(t.labelled, { label, value });
  const aside = (text: string) => fill(t.aside, { text });
  const decided = decisions(comparison);
  const withAllocation = comparison.allocation !== null;
  const header = [
    c.rank,
    a.monitor.columns.applicant,
    c.state,
    c.subsidyRequested,
    c.necessaryAward,
    c.npv,
    c.npvWithoutSubsidies,
    c.irr,
    c.paybackYears,
    c.fundingGapRate,
    c.score,
    c.flags,
    ...(withAllocation ? [c.award] : []),
  ];
  const rows = comparison.ranking.map((row) => {
    const applicant = row.applicant;
    const decision = decided.get(applicant.file);
    return [
      String(row.rank),
      clip(applicantName(applicant), NAME_WIDTH),
      a.states[applicant.state],
      money(applicant.subsidyRequested),
      orNone(applicant.necessaryAward, money),
      money(applicant.npv),
      money(applicant.npvWithoutSubsidies),
      orNone(applicant.irr, rate),
      orNone(applicant.paybackYears, years),
      isNoFundingGap(applicant.fundingGapRate)
        ? a.table.noFundingGap
        : orNone(applicant.fundingGapRate, rate),
      row.score.total.toFixed(1),
      `${row.flags.length}${row.checked ? ` ${a.flags.isChecked}` : ''}`,
      ...(withAllocation ? [decision === undefined ? '' : money(decision.award)] : []),
    ];
  });
  const totals = comparison.totals;
  rows.push([
    '',
    fill(a.table.total, { count: totals.count }),
    '',
    money(totals.subsidyRequested),
    '',
    money(totals.npv),
    money(totals.npvWithoutSubsidies),
    '',
    '',
    '',
    '',
    '',
    ...(comparison.allocation ? [money(comparison.allocation.totalAward)] : []),
  ]);

  const lines = [
    fill(t.compare.summary, { count: totals.count, invalid: invalid.length }),
    fill(t.amountsIn, { unit }),
    '',
    ...textGrid(header, rows, new Set([1, 2])),
  ];

  const flagged = comparison.ranking.filter((row) => row.flags.length > 0);
  if (flagged.length > 0) {
    lines.push('', a.case.flags);
    for (const row of flagged) {
      for (const flag of row.flags) {
        const params: Record<string, string | number> = { ...flag.params };
        for (const name of ['claimed', 'threshold']) {
          const value = flag.params[name];
          // A threshold reads as written (50 %), a claim to its hundredth (38.87 %).
          if (typeof value === 'string')
            params[name] = rate(new Dec(value)).replace(/\.?0+(?=\s?%$)/, '');
        }
        lines.push(
          shown`  ${labelled(applicantName(row.applicant), fill(a.flags.codes[flag.code], params))}`,
        );
      }
    }
  }
  if (invalid.length > 0) {
    lines.push('', fill(a.invalid.title, { count: invalid.length }));
    lines.push(...reasonsText(invalid, shownAs).map((line) => `  ${line}`));
  }

  const { allocation, budget, outcome } = comparison;
  if (allocation !== null && budget !== null && outcome !== null) {
    const b = a.budget;
    const name = (file: string) => {
      const found = comparison.ranking.find((row) => row.applicant.file === file);
      return visibleText(found ? applicantName(found.applicant) : file);
    };
    const method = b.methods[allocation.method];
    lines.push(
      '',
      labelled(fill(b.amount, { unit }), money(budget.budget)),
      labelled(b.objective, b.objectives[budget.objective]),
      labelled(b.cap, b.caps[budget.cap]),
      allocation.optimal
        ? fill(b.optimal, { method })
        : fill(b.notOptimal, { method, gap: ratio(allocation.gap) }),
    );
    if (allocation.selected.length > 0) lines.push(b.funded);
    for (const award of allocation.selected) {
      const of = fill(award.partial ? b.partialAward : b.cappedAward, {
        request: money(award.request),
      });
      lines.push(
        `  ${labelled(name(award.id), money(award.award))}${award.partial || award.award.lt(award.request) ? aside(of) : ''}`,
      );
    }
    if (allocation.rejected.length > 0) lines.push(b.notFunded);
    for (const rejection of allocation.rejected) {
      const requested = fill(t.compare.requested, { amount: money(rejection.request) });
      lines.push(
        `  ${labelled(name(rejection.id), b.reasons[rejection.reason])}${aside(requested)}`,
      );
    }
    if (allocation.marginal) {
      const marginal = allocation.marginal;
      lines.push(
        fill(b.marginalLine, {
          text: fill(marginal.kind === 'partial' ? b.marginalPartial : b.marginalNext, {
            name: name(marginal.id),
          }),
        }),
      );
    }
    lines.push(
      '',
      fill(b.summary, {
        awarded: money(allocation.totalAward),
        budget: money(budget.budget),
        left: money(allocation.remaining),
      }),
      b.proposal,
      ...(budget.objective === 'npv'
        ? [fill(b.totalNpv, { value: money(allocation.totalValue) })]
        : budget.objective === 'score'
          ? [fill(b.totalScore, { value: ratio(allocation.totalValue) })]
          : []),
      fill(b.causedNpv, { value: money(outcome.causedNpv), count: outcome.causedCount }),
      outcome.deadweightCount === 0
        ? b.noDeadweight
        : fill(b.deadweight, {
            amount: money(outcome.deadweightSubsidy),
            share: outcome.deadweightShare === null ? '' : rate(outcome.deadweightShare),
            count: outcome.deadweightCount,
          }),
    );
  }
  return `${lines.join('\n')}\n`;
}
