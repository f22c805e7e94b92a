import type Decimal from 'decimal.js';
import { Dec } from '../finance';
import { fileNameOf } from '../scenario/file-names';
import type { ColumnKind, ExportSheet } from '../sheet/sheet';
import type { ApplicantState } from './additionality';
import type { RejectionReason } from './allocate';
import type { Applicant } from './applicant';
import type { AssessedApplicant, Comparison } from './compare';
import type { Flag } from './flags';
import { deadweightOf } from './outcome';
import { availableFields } from './score';

/*
 * The comparison as a table of cells — one row per applicant in ranking order, then a total row —
 * for every export: the command line's CSV now, the shell's CSV/XLSX and the PDF report later.
 * Cells are full-precision decimal strings (rates as fractions), never rounded: the writer or the
 * reader rounds. Texts come in English unless the caller passes its own.
 */

export const COMPARISON_COLUMN_IDS = [
  'rank',
  'file',
  'company',
  'project',
  'state',
  'capex',
  'subsidyRequested',
  'necessaryAward',
  'aboveNecessary',
  'npv',
  'irr',
  'npvWithoutSubsidies',
  'irrWithoutSubsidies',
  'paybackYears',
  'eligibleCost',
  'fundingGapRate',
  'publicMoneyPerNpv',
  'privateInvestmentPerSubsidy',
  'savingsShare',
  'score',
  'flags',
  'checked',
] as const;
export const ALLOCATION_COLUMN_IDS = [
  'award',
  'deadweightAward',
  'deadweightShare',
  'decision',
] as const;
export type ComparisonColumnId =
  (typeof COMPARISON_COLUMN_IDS)[number] | (typeof ALLOCATION_COLUMN_IDS)[number];

export type Decision = 'funded' | 'partial' | RejectionReason;

const KINDS: Readonly<Record<ComparisonColumnId, ColumnKind>> = {
  rank: 'integer',
  file: 'text',
  company: 'text',
  project: 'text',
  state: 'text',
  capex: 'amount',
  subsidyRequested: 'amount',
  necessaryAward: 'amount',
  aboveNecessary: 'amount',
  npv: 'amount',
  irr: 'rate',
  npvWithoutSubsidies: 'amount',
  irrWithoutSubsidies: 'rate',
  paybackYears: 'number',
  eligibleCost: 'amount',
  fundingGapRate: 'rate',
  publicMoneyPerNpv: 'number',
  privateInvestmentPerSubsidy: 'number',
  savingsShare: 'rate',
  score: 'number',
  flags: 'text',
  checked: 'text',
  award: 'amount',
  deadweightAward: 'amount',
  deadweightShare: 'rate',
  decision: 'text',
};

export const ENGLISH_HEADERS: Readonly<Record<ComparisonColumnId, string>> = {
  rank: 'Rank',
  file: 'File',
  company: 'Company',
  project: 'Project',
  state: 'Effect of the subsidy',
  capex: 'Investment',
  subsidyRequested: 'Subsidy requested',
  necessaryAward: 'Necessary award',
  aboveNecessary: 'Requested above the necessary award',
  npv: 'NPV',
  irr: 'IRR',
  npvWithoutSubsidies: 'NPV without subsidies',
  irrWithoutSubsidies: 'IRR without subsidies',
  paybackYears: 'Payback (years)',
  eligibleCost: 'Eligible cost',
  fundingGapRate: 'Funding-gap rate',
  publicMoneyPerNpv: 'Public money per unit of NPV',
  privateInvestmentPerSubsidy: 'Private investment per yuan of subsidy',
  savingsShare: 'Claimed savings, share of baseline costs',
  score: 'Score',
  flags: 'Plausibility flags',
  checked: 'Flags checked: include',
  award: 'Proposed award',
  deadweightAward: 'Proposed award that is deadweight',
  deadweightShare: 'Deadweight share of all proposed awards',
  decision: 'Proposal',
};

/** A proposal, not a payment: the officer proposes, the programme decides and pays. */
const ENGLISH_DECISIONS: Readonly<Record<Decision, string>> = {
  funded: 'proposed for funding',
  partial: 'proposed in part',
  'not-chosen': 'not in the best selection',
  'over-budget': 'request above the budget',
  'no-request': 'no subsidy requested',
  'no-value': 'no positive objective',
  excluded: 'left out by the officer',
  flagged: 'left out: claims flagged',
  'not-viable': 'not viable even with the subsidy',
  deadweight: 'deadweight: pays off without the subsidy',
  'no-funding-gap': 'no funding gap',
  'cap-below-need': 'capped award below the necessary award',
};

export const ENGLISH_STATES: Readonly<Record<ApplicantState, string>> = {
  additional: 'additional',
  deadweight: 'deadweight',
  'not-viable': 'not viable',
};

export interface TableTexts {
  readonly headers: Readonly<Record<ComparisonColumnId, string>>;
  readonly total: string;
  readonly yes: string;
  readonly no: string;
  state(state: ApplicantState): string;
  decision(decision: Decision): string;
  flag(flag: Flag): string;
}

export const ENGLISH_TEXTS: TableTexts = {
  headers: ENGLISH_HEADERS,
  total: 'Total',
  yes: 'yes',
  no: 'no',
  state: (state) => ENGLISH_STATES[state],
  decision: (decision) => ENGLISH_DECISIONS[decision],
  flag: (flag) => flag.message,
};

export interface TableColumn {
  /** A column id, or `field:KEY` for a custom field of the notes. */
  readonly id: string;
  readonly header: string;
  readonly kind: ColumnKind;
}

export interface ComparisonTable {
  readonly columns: readonly TableColumn[];
  readonly rows: readonly (readonly (string | null)[])[];
  readonly total: readonly (string | null)[];
}

/** Each applicant's decision in an allocation, by file. */
export function decisions(
  comparison: Comparison,
): Map<string, { decision: Decision; award: Decimal }> {
  const found = new Map<string, { decision: Decision; award: Decimal }>();
  const allocation = comparison.allocation;
  if (allocation === null) return found;
  for (const award of allocation.selected)
    found.set(award.id, { decision: award.partial ? 'partial' : 'funded', award: award.award });
  for (const rejection of allocation.rejected)
    found.set(rejection.id, { decision: rejection.reason, award: new Dec(0) });
  return found;
}

const text = (value: Decimal | null): string | null => (value === null ? null : value.toString());

function cell(id: ComparisonColumnId, row: AssessedApplicant, texts: TableTexts): string | null {
  const a: Applicant = row.applicant;
  switch (id) {
    case 'rank':
      return String(row.rank);
    case 'file':
      // The name serves the reader; the folders it came from are the officer's own business.
      return fileNameOf(a.file);
    case 'company':
      return a.company;
    case 'project':
      return a.project;
    case 'state':
      return texts.state(a.state);
    case 'capex':
      return text(a.capex);
    case 'subsidyRequested':
      return text(a.subsidyRequested);
    case 'necessaryAward':
      return text(a.necessaryAward);
    case 'aboveNecessary':
      return text(aboveNecessary(a));
    case 'npv':
      return text(a.npv);
    case 'irr':
      return text(a.irr);
    case 'npvWithoutSubsidies':
      return text(a.npvWithoutSubsidies);
    case 'irrWithoutSubsidies':
      return text(a.irrWithoutSubsidies);
    case 'paybackYears':
      return text(a.paybackYears);
    case 'eligibleCost':
      return text(a.eligibleCost);
    case 'fundingGapRate':
      return text(a.fundingGapRate);
    case 'publicMoneyPerNpv':
      return text(a.publicMoneyPerNpv);
    case 'privateInvestmentPerSubsidy':
      return text(a.privateInvestmentPerSubsidy);
    case 'savingsShare':
      return text(a.claims.savingsShare);
    case 'score':
      return text(row.score.total);
    case 'flags':
      return row.flags.map(texts.flag).join('; ');
    case 'checked':
      return row.flags.length === 0 ? null : row.checked ? texts.yes : texts.no;
    case 'award':
    case 'deadweightAward':
    case 'deadweightShare':
    case 'decision':
      return null;
  }
}

/** What the applicant requests above its necessary award; null when no award suffices. */
export function aboveNecessary(applicant: Applicant): Decimal | null {
  return applicant.necessaryAward === null
    ? null
    : applicant.subsidyRequested.minus(applicant.necessaryAward);
}

export function comparisonTable(
  comparison: Comparison,
  texts: TableTexts = ENGLISH_TEXTS,
): ComparisonTable {
  const fields = availableFields(comparison.ranking.map((row) => row.applicant));
  const withAllocation = comparison.allocation !== null;
  const ids: ComparisonColumnId[] = [
    ...COMPARISON_COLUMN_IDS,
    ...(withAllocation ? ALLOCATION_COLUMN_IDS : []),
  ];
  const columns: TableColumn[] = [
    ...ids.map((id) => ({ id, header: texts.headers[id], kind: KINDS[id] })),
    ...fields.map((field) => ({
      id: `field:${field.key}`,
      header: field.label,
      kind: 'number' as const,
    })),
  ];
  const decided = decisions(comparison);
  const totalAward = comparison.allocation?.totalAward ?? new Dec(0);
  const rows = comparison.ranking.map((row) => {
    const decision = decided.get(row.applicant.file);
    const deadweight = decision === undefined ? null : deadweightOf(row.applicant, decision.award);
    return [
      ...ids.map((id) => {
        if (id === 'award') return text(decision?.award ?? null);
        if (id === 'deadweightAward') return text(deadweight);
        // Each row's part of the deadweight share: the rows add up to the total's.
        if (id === 'deadweightShare')
          return deadweight === null || totalAward.isZero()
            ? null
            : deadweight.div(totalAward).toString();
        if (id === 'decision')
          return decision === undefined ? null : texts.decision(decision.decision);
        return cell(id, row, texts);
      }),
      ...fields.map((field) =>
        text(row.applicant.fields.find((found) => found.key === field.key)?.value ?? null),
      ),
    ];
  });

  const t = comparison.totals;
  const outcome = comparison.outcome;
  const sums: Partial<Record<ComparisonColumnId, string>> = {
    file: texts.total,
    capex: t.capex.toString(),
    subsidyRequested: t.subsidyRequested.toString(),
    npv: t.npv.toString(),
    npvWithoutSubsidies: t.npvWithoutSubsidies.toString(),
    ...(comparison.allocation && outcome
      ? {
          award: comparison.allocation.totalAward.toString(),
          deadweightAward: outcome.deadweightSubsidy.toString(),
          ...(outcome.deadweightShare === null
            ? {}
            : { deadweightShare: outcome.deadweightShare.toString() }),
        }
      : {}),
  };
  const total = [...ids.map((id) => sums[id] ?? null), ...fields.map(() => null)];
  return { columns, rows, total };
}

/** The table as a sheet for the host's CSV and XLSX writers (shared/host/export). */
export function comparisonSheet(
  comparison: Comparison,
  texts: TableTexts = ENGLISH_TEXTS,
  name = 'Applicants',
): ExportSheet {
  const table = comparisonTable(comparison, texts);
  return {
    name,
    columns: table.columns.map(({ header, kind }) => ({ header, kind })),
    rows: [...table.rows.map((row) => [...row]), [...table.total]],
  };
}

export interface BreakdownTexts {
  readonly headers: {
    readonly rank: string;
    readonly company: string;
    readonly criterion: string;
    readonly value: string;
    readonly scaled: string;
    readonly weight: string;
    readonly points: string;
  };
  criterion(id: string): string;
}

export const ENGLISH_BREAKDOWN_TEXTS: BreakdownTexts = {
  headers: {
    rank: 'Rank',
    company: 'Company',
    criterion: 'Criterion',
    value: 'Value',
    scaled: 'Scaled (0-1)',
    weight: 'Weight',
    points: 'Points',
  },
  criterion: (id) => id,
};

/** Each score's parts, one row per applicant and criterion, in ranking order. */
export function scoreBreakdownSheet(
  comparison: Comparison,
  texts: BreakdownTexts = ENGLISH_BREAKDOWN_TEXTS,
  name = 'Score breakdown',
): ExportSheet {
  const h = texts.headers;
  return {
    name,
    columns: [
      { header: h.rank, kind: 'integer' },
      { header: h.company, kind: 'text' },
      { header: h.criterion, kind: 'text' },
      { header: h.value, kind: 'number' },
      { header: h.scaled, kind: 'number' },
      { header: h.weight, kind: 'number' },
      { header: h.points, kind: 'number' },
    ],
    rows: comparison.ranking.flatMap((row) =>
      row.score.parts.map((part) => [
        String(row.rank),
        row.applicant.company || row.applicant.file,
        texts.criterion(part.criterion),
        text(part.value),
        part.scaled.toString(),
        part.weight.toString(),
        part.points.toString(),
      ]),
    ),
  };
}
