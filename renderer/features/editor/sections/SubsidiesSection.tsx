import { Button, Checkbox, Menu, NativeSelect, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Subsidy } from '../../../../shared/scenario';
import { uniqueId } from '../../../services/document/scenario-edits';
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
import { useRefusal } from '../use-refusal';
import { SectionWarnings } from '../SectionWarnings';
import { NotesField } from '../NotesField';
import { Section } from './Section';

const TYPES = ['capex-grant', 'lump-sum', 'service-voucher', 'interest-subsidy'] as const;

/** Both flags of a grant's tax treatment at once: taxable keeps the base, untaxed reduces it. */
function treatmentEdits(index: number, taxable: boolean) {
  return [
    { path: ['subsidies', index, 'taxable'], value: taxable, text: String(taxable) },
    {
      path: ['subsidies', index, 'reducesDepreciableBase'],
      value: !taxable,
      text: String(!taxable),
    },
  ];
}

/** A grant is counted once: taxed when received, or not taxed with its spending not deductible. */
function GrantTaxable({ index, label }: { index: number; label: string }) {
  const view = useViewRead();
  const grant = view.scenario.subsidies[index];
  return (
    <Checkbox
      aria-label={label}
      checked={grant?.taxable === true}
      onChange={(event) => view.commitAll(treatmentEdits(index, event.currentTarget.checked))}
    />
  );
}

function GrantTreatment({ index }: { index: number }) {
  const { t } = useTranslation();
  const view = useViewRead();
  const grant = view.scenario.subsidies[index];
  return (
    <NativeSelect
      label={t('fields.subsidies.taxTreatment')}
      description={t('editor.hints.grantTreatment')}
      value={grant?.taxable === false ? 'non-taxable' : 'taxable'}
      data={(['taxable', 'non-taxable'] as const).map((value) => ({
        value,
        label: t(`options.grantTreatment.${value}`),
      }))}
      onChange={(event) =>
        view.commitAll(treatmentEdits(index, event.currentTarget.value === 'taxable'))
      }
    />
  );
}

export function SubsidiesSection() {
  const { t } = useTranslation();
  const view = useViewRead();
  const report = useRefusal();
  const { scenario } = view;
  const codecs = useCodecs(scenario.project.currency);
  const unit = codecs.amountUnit;
  const loans = scenario.financing.loans.map((loan) => ({ value: loan.id, label: loan.name }));
  const firstYear = Math.min(1, scenario.project.horizonYears);
  // A grant on no eligible item would be zero, which the file refuses: say how to make one count.
  const grantable = scenario.capex.some((item) => item.eligibility.grants);

  const create = (type: (typeof TYPES)[number]): Subsidy => {
    const common = {
      id: uniqueId(view.file, 'subsidy'),
      name: t(`options.subsidyType.${type}`),
      grantor: t('editor.new.grantor'),
    };
    const disbursement = [{ year: firstYear, share: '1' }];
    switch (type) {
      case 'capex-grant':
        return {
          ...common,
          type,
          rate: '0.2',
          disbursement,
          taxable: true,
          reducesDepreciableBase: false,
        };
      case 'lump-sum':
      case 'service-voucher':
        return { ...common, type, amount: '0', disbursement, taxable: true };
      case 'interest-subsidy': {
        const loan = scenario.financing.loans[0];
        return {
          ...common,
          type,
          loanId: loan?.id ?? 'loan',
          ratePoints: '0.01',
          years: Math.max(1, Math.min(3, loan?.termYears ?? 1)),
          taxable: true,
        };
      }
    }
  };

  const addMenu = (
    <Menu position="bottom-start">
      <Menu.Target>
        <Button size="xs" variant="light" disabled={!view.isBase}>
          {t('editor.add.subsidy')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {TYPES.map((type) => (
          <Menu.Item
            key={type}
            disabled={
              (type === 'interest-subsidy' && loans.length === 0) ||
              (type === 'capex-grant' && !grantable)
            }
            onClick={() => report(view.add(['subsidies'], create(type)))}
          >
            {t(`options.subsidyType.${type}`)}
          </Menu.Item>
        ))}
        {!grantable && (
          <Text size="xs" c="dimmed" px="sm" pb={4} maw={320}>
            {t('editor.hints.capexGrantNeedsItem')}
          </Text>
        )}
        {loans.length === 0 && (
          <Text size="xs" c="dimmed" px="sm" pb={4}>
            {t('editor.hints.interestSubsidyNeedsLoan')}
          </Text>
        )}
      </Menu.Dropdown>
    </Menu>
  );

  return (
    <Section id="section-subsidies" title={t('editor.sections.subsidies')}>
      <SectionWarnings section="subsidies" />
      <EditableGrid<Subsidy>
        list={['subsidies']}
        items={scenario.subsidies}
        caption={t('fields.subsidies._')}
        hideCaption
        empty={t('editor.empty.subsidies')}
        addLabel={t('editor.add.subsidy')}
        addMenu={addMenu}
        newItem={null}
        itemLabel={(index) => t('fields.subsidies._item', { n: index + 1 })}
        columns={[
          {
            key: 'name',
            header: t('fields.subsidies.name'),
            codec: codecs.text,
          },
          {
            key: 'type',
            header: t('fields.subsidies.type'),
            width: '8rem',
            render: (item) => (
              <Text size="sm" pt={6}>
                {t(`options.subsidyType.${item.type}`)}
              </Text>
            ),
          },
          {
            key: 'value',
            header: t('editor.subsidyValue'),
            numeric: true,
            width: '9rem',
            reads: [codecs],
            render: (item, index, label) =>
              item.type === 'capex-grant' ? (
                <CodecField
                  path={['subsidies', index, 'rate']}
                  label={label}
                  hideLabel
                  codec={codecs.percent}
                  unit="%"
                />
              ) : item.type === 'interest-subsidy' ? (
                <CodecField
                  path={['subsidies', index, 'ratePoints']}
                  label={label}
                  hideLabel
                  codec={codecs.percent}
                  unit="%"
                />
              ) : (
                <CodecField
                  path={['subsidies', index, 'amount']}
                  label={label}
                  hideLabel
                  codec={codecs.amount}
                  unit={unit}
                />
              ),
          },
          {
            key: 'taxable',
            header: t('fields.subsidies.taxable'),
            width: '5.5rem',
            render: (item, index, label) => (
              <Stack pt={6} align="center">
                {item.type === 'capex-grant' ? (
                  <GrantTaxable index={index} label={label} />
                ) : (
                  <CheckField path={['subsidies', index, 'taxable']} label={label} hideLabel />
                )}
              </Stack>
            ),
          },
        ]}
        details={(item, index) => (
          <FieldRow cols={2} align="start">
            <CodecField
              path={['subsidies', index, 'grantor']}
              label={t('fields.subsidies.grantor')}
              codec={codecs.text}
            />
            {item.type === 'capex-grant' && (
              <CodecField
                path={['subsidies', index, 'cap']}
                label={t('fields.subsidies.cap')}
                codec={codecs.optionalAmount}
                unit={unit}
              />
            )}
            {item.type === 'capex-grant' && <GrantTreatment index={index} />}
            {(item.type === 'lump-sum' || item.type === 'service-voucher') && !item.taxable && (
              <Text size="xs" c="dimmed">
                {t('editor.hints.nonTaxableSubsidy')}
              </Text>
            )}
            {item.type === 'interest-subsidy' && (
              <Text size="xs" c="dimmed">
                {t('editor.hints.interestSubsidyEquity')}
              </Text>
            )}
            {item.type === 'interest-subsidy' ? (
              <>
                <SelectField
                  path={['subsidies', index, 'loanId']}
                  label={t('fields.subsidies.loanId')}
                  options={loans}
                />
                <CodecField
                  path={['subsidies', index, 'years']}
                  label={t('fields.subsidies.years')}
                  codec={codecs.whole}
                />
              </>
            ) : (
              <ScheduleEditor
                path={['subsidies', index, 'disbursement']}
                label={t('fields.subsidies.disbursement._')}
              />
            )}
            <NotesField list="subsidies" index={index} />
          </FieldRow>
        )}
      />
    </Section>
  );
}
