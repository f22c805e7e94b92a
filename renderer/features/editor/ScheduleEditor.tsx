import { ActionIcon, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Dec } from '../../../shared/finance/decimal';
import { check, setIn, valueAt, type FieldPath } from '../../services/document/scenario-edits';
import { CodecField, useViewRead } from '../../services/fields/fields';
import { useCodecs } from '../../services/fields/use-codecs';
import { useRefusal } from './use-refusal';
import classes from './ScheduleEditor.module.css';

interface Part {
  readonly year: number;
  readonly share: string;
}

/**
 * When an amount is paid or received: years and shares of the total. Adding a year splits the last
 * share in two and removing one gives its share to the year before, so the shares always add up to
 * 100 % and the scenario stays valid while the person adjusts them.
 */
export function ScheduleEditor({ path, label }: { path: FieldPath; label: string }) {
  const { t } = useTranslation();
  const view = useViewRead();
  const report = useRefusal();
  const codecs = useCodecs(view.scenario.project.currency);
  const parts = (valueAt(view.scenario, path) as readonly Part[] | undefined) ?? [];

  const change = (next: readonly Part[]) => {
    report(view.changeBase((file) => check(setIn(file, path, next))));
  };

  const add = () => {
    const last = parts.at(-1);
    if (!last) return;
    const half = new Dec(last.share).div(2).toString();
    const rest = new Dec(last.share).minus(half).toString();
    change([...parts.slice(0, -1), { ...last, share: half }, { year: last.year + 1, share: rest }]);
  };

  const remove = (index: number) => {
    const removed = parts[index];
    if (!removed || parts.length < 2) return;
    const neighbour = index === 0 ? 1 : index - 1;
    change(
      parts
        .map((part, position) =>
          position === neighbour
            ? { ...part, share: new Dec(part.share).plus(removed.share).toString() }
            : part,
        )
        .filter((_, position) => position !== index),
    );
  };

  return (
    <Stack gap={4} role="group" aria-label={label}>
      <Text size="sm" fw={500}>
        {label}
      </Text>
      <Group gap="xs" wrap="nowrap" aria-hidden>
        <Text size="xs" c="dimmed" w="5.5rem" ta="right">
          {t('editor.schedule.year')}
        </Text>
        <Text size="xs" c="dimmed" w="7rem" ta="right">
          {t('editor.schedule.share')}
        </Text>
      </Group>
      {parts.map((_, index) => {
        const item = t('editor.schedule.part', { n: index + 1 });
        return (
          <Group key={index} gap="xs" wrap="nowrap" align="flex-start">
            <CodecField
              path={[...path, index, 'year']}
              label={t('editor.grid.cell', { item, column: t('editor.schedule.year') })}
              hideLabel
              codec={codecs.whole}
              className={classes.year}
            />
            <CodecField
              path={[...path, index, 'share']}
              label={t('editor.grid.cell', { item, column: t('editor.schedule.share') })}
              hideLabel
              codec={codecs.percent}
              unit="%"
              className={classes.share}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              mt={4}
              disabled={!view.isBase || parts.length < 2}
              aria-label={t('editor.schedule.remove', { n: index + 1 })}
              onClick={() => remove(index)}
            >
              <span aria-hidden>✕</span>
            </ActionIcon>
          </Group>
        );
      })}
      <Group gap="xs">
        <Button size="compact-xs" variant="subtle" disabled={!view.isBase} onClick={add}>
          {t('editor.schedule.add')}
        </Button>
        <Text size="xs" c="dimmed">
          {t('editor.schedule.hint')}
        </Text>
      </Group>
    </Stack>
  );
}
