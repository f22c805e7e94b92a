import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { WORKING_CAPITAL_CHANGES, type WorkingCapitalLine } from '../../../../shared/scenario';
import { check, setIn, uniqueId } from '../../../services/document/scenario-edits';
import { BasisCell } from '../BasisCell';
import { EditableGrid } from '../EditableGrid';
import {
  CheckField,
  CodecField,
  SelectField,
  useViewRead,
  FieldRow,
} from '../../../services/fields/fields';
import { ScheduleEditor } from '../ScheduleEditor';
import { useBaselineLines } from '../use-baseline-lines';
import { useCodecs } from '../../../services/fields/use-codecs';
import { useRefusal } from '../use-refusal';
import { NotesField } from '../NotesField';
import { Section } from './Section';

const BASES = ['amount', 'baseline-share', 'baseline-days'] as const;
type Basis = (typeof BASES)[number];

/** The line reshaped for another basis, keeping what the bases share. */
function withBasis(
  line: WorkingCapitalLine,
  basis: Basis,
  defaultLine: string,
): WorkingCapitalLine {
  const { id, name, change, timing, escalates, recoveredAtHorizon } = line;
  const common = {
    id,
    name,
    change,
    timing,
    escalates,
    recoveredAtHorizon,
    ...(line.notes === undefined ? {} : { notes: line.notes }),
  };
  const baselineLine = 'baselineLine' in line ? line.baselineLine : defaultLine;
  if (basis === 'amount') return { ...common, basis, amount: '0' };
  if (basis === 'baseline-share') return { ...common, basis, baselineLine, share: '0.05' };
  return { ...common, basis, baselineLine, days: '10' };
}

/**
 * Working capital the project changes once: stock an MES or a smart warehouse releases, or stock
 * and receivables that growth absorbs. Not taxed; a row of its own in the projection.
 */
export function WorkingCapitalSection() {
  const { t } = useTranslation();
  const view = useViewRead();
  const report = useRefusal();
  const { scenario } = view;
  const codecs = useCodecs(scenario.project.currency);
  const unit = codecs.amountUnit;
  const lines = useBaselineLines();
  const changes = WORKING_CAPITAL_CHANGES.map((value) => ({
    value,
    label: t(`options.workingCapitalChange.${value}`),
  }));
  const bases = BASES.map((value) => ({ value, label: t(`options.workingCapitalBasis.${value}`) }));

  const setBasis = (index: number, basis: string) => {
    report(
      view.changeBase((file) => {
        const line = file.workingCapital?.[index];
        if (!line || !BASES.includes(basis as Basis)) return { ok: true, file };
        return check(
          setIn(file, ['workingCapital', index], withBasis(line, basis as Basis, 'productionCost')),
        );
      }),
    );
  };

  return (
    <Section id="section-workingCapital" title={t('editor.sections.workingCapital')}>
      <EditableGrid<WorkingCapitalLine>
        list={['workingCapital']}
        items={scenario.workingCapital ?? []}
        caption={t('fields.workingCapital._')}
        hideCaption
        empty={t('editor.empty.workingCapital')}
        addLabel={t('editor.add.workingCapital')}
        itemLabel={(index) => t('fields.workingCapital._item', { n: index + 1 })}
        newItem={() => ({
          id: uniqueId(view.file, 'stock'),
          name: t('editor.new.workingCapital'),
          change: 'release',
          basis: 'amount',
          amount: '0',
          timing: [{ year: Math.min(1, scenario.project.horizonYears), share: '1' }],
          escalates: false,
          recoveredAtHorizon: false,
        })}
        columns={[
          { key: 'name', header: t('fields.workingCapital.name'), codec: codecs.text },
          {
            key: 'basis',
            header: t('fields.workingCapital.basis'),
            width: '11rem',
            reads: [lines],
            render: (item, index, label) => {
              const cell = (column: string) =>
                t('editor.grid.cell', {
                  item: t('fields.workingCapital._item', { n: index + 1 }),
                  column,
                });
              return (
                <BasisCell
                  item={['workingCapital', index]}
                  basis={item.basis}
                  label={label}
                  lineLabel={cell(t('fields.workingCapital.baselineLine'))}
                  bases={bases}
                  lines={lines}
                  disabled={!view.isBase}
                  onSelect={(value) => setBasis(index, value)}
                  before={
                    <SelectField
                      path={['workingCapital', index, 'change']}
                      label={cell(t('fields.workingCapital.change'))}
                      hideLabel
                      options={changes}
                    />
                  }
                />
              );
            },
          },
          {
            key: 'size',
            header: t('fields.workingCapital.amount'),
            numeric: true,
            width: '9rem',
            reads: [codecs],
            render: (item, index, label) => {
              // The size of the change in the basis's own unit.
              const [field, codec, shown] =
                item.basis === 'amount'
                  ? (['amount', codecs.amount, unit] as const)
                  : item.basis === 'baseline-share'
                    ? (['share', codecs.percent, '%'] as const)
                    : (['days', codecs.decimal, t('editor.days')] as const);
              return (
                <CodecField
                  path={['workingCapital', index, field]}
                  label={label}
                  hideLabel
                  codec={codec}
                  unit={shown}
                />
              );
            },
          },
        ]}
        details={(_, index) => (
          <FieldRow cols={2} align="start">
            <ScheduleEditor
              path={['workingCapital', index, 'timing']}
              label={t('fields.workingCapital.timing._')}
            />
            <Stack gap="xs">
              <CheckField
                path={['workingCapital', index, 'escalates']}
                label={t('fields.workingCapital.escalates')}
              />
              <CheckField
                path={['workingCapital', index, 'recoveredAtHorizon']}
                label={t('fields.workingCapital.recoveredAtHorizon')}
              />
              <NotesField list="workingCapital" index={index} />
            </Stack>
          </FieldRow>
        )}
      />
      <Text size="xs" c="dimmed">
        {t('editor.hints.workingCapital')}
      </Text>
    </Section>
  );
}
