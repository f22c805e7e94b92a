import { useTranslation } from 'react-i18next';
import { RUNNING_COST_KINDS, type RunningCost } from '../../../../shared/scenario';
import { uniqueId } from '../../../services/document/scenario-edits';
import { EditableGrid } from '../EditableGrid';
import {
  CheckField,
  CodecField,
  SelectField,
  useViewRead,
  FieldRow,
} from '../../../services/fields/fields';
import { useCodecs } from '../../../services/fields/use-codecs';
import { NotesField } from '../NotesField';
import { Section } from './Section';

export function RunningCostsSection() {
  const { t } = useTranslation();
  const view = useViewRead();
  const { scenario } = view;
  const codecs = useCodecs(scenario.project.currency);
  const kinds = RUNNING_COST_KINDS.map((value) => ({
    value,
    label: t(`options.runningCostKind.${value}`),
  }));
  return (
    <Section id="section-runningCosts" title={t('editor.sections.runningCosts')}>
      <EditableGrid<RunningCost>
        list={['runningCosts']}
        items={scenario.runningCosts}
        caption={t('fields.runningCosts._')}
        hideCaption
        empty={t('editor.empty.runningCosts')}
        addLabel={t('editor.add.runningCost')}
        itemLabel={(index) => t('fields.runningCosts._item', { n: index + 1 })}
        newItem={() => ({
          id: uniqueId(view.file, 'cost'),
          name: t('editor.new.runningCost'),
          kind: 'other',
          amount: '0',
          startYear: 1,
          escalates: false,
          eligibility: { superDeduction: false },
        })}
        columns={[
          {
            key: 'name',
            header: t('fields.runningCosts.name'),
            codec: codecs.text,
          },
          {
            key: 'amount',
            header: `${t('fields.runningCosts.amount')} (${codecs.amountUnit})`,
            width: '10rem',
            codec: codecs.amount,
          },
          {
            key: 'startYear',
            header: t('fields.runningCosts.startYear'),
            width: '5.5rem',
            codec: codecs.whole,
          },
        ]}
        details={(_, index) => (
          <FieldRow cols={2}>
            <SelectField
              path={['runningCosts', index, 'kind']}
              label={t('fields.runningCosts.kind')}
              options={kinds}
            />
            <CodecField
              path={['runningCosts', index, 'endYear']}
              label={t('fields.runningCosts.endYear')}
              description={t('editor.hints.endYear')}
              codec={codecs.optionalWhole}
            />
            <CheckField
              path={['runningCosts', index, 'escalates']}
              label={t('fields.runningCosts.escalates')}
            />
            <CodecField
              path={['runningCosts', index, 'growth']}
              label={t('fields.runningCosts.growth')}
              description={t('editor.hints.growth')}
              codec={codecs.optionalPercent}
              unit="%"
            />
            <CodecField
              path={['runningCosts', index, 'series']}
              label={`${t('fields.runningCosts.series._')} (${codecs.amountUnit})`}
              description={t('editor.hints.series')}
              codec={codecs.series}
            />
            <CheckField
              path={['runningCosts', index, 'eligibility', 'superDeduction']}
              label={t('fields.runningCosts.eligibility.superDeduction')}
            />
            <NotesField list="runningCosts" index={index} />
          </FieldRow>
        )}
      />
    </Section>
  );
}
