import { Badge, Button, Group, Menu, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  EFFECT_KINDS,
  EFFECT_PRESETS,
  effectFromPreset,
  effectPreset,
  type Effect,
  type ScenarioFile,
} from '../../../../shared/scenario';
import { check, setIn, uniqueId } from '../../../services/document/scenario-edits';
import { EffectChart } from '../../../services/charts/EffectChart';
import { BasisCell } from '../BasisCell';
import { EditableGrid } from '../EditableGrid';
import {
  CheckField,
  CodecField,
  SelectField,
  useViewRead,
  FieldRow,
} from '../../../services/fields/fields';
import { useBaselineLines } from '../use-baseline-lines';
import { useCodecs } from '../../../services/fields/use-codecs';
import { useRefusal } from '../use-refusal';
import { SectionWarnings } from '../SectionWarnings';
import { NotesField } from '../NotesField';
import { Section } from './Section';

const BASES = ['amount', 'baseline-share', 'defect-detection'] as const;
type Basis = (typeof BASES)[number];

type LooseT = (key: string, options?: Record<string, unknown>) => string;

/** The effect reshaped for another basis, keeping what the bases share. */
function withBasis(effect: Effect, basis: Basis, line: string): Effect {
  const { id, name, kind, ramp, startYear, escalates } = effect;
  const common = {
    id,
    name,
    kind,
    ramp,
    startYear,
    escalates,
    ...(effect.decayPerYear === undefined ? {} : { decayPerYear: effect.decayPerYear }),
    ...(effect.series === undefined ? {} : { series: effect.series }),
    ...(effect.growth === undefined ? {} : { growth: effect.growth }),
    ...(effect.endYear === undefined ? {} : { endYear: effect.endYear }),
    ...(effect.notes === undefined ? {} : { notes: effect.notes }),
  };
  const baselineLine = 'baselineLine' in effect ? effect.baselineLine : line;
  if (basis === 'amount') return { ...common, basis, fullEffect: '0' };
  if (basis === 'baseline-share') {
    return {
      ...common,
      basis,
      baselineLine,
      fullEffect: effect.basis === 'baseline-share' ? effect.fullEffect : '0',
    };
  }
  return { ...common, basis, baselineLine, detectionBefore: '0.85', detectionAfter: '0.995' };
}

export function EffectsSection() {
  const { t } = useTranslation();
  const view = useViewRead();
  const report = useRefusal();
  const { scenario } = view;
  const codecs = useCodecs(scenario.project.currency);
  const unit = codecs.amountUnit;
  const loose = t as unknown as LooseT;

  const kinds = EFFECT_KINDS.map((value) => ({ value, label: t(`options.effectKind.${value}`) }));
  const bases = BASES.map((value) => ({ value, label: t(`options.basis.${value}`) }));
  const lines = useBaselineLines();

  const addPreset = (presetId: string) => {
    report(
      view.changeBase((file: ScenarioFile) => {
        const preset = effectPreset(presetId);
        const effect = effectFromPreset(presetId, uniqueId(file, 'effect'));
        if (!preset || !effect) return { ok: true, file };
        const named = { ...effect, name: loose(`presets.${presetId}.name`) } as Effect;
        let next = setIn(file, ['effects'], [...file.effects, named]);
        const needed = preset.needsOtherCostLine;
        if (needed && !file.baseline.otherCosts.some((line) => line.id === needed.id)) {
          next = setIn(
            next,
            ['baseline', 'otherCosts'],
            [
              ...file.baseline.otherCosts,
              { id: needed.id, name: loose(`presets.${presetId}.line`), amount: '0' },
            ],
          );
        }
        return check(next);
      }),
    );
  };

  const setBasis = (index: number, basis: string) => {
    report(
      view.changeBase((file) => {
        const effect = file.effects[index];
        if (!effect || !BASES.includes(basis as Basis)) return { ok: true, file };
        return check(
          setIn(file, ['effects', index], withBasis(effect, basis as Basis, 'productionCost')),
        );
      }),
    );
  };

  const addMenu = (
    <Menu position="bottom-start" width={360}>
      <Menu.Target>
        <Button size="xs" variant="light" disabled={!view.isBase}>
          {t('editor.add.effect')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item
          onClick={() =>
            report(
              view.add(['effects'], {
                id: uniqueId(view.file, 'effect'),
                name: t('editor.new.effect'),
                kind: 'custom',
                basis: 'amount',
                fullEffect: '0',
                ramp: [],
                startYear: 1,
                escalates: false,
              } satisfies Effect),
            )
          }
        >
          {t('editor.add.blankEffect')}
        </Menu.Item>
        <Menu.Label>{t('editor.add.presets')}</Menu.Label>
        {EFFECT_PRESETS.map((preset) => (
          <Menu.Item key={preset.id} onClick={() => addPreset(preset.id)}>
            <Group gap={6} wrap="nowrap" justify="space-between">
              <Text size="sm">{loose(`presets.${preset.id}.name`)}</Text>
              <Badge
                size="xs"
                variant="light"
                color={preset.scope === 'factory' ? 'grape' : 'teal'}
              >
                {t(`presets.scope.${preset.scope}`)}
              </Badge>
            </Group>
            <Text size="xs" c="dimmed">
              {loose(`presets.${preset.id}.summary`)}
            </Text>
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );

  return (
    <Section id="section-effects" title={t('editor.sections.effects')}>
      <SectionWarnings section="effects" />
      <EditableGrid<Effect>
        list={['effects']}
        items={scenario.effects}
        caption={t('fields.effects._')}
        hideCaption
        empty={t('editor.empty.effects')}
        addLabel={t('editor.add.effect')}
        addMenu={addMenu}
        newItem={null}
        itemLabel={(index) => t('fields.effects._item', { n: index + 1 })}
        columns={[
          {
            key: 'name',
            header: t('fields.effects.name'),
            codec: codecs.text,
          },
          {
            key: 'basis',
            header: t('fields.effects.basis'),
            width: '11rem',
            wide: true,
            reads: [lines],
            render: (item, index, label) => (
              <BasisCell
                item={['effects', index]}
                basis={item.basis}
                label={label}
                lineLabel={t('editor.grid.cell', {
                  item: t('fields.effects._item', { n: index + 1 }),
                  column: t('fields.effects.baselineLine'),
                })}
                bases={bases}
                lines={lines}
                disabled={!view.isBase}
                onSelect={(value) => setBasis(index, value)}
              />
            ),
          },
          {
            key: 'fullEffect',
            header: t('fields.effects.fullEffect'),
            numeric: true,
            width: '9rem',
            reads: [codecs],
            render: (item, index, label) =>
              item.basis === 'amount' ? (
                <CodecField
                  path={['effects', index, 'fullEffect']}
                  label={label}
                  hideLabel
                  codec={codecs.amount}
                  unit={unit}
                />
              ) : item.basis === 'baseline-share' ? (
                <CodecField
                  path={['effects', index, 'fullEffect']}
                  label={label}
                  hideLabel
                  codec={codecs.percent}
                  unit="%"
                />
              ) : (
                <Stack gap={4}>
                  <CodecField
                    path={['effects', index, 'detectionBefore']}
                    label={t('editor.grid.cell', {
                      item: t('fields.effects._item', { n: index + 1 }),
                      column: t('fields.effects.detectionBefore'),
                    })}
                    hideLabel
                    codec={codecs.percent}
                    unit="%"
                  />
                  <CodecField
                    path={['effects', index, 'detectionAfter']}
                    label={t('editor.grid.cell', {
                      item: t('fields.effects._item', { n: index + 1 }),
                      column: t('fields.effects.detectionAfter'),
                    })}
                    hideLabel
                    codec={codecs.percent}
                    unit="%"
                  />
                </Stack>
              ),
          },
        ]}
        details={(item, index) => (
          <Stack gap="sm">
            <FieldRow cols={3}>
              <SelectField
                path={['effects', index, 'kind']}
                label={t('fields.effects.kind')}
                options={kinds}
              />
              <CodecField
                path={['effects', index, 'startYear']}
                label={t('fields.effects.startYear')}
                codec={codecs.whole}
              />
              <CodecField
                path={['effects', index, 'endYear']}
                label={t('fields.effects.endYear')}
                description={t('editor.hints.endYear')}
                codec={codecs.optionalWhole}
              />
            </FieldRow>
            <FieldRow cols={2}>
              <CodecField
                path={['effects', index, 'ramp']}
                label={t('fields.effects.ramp._')}
                description={t('editor.hints.ramp')}
                codec={codecs.ramp}
              />
              <CodecField
                path={['effects', index, 'decayPerYear']}
                label={t('fields.effects.decayPerYear')}
                codec={codecs.optionalPercent}
                unit="%"
              />
              <CheckField
                path={['effects', index, 'escalates']}
                label={t('fields.effects.escalates')}
              />
              <CodecField
                path={['effects', index, 'growth']}
                label={t('fields.effects.growth')}
                description={t('editor.hints.growth')}
                codec={codecs.optionalPercent}
                unit="%"
              />
            </FieldRow>
            <CodecField
              path={['effects', index, 'series']}
              label={`${t('fields.effects.series._')} (${unit})`}
              description={t('editor.hints.series')}
              codec={codecs.series}
            />
            <EffectChart effectId={item.id} name={item.name} currency={scenario.project.currency} />
            {item.preset && effectPreset(item.preset) && (
              <Text size="xs" c="dimmed">
                {t('editor.presetSource', {
                  source: loose(`presets.${effectPreset(item.preset)?.id ?? ''}.source`),
                })}
              </Text>
            )}
            <NotesField list="effects" index={index} />
          </Stack>
        )}
      />
    </Section>
  );
}
