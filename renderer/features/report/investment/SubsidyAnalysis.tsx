import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { decimalArithmetic } from '../../../../shared/finance';
import { isNoFundingGap } from '../../../../shared/model';
import { subsidyAnalysis } from '../../../../shared/report/subsidy-analysis';
import { ReportBlock, ReportSection } from '../frame/ReportSection';
import { FigureRows, figure, ReportTable } from '../frame/ReportTable';
import { fill } from '../texts';
import type { InvestmentContext } from './investment-context';

type LooseT = (key: string, options?: Record<string, unknown>) => string;

/** NPV with and without each subsidy, additionality, leverage and the funding-gap rate. */
export function SubsidyAnalysis({ context }: { context: InvestmentContext }) {
  const { t } = useTranslation();
  const loose = t as unknown as LooseT;
  const { evaluation, report } = context;
  const { texts, format } = report;
  const words = texts.subsidies;
  const analysis = useMemo(() => subsidyAnalysis(decimalArithmetic, evaluation), [evaluation]);
  const currency = report.currencyWord;
  const { metrics } = evaluation;
  const hasFinancingSubsidy = analysis.subsidies.some((line) => line.judgedOn === 'equityNpv');
  const summary: [string, string][] = [
    [words.npvWith, format.amount(analysis.npv)],
    [words.npvWithoutAll, format.amount(analysis.npvWithoutSubsidies)],
    [words.additionality, analysis.additionality ? words.additionalYes : words.additionalNo],
    [
      words.leverage,
      analysis.leverage === null
        ? words.notApplicable
        : fill(words.leverageValue, { value: format.number(analysis.leverage, 2), currency }),
    ],
    [
      words.publicMoneyPerNpv,
      analysis.publicMoneyPerNpv === null
        ? words.notApplicable
        : format.number(analysis.publicMoneyPerNpv, 2),
    ],
    ...(hasFinancingSubsidy
      ? ([
          [words.equityNpvWith, format.amount(analysis.equityNpv)],
          [words.equityNpvWithoutAll, format.amount(analysis.equityNpvWithoutSubsidies)],
          [
            words.equityAdditionality,
            analysis.equityAdditionality ? words.additionalYes : words.additionalNo,
          ],
        ] as [string, string][])
      : []),
    [
      words.fundingGap,
      analysis.fundingGapRate === null
        ? words.notApplicable
        : isNoFundingGap(analysis.fundingGapRate)
          ? fill(words.noFundingGap, { rate: format.percent(analysis.fundingGapRate) })
          : format.percent(analysis.fundingGapRate),
    ],
    [
      words.maxGrant,
      metrics.maxGrant === null ? words.notApplicable : format.amount(metrics.maxGrant),
    ],
  ];
  return (
    <ReportSection id="subsidies" title={texts.sections.subsidies} intro={words.intro}>
      {analysis.subsidies.length === 0 ? (
        <p>{words.none}</p>
      ) : (
        <>
          <ReportTable
            className="report-small"
            testId="report-subsidy-table"
            columns={[
              words.subsidy,
              words.type,
              figure(words.total),
              figure(words.presentValue),
              figure(words.npvWithout),
              figure(words.npvGain),
              words.judgedOn,
              words.decisive,
            ]}
          >
            {analysis.subsidies.map((line) => (
              <tr key={line.id} data-testid="report-subsidy">
                <th scope="row">{line.name}</th>
                <td>{loose(`options.subsidyType.${line.type}`)}</td>
                <td className="number">{format.amount(line.total)}</td>
                <td className="number">{format.amount(line.presentValue)}</td>
                <td className="number">{format.amount(line.npvWithout)}</td>
                <td className="number">{format.amount(line.npvGain)}</td>
                <td>{line.judgedOn === 'npv' ? words.judgedOnNpv : words.judgedOnEquityNpv}</td>
                <td>{line.decisive ? texts.assumptions.yes : texts.assumptions.no}</td>
              </tr>
            ))}
          </ReportTable>
          <ReportBlock title={words.summary}>
            <ReportTable testId="report-subsidy-summary">
              <FigureRows rows={summary} />
            </ReportTable>
            {hasFinancingSubsidy && <p className="report-intro report-small">{words.equityNote}</p>}
            <p className="report-intro report-small">
              {fill(words.fundingGapNote, {
                fdr: format.percent(metrics.fundingGapDiscountRate),
              })}
            </p>
          </ReportBlock>
        </>
      )}
    </ReportSection>
  );
}
