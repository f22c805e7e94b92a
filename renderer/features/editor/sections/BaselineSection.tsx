import { useTranslation } from 'react-i18next';
import { uniqueId } from '../../../services/document/scenario-edits';
import type { Scenario } from '../../../../shared/scenario';
import { EditableGrid } from '../EditableGrid';
import { CodecField, useViewRead, FieldRow } from '../../../services/fields/fields';
import { useCodecs } from '../../../services/fields/use-codecs';
import { Section } from './Section';

type CostLine = Scenario['baseline']['otherCosts'][number];

export function BaselineSection() {
  const { t } = useTranslation();
  const view = useViewRead();
  const { scenario } = view;
  const codecs = useCodecs(scenario.project.currency);
  const unit = codecs.amountUnit;
  return (
    <Section id="section-baseline" title={t('editor.sections.baseline')}>
      <FieldRow cols={3}>
        <CodecField
          path={['baseline', 'productionCost']}
          label={t('fields.baseline.productionCost')}
          codec={codecs.optionalAmount}
          unit={unit}
        />
        <CodecField
          path={['baseline', 'inspectionLabourCost']}
          label={t('fields.baseline.inspectionLabourCost')}
          codec={codecs.optionalAmount}
          unit={unit}
        />
        <CodecField
          path={['baseline', 'revenue']}
          label={t('fields.baseline.revenue')}
          codec={codecs.optionalAmount}
          unit={unit}
        />
      </FieldRow>
      <EditableGrid<CostLine>
        list={['baseline', 'otherCosts']}
        items={scenario.baseline.otherCosts}
        caption={t('fields.baseline.otherCosts._')}
        empty={t('editor.empty.otherCosts')}
        addLabel={t('editor.add.otherCost')}
        itemLabel={(index) => t('fields.baseline.otherCosts._item', { n: index + 1 })}
        newItem={() => ({
          id: uniqueId(view.file, 'cost-line'),
          name: t('editor.new.otherCost'),
          amount: '0',
        })}
        columns={[
          {
            key: 'name',
            header: t('fields.baseline.otherCosts.name'),
            codec: codecs.text,
          },
          {
            key: 'amount',
            header: `${t('fields.baseline.otherCosts.amount')} (${unit})`,
            width: '11rem',
            codec: codecs.amount,
          },
        ]}
      />
    </Section>
  );
}
