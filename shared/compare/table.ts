import type Decimal from 'decimal.js';
import { Dec } from '../finance';
import { fileNameOf } from '../host/file-names';
import type { ColumnKind, ExportSheet } from '../host/schemas';
import type { RejectionReason } from './allocate';
import type { Applicant } from './applicant';
import type { AssessedApplicant, Comparison } from './compare';
import type { Flag } from './flags';
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
  'capex',
  'subsidyRequested',
  'npv',
  'irr',
  'npvWithoutSubsidies',
  'irrWithoutSubsidies',
  'paybackYears',
  'additionality',
  'fundingGapRate',
  'publicMoneyPerNpv',
  'privateInvestmentPerSubsidy',
  'savingsShare',
  'score',
  'flags',
] as const;
export const ALLOCATION_COLUMN_IDS = ['award', 'decision'] as const;
export type ComparisonColumnId =
  (typeof COMPARISON_COLUMN_IDS)[number] | (typeof ALLOCATION_COLUMN_IDS)[number];

export type Decision = 'funded' | 'partial' | RejectionReason;

const KINDS: Readonly<Record<ComparisonColumnId, ColumnKind>> = {
  rank: 'integer',
  file: 'text',
  company: 'text',
  project: 'text',
  capex: 'amount',
  subsidyRequested: 'amount',
  npv: 'amount',
  irr: 'rate',
  npvWithoutSubsidies: 'amount',
  irrWithoutSubsidies: 'rate',
  paybackYears: 'number',
  additionality: 'text',
  fundingGapRate: 'rate',
  publicMoneyPerNpv: 'number',
  privateInvestmentPerSubsidy: 'number',
  savingsShare: 'rate',
  score: 'number',
  flags: 'text',
  award: 'amount',
  decision: 'text',
};

export const ENGLISH_HEADERS: Readonly<Record<ComparisonColumnId, string>> = {
  rank: 'Rank',
  file: 'File',
  company: 'Company',
  project: 'Project',
  capex: 'Investment',
  subsidyRequested: 'Subsidy requested',
  npv: 'NPV',
  irr: 'IRR',
  npvWithoutSubsidies: 'NPV without subsidies',
  irrWithoutSubsidies: 'IRR without subsidies',
  paybackYears: 'Payback (years)',
  additionality: 'Pays off only with subsidies',
  fundingGapRate: 'Funding-gap rate',
  publicMoneyPerNpv: 'Public money per unit of NPV',
  privateInvestmentPerSubsidy: 'Private investment per yuan of subsidy',
  savingsShare: 'Claimed savings, share of baseline costs',
  score: 'Score',
  flags: 'Plausibility flags',
  award: 'Award',
  decision: 'Decision',
};

const ENGLISH_DECISIONS: Readonly<Record<Decision, string>> = {
  funded: 'funded',
  partial: 'partially funded',
  'not-chosen': 'not funded',
  'over-budget': 'request above the budget',
  'no-request': 'no subsidy requested',
  'no-value': 'no positive objective',
  excluded: 'left out by the officer',
  flagged: 'left out: claims flagged',
};

export interface TableTexts {
  readonly headers: Readonly<Record<ComparisonColumnId, string>>;
  readonly total: string;
  readonly yes: string;
  readonly no: string;
  decision(decision: Decision): string;
  flag(flag: Flag): string;
}

export const ENGLISH_TEXTS: TableTexts = {
  headers: ENGLISH_HEADERS,
  total: 'Total',
  yes: 'yes',
  no: 'no',
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
    case 'capex':
      return text(a.capex);
    case 'subsidyRequested':
      return text(a.subsidyRequested);
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
    case 'additionality':
      return a.additionality ? texts.yes : texts.no;
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
    case 'award':
    case 'decision':
      return null;
  }
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
  const rows = comparison.ranking.map((row) => {
    const decision = decided.get(row.applicant.file);
    return [
      ...ids.map((id) => {
        if (id === 'award') return text(decision?.award ?? null);
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
  const sums: Partial<Record<ComparisonColumnId, string>> = {
    file: texts.total,
    capex: t.capex.toString(),
    subsidyRequested: t.subsidyRequested.toString(),
    npv: t.npv.toString(),
    npvWithoutSubsidies: t.npvWithoutSubsidies.toString(),
    ...(comparison.allocation ? { award: comparison.allocation.totalAward.toString() } : {}),
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
