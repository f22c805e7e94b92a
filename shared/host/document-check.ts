import { formatIssue, formatIssuePath, parseScenarioFile, type ValidationIssue } from '../scenario';
import type { HostIssue } from './issues';

export type DocumentCheck = { ok: true } | { ok: false; issues: HostIssue[] };

/**
 * Decides whether a document's text is one the app can open, given the file's name for messages.
 * Main and the browser host take it as a parameter, so file handling does not depend on the
 * scenario module and tests can stand in for it.
 */
export type DocumentValidator = (text: string, fileName: string) => DocumentCheck;

const MAX_ISSUES = 200;

/** A scenario loader issue as a host issue: same code and params, the field path as text. */
export function hostIssueOf(found: ValidationIssue, fileName: string): HostIssue {
  const params: Record<string, string | number> = { file: fileName };
  for (const [key, value] of Object.entries(found.params)) {
    params[key] = typeof value === 'boolean' ? String(value) : value;
  }
  return {
    code: found.code,
    message: `${fileName}: ${formatIssue(found)}`.slice(0, 4000),
    path: found.path.length === 0 ? '' : formatIssuePath(found.path).slice(0, 1000),
    params,
  };
}

/**
 * The scenario loader's verdict: it refuses oversized, deeply nested and `__proto__` JSON before
 * parsing, migrates older versions, refuses newer ones and validates every field.
 */
export const checkScenarioText: DocumentValidator = (text, fileName) => {
  const parsed = parseScenarioFile(text);
  if (parsed.ok) return { ok: true };
  return {
    ok: false,
    issues: parsed.issues.slice(0, MAX_ISSUES).map((found) => hostIssueOf(found, fileName)),
  };
};
