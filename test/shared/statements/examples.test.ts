import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateScenario } from '../../../shared/model';
import { parseScenarioFile, selectScenario } from '../../../shared/scenario';
import { EXAMPLES_DIR, exampleAndApplicantPaths } from '../../helpers/scenarios';
import { checkIdentities } from './identities';

/*
 * The statements reconcile with the projection in every example, English and Chinese, and every
 * applicant's file, in the base and in each named scenario. The one applicant's file that is
 * invalid on purpose is the only file left out, and it is named.
 */

const paths = [
  ...exampleAndApplicantPaths(),
  ...exampleAndApplicantPaths().map((path) =>
    join(EXAMPLES_DIR, 'zh-CN', relative(EXAMPLES_DIR, path)),
  ),
].map((path) => relative(EXAMPLES_DIR, path));

describe('the statements of every example', () => {
  it('leave out only the applicant that is invalid on purpose', () => {
    const invalid = paths.filter(
      (path) => !parseScenarioFile(readFileSync(join(EXAMPLES_DIR, path), 'utf8')).ok,
    );
    expect(invalid).toEqual([
      'applicants/14-zhuhai-guangyao-invalid.json',
      'zh-CN/applicants/14-zhuhai-guangyao-invalid.json',
    ]);
  });

  const valid = paths.filter((path) => !path.endsWith('-invalid.json'));
  it.each(valid)(
    '%s: every statement reconciles with the projection, in every scenario',
    (path) => {
      const parsed = parseScenarioFile(readFileSync(join(EXAMPLES_DIR, path), 'utf8'));
      if (!parsed.ok) throw new Error(`${path} does not load`);
      for (const name of ['base', ...parsed.file.scenarios.map((scenario) => scenario.name)]) {
        const selected = selectScenario(parsed.file, name);
        if (!selected.ok) throw new Error(`${path} ${name} does not select`);
        checkIdentities(`${path} ${name}`, evaluateScenario(selected.scenario));
      }
    },
  );
});
