import { describe, expect, it } from 'vitest';
import { decimalArithmetic, Dec, floatArithmetic } from '../../../shared/finance';
import {
  driverValue,
  evaluate,
  evaluateScenario,
  listDrivers,
  resolveScenario,
  withDrivers,
} from '../../../shared/model';
import {
  parseScenarioFile,
  scenarioNames,
  selectScenario,
  serializeScenarioFile,
} from '../../../shared/scenario';
import { exampleFile, exampleNames, exampleScenario } from '../../helpers/scenarios';

describe('drivers', () => {
  const inputs = resolveScenario(decimalArithmetic, exampleScenario('smt-visual-ai-inspection'));

  it('list every number of the inputs by the path an override would use, and only numbers', () => {
    const paths = listDrivers(inputs).map((driver) => driver.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'effects[id=inspection-labour].fullEffect',
        'effects[id=defect-detection].detectionAfter',
        'effects[id=inspection-labour].ramp[0]',
        'capex[id=ai-stations].amount',
        'capex[id=ai-stations].depreciation.salvage',
        'subsidies[id=smart-manufacturing-grant].rate',
        'baseline.inspectionLabourCost',
        'tax.rate',
        'parameters.discountRate.rate',
        'parameters.inflation',
      ]),
    );
    expect(
      paths.some(
        (path) => path.endsWith('lifeYears') || path.endsWith('startYear') || path.endsWith('.id'),
      ),
    ).toBe(false);
    for (const driver of listDrivers(inputs))
      expect(driverValue(inputs, driver.path).eq(driver.value)).toBe(true);
  });

  it('change one number without touching the inputs, and agree with the same change made in the file', () => {
    const path = 'effects[id=inspection-labour].fullEffect';
    const changed = withDrivers(inputs, [{ path, value: new Dec('0.55') }]);
    expect(driverValue(inputs, path).toString()).toBe('0.7');
    expect(driverValue(changed, path).toString()).toBe('0.55');
    const viaDriver = evaluate(decimalArithmetic, changed).metrics.npv;

    const document = JSON.parse(serializeScenarioFile(exampleFile('smt-visual-ai-inspection'))) as {
      scenarios: unknown[];
    };
    document.scenarios.push({
      name: 'custom',
      kind: 'custom',
      overrides: [{ path, value: '0.55' }],
    });
    const parsed = parseScenarioFile(JSON.stringify(document));
    const selected = parsed.ok ? selectScenario(parsed.file, 'custom') : null;
    expect(selected?.ok).toBe(true);
    if (!selected?.ok) return;
    expect(evaluateScenario(selected.scenario).metrics.npv.eq(viaDriver)).toBe(true);
  });

  it('refuse a path that is not a number of the model', () => {
    expect(() =>
      withDrivers(inputs, [{ path: 'effects[id=nothing].fullEffect', value: new Dec(1) }]),
    ).toThrow(/No driver/);
    expect(() => driverValue(inputs, 'project.name')).toThrow(/not a number/);
    const floats = resolveScenario(floatArithmetic, exampleScenario('smt-visual-ai-inspection'));
    expect(driverValue(floats, 'tax.rate')).toBe(0.25);
    expect(() => driverValue(floats, 'capex[id=ai-stations].depreciation.lifeYears')).toThrow(
      /not a number/,
    );
  });
});

describe('the float path of the analyses', () => {
  /*
   * Bulk analysis runs the same model in 64-bit floats. Stated tolerance: relative 1e-9 on every
   * metric, against the Decimal figures people read (floats carry ~16 digits; the projection
   * loses a few to sums of a few hundred terms and to the IRR's root-finding).
   */
  const close = (float: number | null, exact: Dec | null) => {
    if (exact === null) return float === null;
    if (float === null) return false;
    const scale = Math.max(1, Math.abs(exact.toNumber()));
    return Math.abs(float - exact.toNumber()) <= 1e-9 * scale;
  };
  const cases = exampleNames().flatMap((name) =>
    scenarioNames(exampleFile(name)).map((scenario) => [name, scenario] as const),
  );

  it.each(cases)('%s (%s): float metrics agree with Decimal within 1e-9', (name, scenario) => {
    const chosen = exampleScenario(name, scenario);
    const exact = evaluateScenario(chosen).metrics;
    const float = evaluate(floatArithmetic, resolveScenario(floatArithmetic, chosen)).metrics;
    const keys = [
      'npv',
      'irr',
      'mirr',
      'paybackYears',
      'discountedPaybackYears',
      'npvWithoutSubsidies',
      'equityNpv',
      'equityIrr',
      'minDscr',
      'fundingGapRate',
    ] as const;
    for (const key of keys) expect([key, close(float[key], exact[key])]).toEqual([key, true]);
    expect(float.additionality).toBe(exact.additionality);
  });
});
