import { Fieldset, NativeSelect, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  CAPEX_CATEGORIES,
  DEPRECIATION_METHODS,
  type CapexItem,
} from '../../../../shared/scenario';
import { check, setIn, uniqueId } from '../../../services/document/scenario-edits';
import { useNotices } from '../../../services/ui/notices';
import { useIssueText } from '../../../services/texts/issue-text';
import { EditableGrid } from '../EditableGrid';
import {
  CheckField,
  CodecField,
  SelectField,
  useViewRead,
  FieldRow,
} from '../../../services/fields/fields';
import { ScheduleEditor } from '../ScheduleEditor';
import { useCodecs } from '../../../services/fields/use-codecs';
import { NotesField } from '../NotesField';
import { Section } from './Section';

export function InvestmentSection() {
  const { t } = useTranslation();
  const view = useViewRead();
  const { scenario } = view;
  const codecs = useCodecs(scenario.project.currency);
  const unit = codecs.amountUnit;
  const categories = CAPEX_CATEGORIES.map((value) => ({
    value,
    label: t(`options.category.${value}`),
  }));
  const methods = DEPRECIATION_METHODS.map((value) => ({
    value,
    label: t(`options.depreciation.${value}`),
  }));

  const { notify } = useNotices();
  const { scenarioIssue } = useIssueText();
  type Kind = 'initial' | 'depreciate' | 'expense';
  // Initial or maintenance investment reshapes the item, which only the base can do.
  const setKind = (index: number, kind: Kind) => {
    const checked = view.changeBase((file) => {
      const item = file.capex[index];
      if (!item) return check(file);
      const { maintenance, ...rest } = item;
      const next: CapexItem =
        kind === 'initial'
          ? rest
          : {
              ...rest,
              maintenance: {
                treatment: kind,
                ...(maintenance?.everyYears === undefined
                  ? {}
                  : { everyYears: maintenance.everyYears }),
              },
              // A maintenance outlay is not funded by a capex grant.
              eligibility: { ...rest.eligibility, grants: false },
            };
      return check(setIn(file, ['capex', index], next));
    });
    if (!checked.ok)
      notify(
        'error',
        t('editor.grid.refused'),
        checked.issues.map((issue) => t('files.issueAt', { ...scenarioIssue(issue) })),
      );
  };
  const kinds = (['initial', 'depreciate', 'expense'] as const).map((value) => ({
    value,
    label: t(`options.maintenance.${value}`),
  }));

  const setMethod = (index: number, method: string) => {
    const item = scenario.capex[index];
    if (!item) return;
    const factor = method === 'declining-balance' ? (item.depreciation.factor ?? '1.5') : undefined;
    view.commitAll([
      { path: ['capex', index, 'depreciation', 'method'], value: method, text: method },
      { path: ['capex', index, 'depreciation', 'factor'], value: factor, text: factor ?? '' },
    ]);
  };

  return (
    <Section id="section-investment" title={t('editor.sections.investment')}>
      <EditableGrid<CapexItem>
        list={['capex']}
        items={scenario.capex}
        caption={t('fields.capex._')}
        hideCaption
        empty={t('editor.empty.capex')}
        addLabel={t('editor.add.capex')}
        itemLabel={(index) => t('fields.capex._item', { n: index + 1 })}
        newItem={() => ({
          id: uniqueId(view.file, 'item'),
          name: t('editor.new.capex'),
          category: 'equipment',
          amount: '0',
          payments: [{ year: 0, share: '1' }],
          depreciation: { method: 'straight-line', lifeYears: 5, salvage: '0' },
          eligibility: {
            oneTimeDeduction: false,
            grants: false,
            investmentTaxCredit: false,
            superDeduction: false,
          },
          residualValue: '0',
        })}
        columns={[
          {
            key: 'name',
            header: t('fields.capex.name'),
            codec: codecs.text,
          },
          {
            key: 'category',
            header: t('fields.capex.category'),
            width: '8.5rem',
            options: categories,
          },
          {
            key: 'amount',
            header: `${t('fields.capex.amount')} (${unit})`,
            width: '9.5rem',
            codec: codecs.amount,
          },
        ]}
        details={(item, index) => (
          <FieldRow cols={2} align="start">
            <ScheduleEditor
              path={['capex', index, 'payments']}
              label={t('fields.capex.payments._')}
            />
            <Stack gap="xs">
              <NativeSelect
                label={t('fields.capex.maintenance.kind')}
                description={t('editor.hints.maintenance')}
                value={item.maintenance?.treatment ?? 'initial'}
                disabled={!view.isBase}
                data={kinds}
                onChange={(event) => setKind(index, event.currentTarget.value as Kind)}
              />
              {item.maintenance !== undefined && (
                <CodecField
                  path={['capex', index, 'maintenance', 'everyYears']}
                  label={t('fields.capex.maintenance.everyYears')}
                  description={t('editor.hints.everyYears')}
                  codec={codecs.optionalWhole}
                />
              )}
              <SelectField
                path={['capex', index, 'depreciation', 'method']}
                label={t('fields.capex.depreciation.method')}
                options={methods}
                onSelect={(value) => setMethod(index, value)}
              />
              <CodecField
                path={['capex', index, 'depreciation', 'lifeYears']}
                label={t('fields.capex.depreciation.lifeYears')}
                codec={codecs.whole}
              />
              <CodecField
                path={['capex', index, 'depreciation', 'salvage']}
                label={t('fields.capex.depreciation.salvage')}
                codec={codecs.amount}
                unit={unit}
              />
              {item.depreciation.method === 'declining-balance' && (
                <CodecField
                  path={['capex', index, 'depreciation', 'factor']}
                  label={t('fields.capex.depreciation.factor')}
                  codec={codecs.decimal}
                />
              )}
              <CodecField
                path={['capex', index, 'residualValue']}
                label={t('fields.capex.residualValue')}
                description={t('editor.hints.residualValue')}
                codec={codecs.amount}
                unit={unit}
              />
              <CodecField
                path={['capex', index, 'units']}
                label={t('fields.capex.units')}
                description={t('editor.hints.units')}
                codec={codecs.optionalWhole}
              />
              <CodecField
                path={['capex', index, 'inputVat']}
                label={t('fields.capex.inputVat')}
                description={t('editor.hints.inputVat')}
                codec={codecs.optionalAmount}
                unit={unit}
              />
            </Stack>
            <Fieldset legend={t('fields.capex.eligibility._')} variant="unstyled">
              <Stack gap={6} mt={4}>
                <CheckField
                  path={['capex', index, 'eligibility', 'oneTimeDeduction']}
                  label={t('fields.capex.eligibility.oneTimeDeduction')}
                />
                <CheckField
                  path={['capex', index, 'eligibility', 'grants']}
                  label={t('fields.capex.eligibility.grants')}
                />
                <CheckField
                  path={['capex', index, 'eligibility', 'investmentTaxCredit']}
                  label={t('fields.capex.eligibility.investmentTaxCredit')}
                />
                <CheckField
                  path={['capex', index, 'eligibility', 'superDeduction']}
                  label={t('fields.capex.eligibility.superDeduction')}
                />
                <CheckField
                  path={['capex', index, 'replacement']}
                  label={t('fields.capex.replacement')}
                  description={t('editor.hints.replacement')}
                />
              </Stack>
            </Fieldset>
            <NotesField list="capex" index={index} />
          </FieldRow>
        )}
      />
      <Text size="xs" c="dimmed">
        {t('editor.hints.capex')}
      </Text>
    </Section>
  );
}
