import { Dec } from '../finance';
import { claimsOf, evaluateScenario } from '../model';
import { monitoringRecord } from './monitoring-record';
import { issue, type ValidationIssue } from '../scenario/issues';
import { parseScenarioFile, selectScenario } from '../scenario';
import { applicantState, npvBasis, reportedNpv } from './additionality';
import { toRecord, type ApplicantOutcome, type InvalidApplicant } from './applicant';
import { absurdFields, customFields } from './fields';
import { necessaryAwardOf } from './necessary-award';

/*
 * One file in, one applicant (or the reasons it is left out) out. This is what a worker runs per
 * file, so it never throws: a file that breaks the model is listed like any invalid file, and the
 * rest of the folder is compared.
 */

export function invalidApplicant(
  file: string,
  reasons: readonly ValidationIssue[],
): ApplicantOutcome {
  const invalid: InvalidApplicant = { file, reasons };
  return { ok: false, invalid };
}

/** The base scenario of a scenario file's text, evaluated in Decimal. */
export function assessApplicantText(file: string, text: string): ApplicantOutcome {
  const parsed = parseScenarioFile(text);
  if (!parsed.ok) return invalidApplicant(file, parsed.issues);
  const selected = selectScenario(parsed.file);
  if (!selected.ok) return invalidApplicant(file, selected.issues);
  const scenario = selected.scenario;
  try {
    const evaluation = evaluateScenario(scenario);
    const { metrics, projection } = evaluation;
    const basis = npvBasis(evaluation.inputs.subsidies);
    const state = applicantState(
      reportedNpv(evaluation.withoutSubsidies, basis),
      reportedNpv(projection, basis),
    );
    const capex = projection.capexTotal.reduce((sum, value) => sum.plus(value), new Dec(0));
    return {
      ok: true,
      applicant: toRecord({
        file,
        company: scenario.project.company ?? '',
        project: scenario.project.name,
        currency: scenario.project.currency,
        startYear: scenario.project.startYear,
        horizonYears: scenario.project.horizonYears,
        capex,
        subsidyRequested: metrics.subsidyTotal,
        subsidyPresentValue: metrics.subsidyPresentValue,
        npv: metrics.npv,
        irr: metrics.irr,
        npvWithoutSubsidies: metrics.npvWithoutSubsidies,
        irrWithoutSubsidies: metrics.irrWithoutSubsidies,
        paybackYears: metrics.paybackYears,
        additionality: state === 'additional',
        state,
        npvBasis: basis,
        // Solved only where it can differ from 0 (deadweight) and "none suffices" (not viable).
        necessaryAward:
          state === 'additional'
            ? necessaryAwardOf(evaluation)
            : state === 'deadweight'
              ? new Dec(0)
              : null,
        eligibleCost: metrics.eligibleCost,
        fundingGapRate: metrics.fundingGapRate,
        publicMoneyPerNpv: metrics.publicMoneyPerNpv,
        privateInvestmentPerSubsidy: metrics.privateInvestmentPerSubsidy,
        claims: claimsOf(scenario),
        fields: customFields(scenario.project.notes),
        absurdFields: absurdFields(scenario.project.notes),
        // Only a funded applicant's file reports actuals: the programme monitoring reads them.
        ...(parsed.file.actuals === undefined
          ? {}
          : { monitoring: monitoringRecord(evaluation, parsed.file.actuals) }),
      }),
    };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return invalidApplicant(file, [
      issue([], 'compare_evaluation_failed', `could not be evaluated: ${detail}`, { detail }),
    ]);
  }
}
