import type Decimal from 'decimal.js';
import { Dec } from '../../../../shared/finance/decimal';
import { applicantName, type PlausibilityThresholds } from '../../../../shared/compare';
import { useApplicantsT } from '../../../services/i18n/applicants';
import { useFlagText } from '../../../services/texts/applicant-texts';
import { ReportBlock, ReportSection } from '../frame/ReportSection';
import { InvalidFiles } from './closing-sections';
import type { ComparisonSectionProps } from './section-props';

/* Every flag with its reason, the thresholds the claims were checked against, the files left out. */

const THRESHOLDS: readonly (keyof PlausibilityThresholds)[] = [
  'productionCostReduction',
  'inspectionLabourReduction',
  'detectionAfter',
  'savingsShare',
  'minRampYears',
  'irr',
  'subsidyShare',
];

export function FlagsSection({ prepared, texts, f }: ComparisonSectionProps) {
  const t = useApplicantsT();
  const currency = prepared.collected.currency;
  const flagText = useFlagText(currency);
  const thresholds = prepared.settings.thresholds;
  const flagged = prepared.comparison.ranking.filter((row) => row.flags.length > 0);
  const shown = (key: keyof PlausibilityThresholds): string => {
    const value = thresholds[key];
    if (value === null) return texts.flags.off;
    if (typeof value === 'number') return f.format.number(new Dec(value), 0);
    return f.format.percentShort(value as Decimal);
  };
  return (
    <ReportSection id="flags" title={texts.sections.flags} intro={texts.flags.intro}>
      <h3>{texts.flags.flagged}</h3>
      {flagged.length === 0 ? (
        <p>{texts.flags.none}</p>
      ) : (
        <table className="report-table report-small" data-testid="comparison-flags">
          <thead>
            <tr>
              <th className="name">{texts.flags.applicant}</th>
              <th>{texts.flags.reasons}</th>
            </tr>
          </thead>
          <tbody>
            {flagged.map((row) => (
              <tr key={row.applicant.file}>
                <td className="name">{applicantName(row.applicant)}</td>
                <td>
                  {row.flags.map((flag, index) => (
                    <div key={index}>{flagText(flag)}</div>
                  ))}
                  {(row.checked || prepared.allocation.excludeFlagged) && (
                    <div>
                      <strong>{row.checked ? texts.flags.checked : texts.flags.notChecked}</strong>
                    </div>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ReportBlock title={texts.flags.thresholds}>
        <table className="report-table report-small" data-testid="comparison-thresholds">
          <tbody>
            {THRESHOLDS.map((key) => (
              <tr key={key}>
                <th>{t(`flags.${key}`)}</th>
                <td className="number">{shown(key)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ReportBlock>
      <InvalidFiles prepared={prepared} texts={texts} />
    </ReportSection>
  );
}
