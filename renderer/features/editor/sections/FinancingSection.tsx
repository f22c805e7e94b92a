import { ActionIcon, Button, Checkbox, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  CONSTRUCTION_INTEREST_TREATMENTS,
  DRAW_TIMINGS,
  REPAYMENT_TYPES,
  type Loan,
  type ScenarioFile,
} from '../../../../shared/scenario';
import { useNotices } from '../../../services/ui/notices';
import { check, setIn, uniqueId } from '../../../services/document/scenario-edits';
import { useIssueText } from '../../../services/texts/issue-text';
import { EditableGrid } from '../EditableGrid';
import { CodecField, SelectField, useViewRead, FieldRow } from '../../../services/fields/fields';
import { useCodecs } from '../../../services/fields/use-codecs';
import { Section } from './Section';

export function FinancingSection() {
  const { t } = useTranslation();
  const view = useViewRead();
  const { scenario } = view;
  const codecs = useCodecs(scenario.project.currency);
  const { notify } = useNotices();
  const { scenarioIssue } = useIssueText();
  const repayments = REPAYMENT_TYPES.map((value) => ({
    value,
    label: t(`options.repayment.${value}`),
  }));
  const timings = DRAW_TIMINGS.map((value) => ({ value, label: t(`options.drawTiming.${value}`) }));
  const treatments = CONSTRUCTION_INTEREST_TREATMENTS.map((value) => ({
    value,
    label: t(`options.constructionInterest.${value}`),
  }));
  // The draws and the items a loan pays for reshape the loan, which only the base can do.
  const changeLoan = (index: number, change: (loan: Loan) => Loan) => {
    const checked = view.changeBase((file: ScenarioFile) => {
      const loan = file.financing.loans[index];
      return check(loan ? setIn(file, ['financing', 'loans', index], change(loan)) : file);
    });
    if (!checked.ok)
      notify(
        'error',
        t('editor.grid.refused'),
        checked.issues.map((issue) => t('files.issueAt', { ...scenarioIssue(issue) })),
      );
  };
  const toggleFinanced = (index: number, itemId: string, on: boolean) =>
    changeLoan(index, ({ finances, ...rest }) => {
      const next = (finances ?? []).filter((id) => id !== itemId);
      if (on) next.push(itemId);
      return next.length === 0 ? rest : { ...rest, finances: next };
    });
  const addDraw = (index: number) =>
    changeLoan(index, (loan) => {
      const draws = loan.draws ?? [];
      const last = draws.at(-1);
      return {
        ...loan,
        draws:
          last === undefined
            ? [{ year: loan.drawdownYear, amount: loan.amount }]
            : [...draws, { year: last.year + 1, amount: '0' }],
      };
    });
  const removeDraw = (index: number, position: number) =>
    changeLoan(index, ({ draws, ...rest }) => {
      const next = (draws ?? []).filter((_, at) => at !== position);
      return next.length === 0 ? rest : { ...rest, draws: next };
    });
  return (
    <Section id="section-financing" title={t('editor.sections.financing')}>
      <EditableGrid<Loan>
        list={['financing', 'loans']}
        items={scenario.financing.loans}
        caption={t('fields.financing.loans._')}
        hideCaption
        empty={t('editor.empty.loans')}
        addLabel={t('editor.add.loan')}
        itemLabel={(index) => t('fields.financing.loans._item', { n: index + 1 })}
        newItem={() => ({
          id: uniqueId(view.file, 'loan'),
          name: t('editor.new.loan'),
          amount: '0',
          rate: '0.04',
          termYears: Math.min(5, scenario.project.horizonYears),
          graceYears: 0,
          repayment: 'annuity',
          drawdownYear: 0,
        })}
        columns={[
          {
            key: 'name',
            header: t('fields.financing.loans.name'),
            codec: codecs.text,
          },
          {
            key: 'amount',
            header: `${t('fields.financing.loans.amount')} (${codecs.amountUnit})`,
            width: '10rem',
            codec: codecs.amount,
          },
          {
            key: 'rate',
            header: `${t('fields.financing.loans.rate')} (%)`,
            width: '6.5rem',
            codec: codecs.percent,
          },
          {
            key: 'termYears',
            header: t('fields.financing.loans.termYears'),
            width: '5.5rem',
            codec: codecs.whole,
          },
        ]}
        details={(loan, index) => (
          <FieldRow cols={2}>
            <SelectField
              path={['financing', 'loans', index, 'repayment']}
              label={t('fields.financing.loans.repayment')}
              options={repayments}
            />
            <CodecField
              path={['financing', 'loans', index, 'graceYears']}
              label={t('fields.financing.loans.graceYears')}
              codec={codecs.whole}
            />
            <CodecField
              path={['financing', 'loans', index, 'drawdownYear']}
              label={t('fields.financing.loans.drawdownYear')}
              codec={codecs.whole}
            />
            <CodecField
              path={['financing', 'loans', index, 'lender']}
              label={t('fields.financing.loans.lender')}
              codec={codecs.optionalText}
            />
            <SelectField
              path={['financing', 'loans', index, 'drawTiming']}
              label={t('fields.financing.loans.drawTiming')}
              description={t('editor.hints.drawTiming')}
              options={timings}
            />
            <SelectField
              path={['financing', 'loans', index, 'constructionInterest']}
              label={t('fields.financing.loans.constructionInterest')}
              options={treatments}
            />
            <Stack gap={4} role="group" aria-label={t('fields.financing.loans.finances._')}>
              <Text size="sm" fw={500}>
                {t('fields.financing.loans.finances._')}
              </Text>
              <Text size="xs" c="dimmed">
                {t('editor.hints.finances')}
              </Text>
              {scenario.capex.map((item) => (
                <Checkbox
                  key={item.id}
                  label={item.name}
                  checked={loan.finances?.includes(item.id) ?? false}
                  disabled={!view.isBase}
                  onChange={(event) => toggleFinanced(index, item.id, event.currentTarget.checked)}
                />
              ))}
            </Stack>
            <Stack gap={4} role="group" aria-label={t('fields.financing.loans.draws._')}>
              <Text size="sm" fw={500}>
                {t('fields.financing.loans.draws._')}
              </Text>
              <Text size="xs" c="dimmed">
                {t('editor.hints.draws')}
              </Text>
              {(loan.draws ?? []).map((_, position) => {
                const item = t('fields.financing.loans.draws._item', { n: position + 1 });
                return (
                  <Group key={position} gap="xs" wrap="nowrap" align="flex-start">
                    <CodecField
                      path={['financing', 'loans', index, 'draws', position, 'year']}
                      label={t('editor.grid.cell', {
                        item,
                        column: t('fields.financing.loans.draws.year'),
                      })}
                      codec={codecs.whole}
                    />
                    <CodecField
                      path={['financing', 'loans', index, 'draws', position, 'amount']}
                      label={t('editor.grid.cell', {
                        item,
                        column: t('fields.financing.loans.draws.amount'),
                      })}
                      codec={codecs.amount}
                      unit={codecs.amountUnit}
                    />
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      mt={28}
                      disabled={!view.isBase}
                      aria-label={t('editor.grid.remove', { name: item })}
                      onClick={() => removeDraw(index, position)}
                    >
                      <span aria-hidden>✕</span>
                    </ActionIcon>
                  </Group>
                );
              })}
              <Group>
                <Button
                  size="compact-xs"
                  variant="subtle"
                  disabled={!view.isBase}
                  onClick={() => addDraw(index)}
                >
                  {t('editor.add.draw')}
                </Button>
              </Group>
            </Stack>
          </FieldRow>
        )}
      />
    </Section>
  );
}
