import { describe, expect, it } from 'vitest';
import { scenarioNames } from '../../../shared/scenario';
import { exampleFile, exampleNames } from '../../helpers/scenarios';

describe('the shipped examples', () => {
  it('include the two reference cases and at least three realistic examples', () => {
    const names = exampleNames();
    expect(names).toEqual(expect.arrayContaining(['reference-a', 'reference-b']));
    expect(names.filter((name) => !name.startsWith('reference-')).length).toBeGreaterThanOrEqual(3);
  });

  it.each(exampleNames().filter((name) => !name.startsWith('reference-')))(
    '%s has base, optimistic and pessimistic scenarios and says what it assumes',
    (name) => {
      const file = exampleFile(name);
      expect(scenarioNames(file)).toEqual(
        expect.arrayContaining(['base', 'optimistic', 'pessimistic']),
      );
      expect(file.project.notes?.length ?? 0).toBeGreaterThan(100);
      for (const scenario of file.scenarios)
        expect(scenario.description?.length ?? 0).toBeGreaterThan(20);
    },
  );
});
