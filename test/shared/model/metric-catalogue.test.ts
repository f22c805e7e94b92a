import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../main/cli/run';
import type { CliIo } from '../../../main/cli/io';
import {
  ALL_METRIC_KEYS,
  METRIC_CATALOGUE,
  METRIC_KEYS,
  metricKind,
  type CatalogueKey,
} from '../../../shared/model';
import { evaluateValid, exampleNames, exampleScenario, exampleText } from '../../helpers/scenarios';

/*
 * The metric catalogue is where a metric is described once. Everything the command line publishes
 * as a metric is in it, everything in it is a figure the model computes, and each figure is of
 * the kind the catalogue says: an amount, rate, share, years or ratio is a number or none, a flag
 * yes or no.
 */

const catalogued = Object.keys(METRIC_CATALOGUE) as CatalogueKey[];

async function evaluateJson(example: string): Promise<Record<string, unknown>> {
  const out: string[] = [];
  const io: CliIo = {
    stdout: (text) => out.push(text),
    stderr: () => undefined,
    readFile: () => Promise.resolve({ ok: true, text: exampleText(example) }),
  };
  expect(await runCli(['evaluate', `${example}.json`, '--detail'], io)).toBe(0);
  return JSON.parse(out.join('')) as Record<string, unknown>;
}

describe('the metric catalogue', () => {
  it('describes every metric `evaluate --format json --detail` prints, and nothing else', async () => {
    const json = await evaluateJson('reference-a');
    const printed = [
      ...Object.keys(json['metrics'] as object),
      ...Object.keys(json['otherMetrics'] as object),
    ];
    expect(new Set(printed)).toEqual(new Set(catalogued));
    // The published keys keep their first place and order.
    expect(Object.keys(json['metrics'] as object).slice(0, METRIC_KEYS.length)).toEqual([
      ...METRIC_KEYS,
    ]);
    expect(new Set(ALL_METRIC_KEYS)).toEqual(new Set(catalogued));
  });

  it.each(exampleNames())('gives each figure of %s the kind the model computes', (name) => {
    const { metrics } = evaluateValid(exampleScenario(name));
    for (const key of catalogued) {
      const value: unknown = metrics[key];
      if (metricKind(key) === 'flag') expect(typeof value, key).toBe('boolean');
      else expect(value === null || Decimal.isDecimal(value), key).toBe(true);
    }
  });

  it('says a shorter payback is better and a higher NPV or IRR is', () => {
    expect(METRIC_CATALOGUE.paybackYears.better).toBe('lower');
    expect(METRIC_CATALOGUE.discountedPaybackYears.better).toBe('lower');
    expect(METRIC_CATALOGUE.npv.better).toBe('higher');
    expect(METRIC_CATALOGUE.irr.better).toBe('higher');
  });
});
