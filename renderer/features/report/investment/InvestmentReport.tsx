import { ActualResults } from './ActualResults';
import { Assumptions } from './Assumptions';
import { Charts } from './Charts';
import { InvestmentCover } from './InvestmentCover';
import type { InvestmentContext } from './investment-context';
import { KeyFigures } from './KeyFigures';
import { Methodology } from './Methodology';
import { ProjectionTables } from './ProjectionTables';
import { Sensitivity } from './Sensitivity';
import { StatementsAppendix } from './StatementsAppendix';
import { SubsidyAnalysis } from './SubsidyAnalysis';

/** The board report of one scenario, in the order a board reads it. */
export function InvestmentReport({ context }: { context: InvestmentContext }) {
  return (
    <>
      <InvestmentCover context={context} />
      <KeyFigures context={context} />
      <Assumptions context={context} />
      <Charts context={context} />
      <ProjectionTables context={context} />
      <Sensitivity context={context} />
      <SubsidyAnalysis context={context} />
      <ActualResults context={context} />
      <Methodology context={context} />
      <StatementsAppendix context={context} />
    </>
  );
}
