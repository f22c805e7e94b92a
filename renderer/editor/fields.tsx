import { Checkbox, NativeSelect, SimpleGrid, Text, Textarea, TextInput } from '@mantine/core';
import {
  createContext,
  memo,
  useCallback,
  useContext,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { useTranslation } from 'react-i18next';
import { valueAt, type Draft, type FieldPath, type FieldValue } from '../document/scenario-edits';
import { numberSymbols } from '../format/number-symbols';
import { useSettings } from '../settings/settings-context';
import { useIssueText } from '../i18n/issue-text';
import type { Codec } from './codecs';
import type { ScenarioView } from './scenario-view';
import classes from './fields.module.css';

const ViewContext = createContext<ScenarioView | null>(null);

export function ScenarioViewProvider({
  view,
  children,
}: {
  view: ScenarioView;
  children: ReactNode;
}) {
  return <ViewContext.Provider value={view}>{children}</ViewContext.Provider>;
}

export function useView(): ScenarioView {
  const view = useContext(ViewContext);
  if (!view) throw new Error('Editor fields need a ScenarioViewProvider above them.');
  return view;
}

type LooseT = (key: string, options?: Record<string, unknown>) => string;

function samePath(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((segment, index) => segment === b[index]);
}

/** Why a field's text was not taken, in the language shown; null when it was. */
export function useDraftMessage(draft: Draft | undefined): string | null {
  const { t } = useTranslation();
  const { language } = useSettings();
  const { scenarioIssue } = useIssueText();
  if (!draft) return null;
  if (draft.problem.kind === 'parse') {
    const { decimal, group } = numberSymbols(language);
    return (t as unknown as LooseT)(`parse.${draft.problem.code}`, { decimal, group });
  }
  const first = draft.problem.issues[0];
  if (!first) return null;
  const text = scenarioIssue(first);
  // A cross-field rule may land on another field (salvage above a lowered cost): name it.
  const here = samePath(first.path, draft.path) || first.path[0] === 'scenarios';
  return here ? text.message : t('files.issueAt', { field: text.field, message: text.message });
}

export interface FieldProps {
  readonly path: FieldPath;
  readonly label: string;
  /** In grid cells the column header says what the field is; the label is for screen readers. */
  readonly hideLabel?: boolean;
  readonly description?: string;
  readonly disabled?: boolean;
  readonly className?: string | undefined;
}

/**
 * A text box bound to one field of the scenario. Every keystroke is an edit: parsed and checked,
 * then taken, or kept as typed with the reason shown under the box. While the box has focus it
 * keeps the text as typed (no reformatting under the caret); it shows the stored value formatted
 * when it loses focus, and follows undo and redo at any time.
 */
export function CodecField({
  path,
  label,
  hideLabel,
  description,
  disabled,
  className,
  codec,
  unit,
  multiline,
}: FieldProps & {
  readonly codec: Codec;
  readonly unit?: string | undefined;
  readonly multiline?: boolean;
}) {
  const view = useView();
  const stored = valueAt(view.scenario, path);
  const draft = view.draftOf(path);
  const error = useDraftMessage(draft);
  const [typed, setTyped] = useState<{ text: string; value: FieldValue } | null>(null);

  const matchesTyped =
    typed !== null &&
    (Array.isArray(typed.value) && Array.isArray(stored)
      ? typed.value.join() === stored.join()
      : Object.is(typed.value, stored));
  const text = draft ? draft.text : matchesTyped ? typed.text : codec.format(stored);

  // The box below is memoised and every edit re-renders the whole editor: its handlers must keep
  // their identity, so they read the latest field state through a ref.
  const latest = useRef({ view, path, codec, draft });
  latest.current = { view, path, codec, draft };
  const onChange = useCallback((next: string) => {
    const { view: current, path: at, codec: parse } = latest.current;
    const parsed = parse.parse(next);
    if (parsed.ok) {
      setTyped({ text: next, value: parsed.value });
      current.commit(at, parsed.value, next);
    } else {
      setTyped(null);
      current.draft(at, next, parsed.code);
    }
  }, []);
  const onBlur = useCallback(() => {
    setTyped(null);
    latest.current.view.seal();
  }, []);
  const onEscape = useCallback(() => {
    if (!latest.current.draft) return false;
    setTyped(null);
    latest.current.view.discard(latest.current.path);
    return true;
  }, []);

  return (
    <FieldBox
      label={label}
      hideLabel={hideLabel === true}
      description={description}
      disabled={disabled === true}
      className={className}
      text={text}
      error={error}
      numeric={codec.numeric}
      unit={unit}
      multiline={multiline === true}
      onChange={onChange}
      onBlur={onBlur}
      onEscape={onEscape}
    />
  );
}

interface FieldBoxProps {
  readonly label: string;
  readonly hideLabel: boolean;
  readonly description: string | undefined;
  readonly disabled: boolean;
  readonly className: string | undefined;
  readonly text: string;
  readonly error: string | null;
  readonly numeric: boolean;
  readonly unit: string | undefined;
  readonly multiline: boolean;
  onChange(text: string): void;
  onBlur(): void;
  /** True when Escape dropped a draft (and so should not do anything else). */
  onEscape(): boolean;
}

/** The input itself: re-rendered only when what it shows changes. */
const FieldBox = memo(function FieldBox(props: FieldBoxProps) {
  const { label, hideLabel, description, disabled, className, text, error, numeric, unit } = props;
  const common = {
    label: hideLabel ? undefined : label,
    'aria-label': hideLabel ? label : undefined,
    description,
    disabled,
    value: text,
    error,
    className,
    onBlur: props.onBlur,
    onKeyDown: (event: React.KeyboardEvent) => {
      if (event.key === 'Escape' && props.onEscape()) event.preventDefault();
    },
  };
  if (props.multiline) {
    return (
      <Textarea
        {...common}
        autosize
        minRows={2}
        maxRows={8}
        onChange={(event) => props.onChange(event.currentTarget.value)}
      />
    );
  }
  return (
    <TextInput
      {...common}
      {...(numeric
        ? {
            classNames: { input: classes.number },
            inputMode: 'decimal' as const,
            spellCheck: false,
          }
        : {})}
      {...(unit
        ? {
            rightSection: (
              <Text size="xs" c="dimmed" aria-hidden>
                {unit}
              </Text>
            ),
            rightSectionWidth: Math.max(36, unit.length * 10 + 12),
            rightSectionPointerEvents: 'none' as const,
          }
        : {})}
      autoComplete="off"
      onChange={(event) => props.onChange(event.currentTarget.value)}
    />
  );
});

export interface Option {
  readonly value: string;
  readonly label: string;
}

/** A choice from a list, bound to one field; a choice takes effect at once. */
export function SelectField({
  path,
  label,
  hideLabel,
  description,
  disabled,
  className,
  options,
  onSelect,
}: FieldProps & {
  readonly options: readonly Option[];
  /** Replaces the plain field edit (a change of kind that reshapes the item). */
  readonly onSelect?: (value: string) => void;
}) {
  const view = useView();
  const stored = valueAt(view.scenario, path);
  const draft = view.draftOf(path);
  const error = useDraftMessage(draft);
  const value = typeof stored === 'string' ? stored : '';
  const latest = useRef({ view, path, onSelect });
  latest.current = { view, path, onSelect };
  const onChange = useCallback((next: string) => {
    const { view: current, path: at, onSelect: select } = latest.current;
    if (select) select(next);
    else current.commit(at, next, next);
  }, []);
  return (
    <SelectBox
      label={label}
      hideLabel={hideLabel === true}
      description={description}
      disabled={disabled === true}
      className={className}
      error={error}
      value={value}
      options={options}
      onChange={onChange}
    />
  );
}

interface SelectBoxProps {
  readonly label: string;
  readonly hideLabel: boolean;
  readonly description: string | undefined;
  readonly disabled: boolean;
  readonly className: string | undefined;
  readonly error: string | null;
  readonly value: string;
  readonly options: readonly Option[];
  onChange(value: string): void;
}

const sameOptions = (a: readonly Option[], b: readonly Option[]) =>
  a.length === b.length &&
  a.every((option, index) => option.value === b[index]?.value && option.label === b[index]?.label);

const SelectBox = memo(
  function SelectBox(props: SelectBoxProps) {
    const { label, hideLabel, description, disabled, className, error, value, options } = props;
    const known = options.some((option) => option.value === value);
    return (
      <NativeSelect
        label={hideLabel ? undefined : label}
        aria-label={hideLabel ? label : undefined}
        description={description}
        disabled={disabled}
        className={className}
        error={error}
        value={value}
        data={known || value === '' ? [...options] : [...options, { value, label: value }]}
        onChange={(event) => props.onChange(event.currentTarget.value)}
      />
    );
  },
  (before, after) =>
    before.label === after.label &&
    before.hideLabel === after.hideLabel &&
    before.description === after.description &&
    before.disabled === after.disabled &&
    before.className === after.className &&
    before.error === after.error &&
    before.value === after.value &&
    before.onChange === after.onChange &&
    sameOptions(before.options, after.options),
);

/** A yes/no field. */
export function CheckField({
  path,
  label,
  hideLabel,
  description,
  disabled,
  className,
}: FieldProps) {
  const view = useView();
  const draft = view.draftOf(path);
  const error = useDraftMessage(draft);
  const latest = useRef({ view, path });
  latest.current = { view, path };
  const onChange = useCallback((checked: boolean) => {
    latest.current.view.commit(latest.current.path, checked, String(checked));
  }, []);
  return (
    <CheckBox
      label={label}
      hideLabel={hideLabel === true}
      description={description}
      disabled={disabled === true}
      className={className}
      error={error}
      checked={valueAt(view.scenario, path) === true}
      onChange={onChange}
    />
  );
}

const CheckBox = memo(function CheckBox(props: {
  readonly label: string;
  readonly hideLabel: boolean;
  readonly description: string | undefined;
  readonly disabled: boolean;
  readonly className: string | undefined;
  readonly error: string | null;
  readonly checked: boolean;
  onChange(checked: boolean): void;
}) {
  return (
    <Checkbox
      label={props.hideLabel ? undefined : props.label}
      aria-label={props.hideLabel ? props.label : undefined}
      description={props.description}
      disabled={props.disabled}
      className={props.className}
      error={props.error}
      checked={props.checked}
      onChange={(event) => props.onChange(event.currentTarget.checked)}
    />
  );
});

/** Fields side by side (one per line on narrow windows), lined up on their input boxes. */
export function FieldRow({
  cols,
  align = 'end',
  children,
}: {
  cols: number;
  /** `start` for blocks of several fields side by side, which should line up at the top. */
  align?: 'start' | 'end';
  children: ReactNode;
}) {
  return (
    <SimpleGrid
      cols={{ base: 1, sm: cols }}
      spacing="sm"
      className={align === 'end' ? classes.row : undefined}
    >
      {children}
    </SimpleGrid>
  );
}
