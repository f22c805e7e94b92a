import { Dec } from '../finance/decimal';
import { issue, type IssuePath, type ValidationIssue } from './issues';
import type { ScenarioFile } from './schema';

/*
 * The cross-field rules of the fields a feasibility study's financial chapter needs (version 4):
 * a loan drawn over several years, the items a loan pays for, maintenance investment, surcharges
 * on VAT and a tax holiday. Each issue is at the field a person would change.
 */
export function feasibilityIssues(file: ScenarioFile, found: ValidationIssue[]): void {
  const capexIds = new Set(file.capex.map((item) => item.id));

  file.financing.loans.forEach((loan, index) => {
    const at: IssuePath = ['financing', 'loans', index];
    if (loan.draws !== undefined) {
      let total = new Dec(0);
      const lastInterestOnly = loan.drawdownYear + loan.graceYears;
      loan.draws.forEach((draw, drawIndex) => {
        total = total.plus(draw.amount);
        const previous = loan.draws?.[drawIndex - 1];
        if (drawIndex === 0 && draw.year !== loan.drawdownYear) {
          found.push(
            issue(
              [...at, 'draws', 0, 'year'],
              'first_draw_not_drawdown_year',
              `must be the drawdown year (${loan.drawdownYear})`,
              { year: draw.year, drawdownYear: loan.drawdownYear },
            ),
          );
        } else if (previous !== undefined && draw.year <= previous.year) {
          found.push(
            issue(
              [...at, 'draws', drawIndex, 'year'],
              'schedule_years_not_increasing',
              `must come after year ${previous.year}`,
              { year: draw.year, previous: previous.year },
            ),
          );
        } else if (draw.year > lastInterestOnly) {
          found.push(
            issue(
              [...at, 'draws', drawIndex, 'year'],
              'draw_after_grace',
              `year ${draw.year} is after the interest-only years of the loan (to year ${lastInterestOnly}): the loan is drawn before it is repaid`,
              { year: draw.year, lastInterestOnly },
            ),
          );
        }
      });
      if (!total.eq(loan.amount)) {
        found.push(
          issue(
            [...at, 'draws'],
            'draws_not_amount',
            `add up to ${total.toString()}, not the loan's amount ${loan.amount}`,
            { sum: total.toString(), amount: loan.amount },
          ),
        );
      }
    }
    loan.finances?.forEach((itemId, itemIndex) => {
      if (!capexIds.has(itemId)) {
        found.push(
          issue(
            [...at, 'finances', itemIndex],
            'unknown_capex_item',
            `no investment item has the id "${itemId}"`,
            { id: itemId },
          ),
        );
      }
    });
  });

  file.capex.forEach((item, index) => {
    if (item.maintenance !== undefined && item.eligibility.grants) {
      found.push(
        issue(
          ['capex', index, 'eligibility', 'grants'],
          'maintenance_grant_eligible',
          'a maintenance investment during operation is not part of the investment a capex grant funds: untick grant eligibility or the maintenance flag',
        ),
      );
    }
    // Both are outlays during operation: an item flagged twice would be taken out of the
    // construction investment (and out of the EU funding gap's investment) twice.
    if (item.maintenance !== undefined && item.replacement === true) {
      found.push(
        issue(
          ['capex', index, 'replacement'],
          'maintenance_and_replacement',
          'an item is either a replacement or a maintenance investment during operation, not both: untick one',
        ),
      );
    }
  });

  const holiday = file.tax.holiday;
  if (holiday !== undefined && holiday.exemptYears + holiday.halfRateYears === 0) {
    found.push(
      issue(
        ['tax', 'holiday', 'exemptYears'],
        'holiday_without_years',
        'a tax holiday needs at least one exempt or half-rate year',
      ),
    );
  }
}
