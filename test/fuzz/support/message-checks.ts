import { createI18n } from '../../../renderer/services/i18n';
import { hostIssueText, type HostIssue } from '../../../shared/host/issues';
import { appTexts } from '../../../shared/i18n/catalogue';

/*
 * What every message a person reads must be: translated into Chinese by the renderer's own
 * lookup, with every value the sentence needs, and free of anything from JavaScript's insides.
 */

const missing: string[] = [];
const zh = createI18n('zh-CN', { onMissingKey: (_language, key) => missing.push(key) });
const validation = appTexts['zh-CN'].validation as Readonly<Record<string, string>>;

/** Scenario issues whose path is the whole file, not one field. */
const WHOLE_FILE = new Set(['invalid_json', 'file_too_large', 'not_a_scenario_file', 'too_deep']);

const STACK =
  /\n\s+at |\bat [^\s]+ \(|(?:^|\s)(?:Type|Range|Reference|Syntax|Internal)?Error: |\binternal error: /;

/** The sentence key the renderer picks for a loader issue (see renderer/services/texts/issue-text.ts). */
function sentenceKey(issue: HostIssue): string {
  if (issue.code === 'too_short' && issue.params.minimum === 1) return 'required';
  if (issue.code === 'out_of_range' && issue.params.minExclusive === 'true')
    return 'out_of_range_above';
  return issue.code;
}

/** Why a refusal's issue would not reach the person clearly, or null when it would. */
export function issueProblem(issue: HostIssue, fileName: string): string | null {
  if (issue.code === '' || issue.message.trim() === '')
    return `empty issue ${JSON.stringify(issue)}`;
  if (STACK.test(issue.message)) return `stack trace or JS error in "${issue.message}"`;
  if (!issue.message.includes(fileName) && !issue.code.includes('.'))
    return `message does not name the file: "${issue.message}"`;
  if (issue.code.includes('.')) {
    const chinese = hostIssueText(issue, 'zh-CN');
    if (chinese === issue.message || /undefined|\{\{/.test(chinese))
      return `host issue ${issue.code} has no Chinese text: "${chinese}"`;
    return null;
  }
  if (issue.path === '' && !WHOLE_FILE.has(issue.code))
    return `issue ${issue.code} names no field: "${issue.message}"`;
  const key = sentenceKey(issue);
  const template = validation[key];
  if (template === undefined) return `issue code ${key} has no zh-CN text`;
  const needed = [...template.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] as string);
  const absent = needed.filter((name) => !(name in issue.params));
  if (absent.length > 0) return `zh-CN text of ${key} needs ${absent.join(', ')}, not given`;
  missing.length = 0;
  const shown = zh.t(`validation.${key}`, issue.params);
  if (missing.length > 0 || shown === '' || shown.includes('{{'))
    return `zh-CN lookup of ${key} failed: "${shown}"`;
  return null;
}

/** Why text printed by the command line is not what a person should see, or null. */
export function printedProblem(text: string): string | null {
  return STACK.test(text) ? `stack trace or JS error in "${text.slice(0, 300)}"` : null;
}
