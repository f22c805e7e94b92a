import { useTranslation } from 'react-i18next';
import { REPAYMENT_TYPES, type Loan } from '../../../../shared/scenario';
import { uniqueId } from '../../../services/document/scenario-edits';
import { EditableGrid } from '../EditableGrid';
import { CodecField, SelectField, useView, FieldRow } from '../../../services/fields/fields';
import { useCodecs } from '../../../services/fields/use-codecs';
import { Section } from './Section';

export function FinancingSection() {
  const { t } = useTranslation();
  const view = useView();
  const { scenario } = view;
  const codecs = useCodecs(scenario.project.currency);
  const repayments = REPAYMENT_TYPES.map((value) => ({
    value,
    label: t(`options.repayment.${value}`),
  }));
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
        details={(_, index) => (
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
          </FieldRow>
        )}
      />
    </Section>
  );
}
