import {
  Alert,
  Checkbox,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Switch,
  Table,
  Text,
  Title,
} from '@mantine/core';
import type Decimal from 'decimal.js';
import { useMemo } from 'react';
import {
  applicantName,
  AWARD_CAPS,
  comparisonCurve,
  DEFAULT_ALLOCATION,
  OBJECTIVES,
  type AllocationSettings,
  type AwardCap,
  type BudgetRequest,
  type Comparison,
  type Objective,
} from '../../../shared/compare';
import { Dec } from '../../../shared/finance/decimal';
import { useFormat } from '../../services/format/use-format';
import { BudgetCurveChart } from '../../services/charts/applicant-charts';
import { ChoiceField } from './ChoiceField';
import { useApplicantsT } from '../../services/i18n/applicants';
import { NumberField } from './NumberField';
import { StateBadge } from './StateBadge';
import { useDecisionText } from '../../services/texts/applicant-texts';

/*
 * The budget, what it maximises, the most each award can be, and the proposal it gives: proposed,
 * not proposed and why, the marginal applicant, and what the awards do (the NPV they cause, the
 * deadweight). A proposal for the programme to decide, never a payment.
 */

export interface BudgetState {
  readonly amount: Decimal | null;
  readonly objective: Objective;
  readonly cap: AwardCap;
  readonly partial: boolean;
  readonly minShare: Decimal | null;
  readonly excludeFlagged: boolean;
  readonly excluded: readonly string[];
  /** Flagged applicants whose claims the officer has checked: they may be funded. */
  readonly checked: readonly string[];
}

/** Amounts in a scenario file stay below 10^15; so does a budget the allocator can search exactly. */
const MAX_BUDGET = new Dec('999999999999999');

export const INITIAL_BUDGET: BudgetState = {
  amount: null,
  objective: DEFAULT_ALLOCATION.objective,
  cap: DEFAULT_ALLOCATION.cap,
  partial: false,
  minShare: new Dec('0.5'),
  excludeFlagged: DEFAULT_ALLOCATION.excludeFlagged,
  excluded: [],
  checked: [],
};

/** How the budget is spent, as the `--weights` file and the report carry it. */
export function allocationSettings(state: BudgetState): AllocationSettings {
  return {
    objective: state.objective,
    cap: state.cap,
    partialMinShare: state.partial ? (state.minShare ?? new Dec(0)) : null,
    excludeFlagged: state.excludeFlagged,
    excluded: state.excluded,
    checked: state.checked,
  };
}

export function budgetRequest(state: BudgetState): BudgetRequest | null {
  if (state.amount === null) return null;
  return { budget: state.amount, ...allocationSettings(state) };
}

export function BudgetPanel({
  comparison,
  state,
  onChange,
  currency,
}: {
  comparison: Comparison;
  state: BudgetState;
  onChange: (state: BudgetState) => void;
  currency: string;
}) {
  const t = useApplicantsT();
  const format = useFormat(currency);
  const decisionText = useDecisionText();
  const allocation = comparison.allocation;
  const byFile = useMemo(
    () => new Map(comparison.ranking.map((row) => [row.applicant.file, row.applicant])),
    [comparison],
  );
  const name = (file: string) => {
    const found = byFile.get(file);
    return found ? applicantName(found) : file;
  };
  const stateOf = (file: string) => byFile.get(file)?.state ?? null;
  const curve = useMemo(
    () =>
      comparisonCurve(comparison, {
        objective: state.objective,
        cap: state.cap,
        excludeFlagged: state.excludeFlagged,
        excluded: state.excluded,
      }),
    [comparison, state.objective, state.cap, state.excludeFlagged, state.excluded],
  );
  const objectiveValue = (value: Decimal) =>
    state.objective === 'score' ? format.number(value, 1) : format.amount(value);
  const outcome = comparison.outcome;
  const zero = new Dec(0);
  const toggleExcluded = (file: string, leaveOut: boolean) =>
    onChange({
      ...state,
      excluded: leaveOut
        ? [...state.excluded, file]
        : state.excluded.filter((other) => other !== file),
    });

  return (
    <Stack gap="md">
      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <Stack gap="sm">
            <NumberField
              label={t('budget.amount', { unit: format.amountUnit })}
              kind="amount"
              scale={format.scale}
              optional
              value={state.amount}
              min={{ value: zero, message: t('notNegative') }}
              max={{ value: MAX_BUDGET, message: t('budget.tooLarge') }}
              onChange={(amount) => onChange({ ...state, amount })}
            />
            <ChoiceField
              label={t('budget.objective')}
              value={state.objective}
              options={OBJECTIVES.map((value) => ({
                value,
                label: t(`budget.objectives.${value}`),
              }))}
              onChange={(objective) => onChange({ ...state, objective })}
              hint={t(`budget.objectiveHints.${state.objective}`)}
              testId="objective"
            />
            <ChoiceField
              label={t('budget.cap')}
              value={state.cap}
              options={AWARD_CAPS.map((value) => ({ value, label: t(`budget.caps.${value}`) }))}
              onChange={(cap) => onChange({ ...state, cap })}
              testId="award-cap"
            />
          </Stack>
          <Stack gap="sm">
            <Checkbox
              label={t('budget.excludeFlagged')}
              checked={state.excludeFlagged}
              onChange={(event) =>
                onChange({ ...state, excludeFlagged: event.currentTarget.checked })
              }
            />
            <Switch
              label={t('budget.partial')}
              checked={state.partial}
              onChange={(event) => onChange({ ...state, partial: event.currentTarget.checked })}
            />
            {state.partial && (
              <NumberField
                label={t('budget.minShare')}
                kind="percent"
                value={state.minShare}
                min={{ value: zero, message: t('notNegative') }}
                onChange={(minShare) => onChange({ ...state, minShare })}
                width={220}
              />
            )}
          </Stack>
        </SimpleGrid>
      </Paper>

      {allocation === null ? (
        <Text size="sm" c="dimmed">
          {t('budget.enterBudget')}
        </Text>
      ) : (
        <Stack gap="sm" data-testid="allocation">
          <Alert color={allocation.optimal ? 'teal' : 'yellow'} variant="light" role="status">
            <Stack gap={2}>
              <Text size="sm" fw={600}>
                {t('budget.summary', {
                  awarded: format.amount(allocation.totalAward),
                  budget: format.amount(allocation.budget),
                  left: format.amount(allocation.remaining),
                })}
              </Text>
              {outcome && (
                <>
                  <Text size="sm" data-testid="caused-npv">
                    {t('budget.causedNpv', {
                      value: format.amount(outcome.causedNpv),
                      count: outcome.causedCount,
                    })}
                  </Text>
                  <Text size="sm" fw={600} data-testid="deadweight">
                    {outcome.deadweightSubsidy.isZero()
                      ? t('budget.noDeadweight')
                      : t('budget.deadweight', {
                          amount: format.amount(outcome.deadweightSubsidy),
                          share: format.percent(outcome.deadweightShare ?? new Dec(0)),
                          count: outcome.deadweightCount,
                        })}
                  </Text>
                  {outcome.aboveNecessary.gt(0) && (
                    <Text size="sm">
                      {t('budget.aboveNecessary', {
                        amount: format.amount(outcome.aboveNecessary),
                      })}
                    </Text>
                  )}
                </>
              )}
              {state.objective !== 'caused' && (
                <Text size="sm">
                  {state.objective === 'npv'
                    ? t('budget.totalNpv', { value: objectiveValue(allocation.totalValue) })
                    : t('budget.totalScore', { value: objectiveValue(allocation.totalValue) })}
                </Text>
              )}
              <Text size="sm">
                {allocation.optimal
                  ? t('budget.optimal', { method: t(`budget.methods.${allocation.method}`) })
                  : t('budget.notOptimal', {
                      method: t(`budget.methods.${allocation.method}`),
                      gap: objectiveValue(allocation.gap),
                    })}
              </Text>
              {allocation.optimal && !allocation.gap.isZero() && (
                <Text size="sm">
                  {t('budget.partialGap', { gap: objectiveValue(allocation.gap) })}
                </Text>
              )}
              <Text size="xs" c="dimmed">
                {/* When every request fits, the greedy rule funds the same: nothing to compare. */}
                {allocation.method !== 'all-fit' &&
                  `${t('budget.greedy', { value: objectiveValue(allocation.greedyValue) })} `}
                {t('budget.granularity', { step: format.amount(allocation.granularity) })}
              </Text>
              {allocation.marginal && (
                <Text size="sm" data-testid="marginal">
                  {t('budget.marginalLine', {
                    text:
                      allocation.marginal.kind === 'partial'
                        ? t('budget.marginalPartial', { name: name(allocation.marginal.id) })
                        : t('budget.marginalNext', { name: name(allocation.marginal.id) }),
                  })}
                </Text>
              )}
              <Text size="xs" c="dimmed">
                {t('budget.proposal')}
              </Text>
            </Stack>
          </Alert>
          <SimpleGrid cols={{ base: 1, lg: 2 }}>
            <div>
              <Title order={3} size="h5" mb="xs">
                {t('budget.funded')} ({allocation.selected.length})
              </Title>
              <Table fz="sm" withTableBorder data-testid="funded">
                <Table.Tbody>
                  {allocation.selected.map((award) => {
                    const applicantState = stateOf(award.id);
                    return (
                      <Table.Tr
                        key={award.id}
                        fw={allocation.marginal?.id === award.id ? 700 : undefined}
                      >
                        <Table.Td>{name(award.id)}</Table.Td>
                        <Table.Td>
                          {applicantState && <StateBadge state={applicantState} />}
                        </Table.Td>
                        <Table.Td style={{ textAlign: 'right', whiteSpace: 'nowrap' }}>
                          {format.amount(award.award)}
                          {/* Less than requested (capped or partial): the request beneath. */}
                          {award.award.lt(award.request) && (
                            <Text size="xs" c="dimmed">
                              {t(award.partial ? 'budget.partialAward' : 'budget.cappedAward', {
                                request: format.amount(award.request),
                              })}
                            </Text>
                          )}
                        </Table.Td>
                        <Table.Td>
                          <Checkbox
                            size="xs"
                            aria-label={t('budget.leaveOut', { name: name(award.id) })}
                            checked={false}
                            onChange={() => toggleExcluded(award.id, true)}
                          />
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </div>
            <div>
              <Title order={3} size="h5" mb="xs">
                {t('budget.notFunded')} ({allocation.rejected.length})
              </Title>
              <Table fz="sm" withTableBorder data-testid="not-funded">
                <Table.Tbody>
                  {allocation.rejected.map((rejection) => {
                    const applicantState = stateOf(rejection.id);
                    return (
                      <Table.Tr
                        key={rejection.id}
                        fw={allocation.marginal?.id === rejection.id ? 700 : undefined}
                      >
                        <Table.Td>{name(rejection.id)}</Table.Td>
                        <Table.Td>
                          {applicantState && <StateBadge state={applicantState} />}
                        </Table.Td>
                        <Table.Td style={{ textAlign: 'right', whiteSpace: 'nowrap' }}>
                          {format.amount(rejection.request)}
                        </Table.Td>
                        <Table.Td>{decisionText(rejection.reason)}</Table.Td>
                        <Table.Td>
                          <Checkbox
                            size="xs"
                            aria-label={t('budget.leaveOut', { name: name(rejection.id) })}
                            checked={rejection.reason === 'excluded'}
                            disabled={
                              rejection.reason !== 'excluded' &&
                              rejection.reason !== 'not-chosen' &&
                              rejection.reason !== 'over-budget'
                            }
                            onChange={(event) =>
                              toggleExcluded(rejection.id, event.currentTarget.checked)
                            }
                          />
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </div>
          </SimpleGrid>
        </Stack>
      )}
      <Group>
        <div style={{ flex: 1, minWidth: 320 }}>
          <BudgetCurveChart
            curve={curve}
            objective={state.objective}
            budget={state.amount}
            currency={currency}
          />
        </div>
      </Group>
    </Stack>
  );
}
