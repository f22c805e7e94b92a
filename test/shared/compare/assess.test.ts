import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  assessApplicantText,
  collectApplicants,
  fromRecord,
  toRecord,
} from '../../../shared/compare';
import { evaluateScenario } from '../../../shared/model';
import { parseScenarioFile, selectScenario } from '../../../shared/scenario';
import { APPLICANTS_DIR, exampleApplicantFiles, exampleOutcomes } from './helpers';

const text = (name: string) => readFileSync(join(APPLICANTS_DIR, name), 'utf8');

describe('an applicant from its scenario file', () => {
  it('carries the model’s own figures for the base scenario, unrounded', () => {
    const name = '12-jiaxing-hengyuan-textile-dyeing.json';
    const outcome = assessApplicantText(name, text(name));
    if (!outcome.ok) throw new Error('expected a valid applicant');
    const parsed = parseScenarioFile(text(name));
    if (!parsed.ok) throw new Error('expected a valid file');
    const selected = selectScenario(parsed.file);
    if (!selected.ok) throw new Error('expected the base');
    const { metrics } = evaluateScenario(selected.scenario);
    const a = outcome.applicant;
    expect(a).toMatchObject({
      file: name,
      company: 'Jiaxing Hengyuan Textile Dyeing Co., Ltd. (200 staff)',
      currency: 'CNY',
      capex: '3500000',
      subsidyRequested: metrics.subsidyTotal.toString(),
      npv: metrics.npv.toString(),
      npvWithoutSubsidies: metrics.npvWithoutSubsidies.toString(),
      irr: metrics.irr?.toString(),
      additionality: metrics.additionality,
    });
    expect(a.fields.map((f) => [f.key, f.value])).toEqual([
      ['jobs-created', '2'],
      ['jobs-safeguarded', '140'],
      ['energy-saved-mwh-year', '900'],
      ['water-saved-t-year', '60000'],
    ]);
    // The record survives the trip to Decimal and back unchanged.
    expect(toRecord(fromRecord(a))).toEqual(a);
  });

  it('measures claims against the applicant’s own baseline', () => {
    const changzhou = assessApplicantText(
      'c.json',
      text('08-changzhou-tianli-motor-implausible.json'),
    );
    if (!changzhou.ok) throw new Error('expected a valid applicant');
    expect(changzhou.applicant.claims).toMatchObject({
      productionCostReduction: '0.38',
      inspectionLabourReduction: '0.75',
      detectionAfter: null,
    });
    const hefei = assessApplicantText(
      'h.json',
      text('06-hefei-zhongchuang-auto-parts-vision.json'),
    );
    if (!hefei.ok) throw new Error('expected a valid applicant');
    expect(hefei.applicant.claims.detectionAfter).toBe('0.995');
    expect(hefei.applicant.claims.effects.map((e) => e.rampYears)).toEqual([2, 1]);
  });

  it('lists an invalid file with every reason the loader gives, and never throws', () => {
    const outcome = assessApplicantText('bad.json', text('14-zhuhai-guangyao-invalid.json'));
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.invalid.reasons.map((r) => [r.path.join('.'), r.code])).toEqual([
      ['capex.0.amount', 'invalid_amount'],
      ['capex.2.lifeYears', 'unknown_field'],
    ]);
    for (const hostile of [
      '',
      '{',
      'null',
      '{"__proto__": {}}',
      '{"format": "yardstick.scenario", "version": 99}',
    ]) {
      const refused = assessApplicantText('x.json', hostile);
      expect(refused.ok).toBe(false);
    }
  });

  it('collects the example folder: thirteen applicants in file order and the invalid one left out', () => {
    const collected = collectApplicants(exampleOutcomes());
    expect(collected.currency).toBe('CNY');
    expect(collected.applicants.map((a) => a.file)).toEqual(
      exampleApplicantFiles().filter((f) => !f.includes('invalid')),
    );
    expect(collected.invalid.map((i) => i.file)).toEqual(['14-zhuhai-guangyao-invalid.json']);
  });

  it('leaves out applicants in another currency than most, saying so', () => {
    const euro = text('01-suzhou-hengda-smt-aoi.json').replace(
      '"currency": "CNY"',
      '"currency": "EUR"',
    );
    const outcomes = [
      assessApplicantText('euro.json', euro),
      assessApplicantText('a.json', text('02-dongguan-jinhui-mould-mes.json')),
      assessApplicantText('b.json', text('03-ningbo-ruifeng-bearing-maintenance.json')),
    ];
    const collected = collectApplicants(outcomes);
    expect(collected.applicants.map((a) => a.file)).toEqual(['a.json', 'b.json']);
    expect(collected.invalid).toEqual([
      {
        file: 'euro.json',
        reasons: [
          {
            path: ['project', 'currency'],
            code: 'compare_currency_mismatch',
            params: { currency: 'EUR', expected: 'CNY' },
            message: 'is in EUR; the applicants compared are in CNY',
          },
        ],
      },
    ]);
  });
});
