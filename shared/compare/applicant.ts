import type Decimal from 'decimal.js';
import { Dec } from '../finance';
import type { Claims } from '../model';
import type { ValidationIssue } from '../scenario';
import type { ApplicantState, NpvBasis } from './additionality';
import type { MonitoringRecord } from './monitoring-record';
import type { AbsurdField } from './fields';

/*
 * One applicant as the subsidy officer compares it: who, what, the model's figures for the base
 * scenario of its file, and the claims the plausibility flags look at. An applicant crosses a
 * thread boundary (worker → main, worker → page) as an `ApplicantRecord` of decimal strings,
 * because a Decimal does not survive structured cloning; `fromRecord` makes the Decimals again.
 */

/** The claims the plausibility flags look at: the model's, as the single case's warnings read them. */
export type { Claims, EffectClaim } from '../model';

/** A number from the project notes, e.g. `Jobs created: 14` → key `jobs-created`. */
export interface CustomField<N> {
  readonly key: string;
  readonly label: string;
  readonly value: N;
}

export interface ApplicantOf<N> {
  /** The file as the officer named it (a path or a file name): the applicant's identity. */
  readonly file: string;
  readonly company: string;
  readonly project: string;
  readonly currency: string;
  readonly startYear: number;
  readonly horizonYears: number;
  /** Σ investment, nominal. */
  readonly capex: N;
  /** Σ subsidies in the file, nominal: what the applicant asks of the public purse. */
  readonly subsidyRequested: N;
  readonly subsidyPresentValue: N;
  readonly npv: N;
  readonly irr: N | null;
  readonly npvWithoutSubsidies: N;
  readonly irrWithoutSubsidies: N | null;
  readonly paybackYears: N | null;
  /** The state is additional (the additionality of the model's metrics, on the NPV below). */
  readonly additionality: boolean;
  /** What the subsidy does: causes the project, pays for one that goes ahead anyway, or is not enough. */
  readonly state: ApplicantState;
  /** The NPV the state and the necessary award are judged on (the one that holds the subsidies). */
  readonly npvBasis: NpvBasis;
  /** The smallest award, in the form requested, at which the NPV reaches zero; null when not viable. */
  readonly necessaryAward: N | null;
  /** Σ investment eligible for grants, nominal (the EU guide's eligible cost). */
  readonly eligibleCost: N;
  readonly fundingGapRate: N | null;
  readonly publicMoneyPerNpv: N | null;
  readonly privateInvestmentPerSubsidy: N | null;
  readonly claims: Claims<N>;
  readonly fields: readonly CustomField<N>[];
  /** Custom fields of the notes with a figure beyond any plausible one (fields.ts). */
  readonly absurdFields: readonly AbsurdField[];
  /**
   * The plan vs actual of a file that reports actuals (shared/monitor), for the programme
   * monitoring; decimal strings on either side of a thread boundary.
   */
  readonly monitoring?: MonitoringRecord;
}

export type Applicant = ApplicantOf<Decimal>;
export type ApplicantRecord = ApplicantOf<string>;

/** A file left out of the comparison, with every reason found. */
export interface InvalidApplicant {
  readonly file: string;
  readonly reasons: readonly ValidationIssue[];
}

export type ApplicantOutcome =
  | { readonly ok: true; readonly applicant: ApplicantRecord }
  | { readonly ok: false; readonly invalid: InvalidApplicant };

const text = (value: Decimal): string => value.toString();
const textOrNull = (value: Decimal | null): string | null =>
  value === null ? null : value.toString();
const dec = (value: string): Decimal => new Dec(value);
const decOrNull = (value: string | null): Decimal | null =>
  value === null ? null : new Dec(value);

function mapApplicant<A, B>(
  applicant: ApplicantOf<A>,
  one: (value: A) => B,
  maybe: (value: A | null) => B | null,
): ApplicantOf<B> {
  const { claims } = applicant;
  return {
    ...applicant,
    capex: one(applicant.capex),
    subsidyRequested: one(applicant.subsidyRequested),
    subsidyPresentValue: one(applicant.subsidyPresentValue),
    npv: one(applicant.npv),
    irr: maybe(applicant.irr),
    npvWithoutSubsidies: one(applicant.npvWithoutSubsidies),
    irrWithoutSubsidies: maybe(applicant.irrWithoutSubsidies),
    paybackYears: maybe(applicant.paybackYears),
    necessaryAward: maybe(applicant.necessaryAward),
    eligibleCost: one(applicant.eligibleCost),
    fundingGapRate: maybe(applicant.fundingGapRate),
    publicMoneyPerNpv: maybe(applicant.publicMoneyPerNpv),
    privateInvestmentPerSubsidy: maybe(applicant.privateInvestmentPerSubsidy),
    claims: {
      productionCostReduction: maybe(claims.productionCostReduction),
      inspectionLabourReduction: maybe(claims.inspectionLabourReduction),
      detectionAfter: maybe(claims.detectionAfter),
      savingsShare: maybe(claims.savingsShare),
      effects: claims.effects,
    },
    fields: applicant.fields.map((field) => ({ ...field, value: one(field.value) })),
  };
}

export function toRecord(applicant: Applicant): ApplicantRecord {
  return mapApplicant(applicant, text, textOrNull);
}

export function fromRecord(record: ApplicantRecord): Applicant {
  return mapApplicant(record, dec, decOrNull);
}

/** The name a person knows the applicant by: the company, else the project, else the file. */
export function applicantName(applicant: ApplicantOf<unknown>): string {
  return applicant.company || applicant.project || applicant.file;
}
