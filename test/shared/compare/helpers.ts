import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  assessApplicantText,
  collectApplicants,
  type Applicant,
  type ApplicantOutcome,
} from '../../../shared/compare';
import { Dec } from '../../../shared/finance';

export const APPLICANTS_DIR = join(
  import.meta.dirname,
  '..',
  '..',
  '..',
  'assets',
  'examples',
  'applicants',
);

export function exampleApplicantFiles(): string[] {
  return readdirSync(APPLICANTS_DIR)
    .filter((name) => name.endsWith('.json'))
    .sort();
}

export function exampleOutcomes(): ApplicantOutcome[] {
  return exampleApplicantFiles().map((name) =>
    assessApplicantText(name, readFileSync(join(APPLICANTS_DIR, name), 'utf8')),
  );
}

export function exampleApplicants(): readonly Applicant[] {
  return collectApplicants(exampleOutcomes()).applicants;
}

type Overrides = Partial<Omit<Applicant, 'claims'>> & { claims?: Partial<Applicant['claims']> };

/** An applicant with plain figures; a test states only what it is about. */
export function applicant(file: string, overrides: Overrides = {}): Applicant {
  const { claims, ...rest } = overrides;
  return {
    file,
    company: `${file} Co.`,
    project: `${file} project`,
    currency: 'CNY',
    startYear: 2026,
    horizonYears: 8,
    capex: new Dec(1_000_000),
    subsidyRequested: new Dec(200_000),
    subsidyPresentValue: new Dec(185_000),
    npv: new Dec(300_000),
    irr: new Dec('0.15'),
    npvWithoutSubsidies: new Dec(120_000),
    irrWithoutSubsidies: new Dec('0.11'),
    paybackYears: new Dec(4),
    additionality: false,
    state: 'deadweight',
    npvBasis: 'project',
    necessaryAward: new Dec(0),
    eligibleCost: new Dec(1_000_000),
    fundingGapRate: new Dec('-0.2'),
    publicMoneyPerNpv: new Dec('0.6'),
    privateInvestmentPerSubsidy: new Dec(4),
    fields: [],
    absurdFields: [],
    ...rest,
    claims: {
      productionCostReduction: null,
      inspectionLabourReduction: null,
      detectionAfter: null,
      savingsShare: null,
      effects: [],
      ...claims,
    },
  };
}
