import type Decimal from 'decimal.js';
import { evaluateScenario, type Evaluation } from '../model';
import {
  BASE_SCENARIO,
  parseScenarioFile,
  selectScenario,
  type Scenario,
  type ScenarioFile,
  type ValidationIssue,
} from '../scenario';
import type { InvestmentReportRequest } from './request';

/*
 * The scenario an investment report is about, read with the app's own loader (validation,
 * migration, the named scenario's overrides) and evaluated with the Decimal model.
 */

export type LoadedInvestment =
  | {
      readonly ok: true;
      readonly file: ScenarioFile;
      readonly scenario: Scenario;
      /** `base` or the named scenario's name. */
      readonly scenarioName: string;
      readonly evaluation: Evaluation<Decimal>;
    }
  | { readonly ok: false; readonly issues: readonly ValidationIssue[] }
  /** The model refused a scenario the loader accepted: a fault of the program, not of the file. */
  | { readonly ok: false; readonly fault: string };

export function loadInvestment(request: InvestmentReportRequest): LoadedInvestment {
  const parsed = parseScenarioFile(request.documentText);
  if (!parsed.ok) return { ok: false, issues: parsed.issues };
  const selected = selectScenario(parsed.file, request.scenarioId ?? BASE_SCENARIO);
  if (!selected.ok) return { ok: false, issues: selected.issues };
  try {
    return {
      ok: true,
      file: parsed.file,
      scenario: selected.scenario,
      scenarioName: selected.name,
      evaluation: evaluateScenario(selected.scenario),
    };
  } catch (error) {
    return { ok: false, fault: error instanceof Error ? error.message : String(error) };
  }
}
