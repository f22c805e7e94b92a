/**
 * A problem found in a scenario: where (the field path), what (a stable code and its parameters,
 * which the interface translates) and an English sentence (what the command line prints).
 */
export type IssuePath = readonly (string | number)[];

export type IssueParams = Readonly<Record<string, string | number | boolean>>;

export interface ValidationIssue {
  readonly path: IssuePath;
  readonly code: string;
  readonly params: IssueParams;
  readonly message: string;
}

export function issue(
  path: IssuePath,
  code: string,
  message: string,
  params: IssueParams = {},
): ValidationIssue {
  return { path, code, params, message };
}

/** `capex[2].depreciation.salvage`; an empty path (the whole file) reads `(file)`. */
export function formatIssuePath(path: IssuePath): string {
  if (path.length === 0) return '(file)';
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else text += text === '' ? segment : `.${segment}`;
  }
  return text;
}

export function formatIssue(item: ValidationIssue): string {
  return `${formatIssuePath(item.path)}: ${item.message}`;
}
