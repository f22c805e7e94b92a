import {
  Checkbox,
  Group,
  NativeSelect,
  SimpleGrid,
  Text,
  Textarea,
  TextInput,
  Tooltip,
  UnstyledButton,
} from '@mantine/core';
import {
  createContext,
  memo,
  useCallback,
  useContext,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import { useTranslation } from 'react-i18next';
import { baseOf } from '../../../shared/scenario';
import { useEditPending } from '../session/document-context';
import { usePublished, useSubscribed, type PublishedStore } from '../document/published-store';
import { valueAt, type Draft, type FieldPath, type FieldValue } from '../document/scenario-edits';
import { useFieldWarnings } from '../session/evaluation-context';
import { useWarningText } from '../texts/warning-text';
import { numberSymbols } from '../format/number-symbols';
import { useSettings } from '../settings/settings-context';
import { useIssueText } from '../texts/issue-text';
import type { Codec } from './codecs';
import type { ScenarioView } from './scenario-view';
import { ViewReads } from './view-reads';
import { FieldReads, samePath, type FieldState } from './field-reads';
import classes from './fields.module.css';

/*
 * The view, held in a store rather than a context value (document/published-store.ts). A scenario
 * of hundreds of items has thousands of fields: each one subscribes to its own value and draft and
 * is drawn again only when they change, and the rows of the grids are memoised. A context value
 * that changed with every keystroke would make React search all of them for consumers at each key
 * (seconds per key with 500 investment items).
 */
type ViewStore = PublishedStore<ScenarioView>;

const StoreContext = createContext<ViewStore | null>(null);

export function ScenarioViewProvider({
  view,
  children,
}: {
  view: ScenarioView;
  children: ReactNode;
}) {
  // A field drawn in this render (a new row) reads this render's view; the fields that were not
  // drawn hear of it once it is committed, before the frame is painted.
  const store = usePublished(view);
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

/** The whole view: for sections, whose lists and choices follow the whole scenario. */
export function useView(): ScenarioView {
  return useSubscribed(useStore());
}

/**
 * The view for an editor section: the section is drawn again only when a part of the view it read
 * while drawn changes (view-reads.ts), not at every edit of another section.
 */
export function useViewRead(): ScenarioView {
  const store = useStore();
  const [reads] = useState(() => new ViewReads(() => store.value));
  useSyncExternalStore(store.subscribe, reads.snapshot);
  const view = reads.start();
  useLayoutEffect(() => reads.stop());
  return view;
}

function useStore(): ViewStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('Editor fields need a ScenarioViewProvider above them.');
  return store;
}

/** One field's state in the view (one subscription per field), and the latest view to write through. */
function useFieldState(path: FieldPath): FieldState & { store: ViewStore } {
  const store = useStore();
  const [reads] = useState(() => new FieldReads());
  const state = useSyncExternalStore(store.subscribe, () => reads.read(store.value, path));
  return { ...state, store };
}

type LooseT = (key: string, options?: Record<string, unknown>) => string;

/** Text typed that does not parse: it never matches a stored value. */
const UNPARSED = Symbol('unparsed');

/**
 * What marks a field besides its value: the named scenario shown changes it (with the base value
 * and a way back to it), or a plausibility check fails on it. Read as strings from the stores, so
 * a field is drawn again only when its marks change.
 */
interface FieldMarks {
  /** The base value as the field shows it, when the scenario shown overrides the field. */
  readonly base: string | null;
  /** Why the field needs checking, when it does. */
  readonly warning: string | null;
}

function useFieldMarks(
  store: ViewStore,
  path: FieldPath,
  field: FieldState,
  show: (value: unknown) => string,
): FieldMarks {
  const { t } = useTranslation();
  const baseText = field.overridden ? show(valueAt(baseOf(store.value.file), path)) : null;
  const warnings = useFieldWarnings(field.overridePath);
  const text = useWarningText(store.value.scenario.project.currency);
  return {
    base: baseText === null ? null : baseText === '' ? t('editor.override.notSet') : baseText,
    warning:
      warnings.length === 0
        ? null
        : t('warnings.fieldMark', {
            reasons: warnings.map((warning) => text(warning).reason).join(' '),
          }),
  };
}

/** Takes a field of a named scenario back to the base value: the override is removed. */
function useReset(store: ViewStore, path: FieldPath): () => void {
  const latest = useRef({ store, path });
  latest.current = { store, path };
  return useCallback(() => {
    const { store: views, path: at } = latest.current;
    const base = valueAt(baseOf(views.value.file), at) as FieldValue;
    views.value.commit(at, base, base === undefined ? '' : String(base));
    views.value.seal();
  }, []);
}

/** Under a field a named scenario changes: the base value, and the button that goes back to it. */
function OverrideNote({
  base,
  label,
  onReset,
}: {
  base: string;
  label: string;
  onReset: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Group gap={6} wrap="nowrap" className={classes.override} data-testid="override-note">
      <Text size="xs" c="dimmed" truncate="end">
        {t('editor.override.base', { value: base })}
      </Text>
      <UnstyledButton
        className={classes.reset}
        onClick={onReset}
        aria-label={t('editor.override.resetLabel', { field: label, value: base })}
      >
        {t('editor.override.reset')}
      </UnstyledButton>
    </Group>
  );
}

/** The sign beside a field that needs checking, with the reason on hover and for screen readers. */
function WarningSign({ warning }: { warning: string }) {
  return (
    <Tooltip label={warning} multiline w={320} withArrow>
      <span role="img" aria-label={warning} className={classes.warningSign}>
        ⚠
      </span>
    </Tooltip>
  );
}

/** Why a field's text was not taken, in the language shown; null when it was. */
export function useDraftMessage(draft: Draft | undefined): string | null {
  const { t } = useTranslation();
  const { language } = useSettings();
  // Read once per draw: messages name the drivers they speak of as the editor does.
  const scenario = useContext(StoreContext)?.value.scenario;
  const { scenarioIssue } = useIssueText(undefined, scenario);
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
  const field = useFieldState(path);
  const { store, stored, draft } = field;
  const pending = useEditPending(field.pendingKey);
  const error = useDraftMessage(draft);
  const marks = useFieldMarks(store, path, field, (base) => {
    const text = codec.format(base);
    return unit && text !== '' ? `${text} ${unit}` : text;
  });
  const onReset = useReset(store, path);
  const [typed, setTyped] = useState<{ text: string; value: FieldValue | typeof UNPARSED } | null>(
    null,
  );

  const matchesTyped =
    typed !== null &&
    (Array.isArray(typed.value) && Array.isArray(stored)
      ? typed.value.join() === stored.join()
      : Object.is(typed.value, stored));
  // While the typing is on its way, the box keeps what was typed (the document has the previous).
  const text =
    pending && typed !== null
      ? typed.text
      : draft
        ? draft.text
        : matchesTyped
          ? typed.text
          : codec.format(stored);

  // The box below is memoised: its handlers keep their identity and read the latest field state
  // through a ref.
  // Left while its typing was on its way: shown formatted once it is in the document.
  const leftPending = useRef(false);
  const latest = useRef({ store, path, codec, draft, pending });
  latest.current = { store, path, codec, draft, pending };
  const onChange = useCallback((next: string) => {
    const { store: views, path: at, codec: parse } = latest.current;
    const current = views.value;
    const parsed = parse.parse(next);
    leftPending.current = false;
    if (parsed.ok) {
      setTyped({ text: next, value: parsed.value });
      current.commit(at, parsed.value, next);
    } else {
      setTyped({ text: next, value: UNPARSED });
      current.draft(at, next, parsed.code);
    }
  }, []);
  useEffect(() => {
    if (pending || !leftPending.current) return;
    leftPending.current = false;
    setTyped(null);
  }, [pending]);
  const onBlur = useCallback(() => {
    if (latest.current.pending) leftPending.current = true;
    else setTyped(null);
    latest.current.store.value.seal();
  }, []);
  const onEscape = useCallback(() => {
    if (!latest.current.draft) return false;
    setTyped(null);
    latest.current.store.value.discard(latest.current.path);
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
      base={marks.base}
      warning={marks.warning}
      onChange={onChange}
      onBlur={onBlur}
      onEscape={onEscape}
      onReset={onReset}
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
  readonly base: string | null;
  readonly warning: string | null;
  onChange(text: string): void;
  onBlur(): void;
  /** True when Escape dropped a draft (and so should not do anything else). */
  onEscape(): boolean;
  onReset(): void;
}

/** Marks below a field's box, inside its wrapper (before its error): the override note. */
function marked(
  base: string | null,
  label: string,
  onReset: () => void,
): (children: ReactNode) => ReactNode {
  if (base === null) return (children) => children;
  return (children) => (
    <>
      {children}
      <OverrideNote base={base} label={label} onReset={onReset} />
    </>
  );
}

/** The input itself: re-rendered only when what it shows changes. */
const FieldBox = memo(function FieldBox(props: FieldBoxProps) {
  const { label, hideLabel, description, disabled, className, text, error, numeric, unit } = props;
  const { base, warning } = props;
  const common = {
    label: hideLabel ? undefined : label,
    'aria-label': hideLabel ? label : undefined,
    description,
    disabled,
    value: text,
    error,
    className,
    inputContainer: marked(base, label, props.onReset),
    'data-overridden': base === null ? undefined : true,
    'data-warning': warning === null ? undefined : true,
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
      classNames={{ input: numeric ? classes.number : undefined }}
      {...(numeric ? { inputMode: 'decimal' as const, spellCheck: false } : {})}
      {...(warning === null
        ? {}
        : {
            leftSection: <WarningSign warning={warning} />,
            leftSectionPointerEvents: 'auto' as const,
          })}
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
  const field = useFieldState(path);
  const { store, stored, draft } = field;
  const error = useDraftMessage(draft);
  const value = typeof stored === 'string' ? stored : '';
  const marks = useFieldMarks(store, path, field, (base) =>
    typeof base === 'string'
      ? (options.find((option) => option.value === base)?.label ?? base)
      : '',
  );
  const onReset = useReset(store, path);
  const latest = useRef({ store, path, onSelect });
  latest.current = { store, path, onSelect };
  const onChange = useCallback((next: string) => {
    const { store: views, path: at, onSelect: select } = latest.current;
    if (select) select(next);
    else views.value.choose(at, next, next);
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
      base={marks.base}
      onChange={onChange}
      onReset={onReset}
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
  readonly base: string | null;
  onChange(value: string): void;
  onReset(): void;
}

export const sameOptions = (a: readonly Option[], b: readonly Option[]) =>
  a.length === b.length &&
  a.every((option, index) => option.value === b[index]?.value && option.label === b[index]?.label);

const SelectBox = memo(
  function SelectBox(props: SelectBoxProps) {
    const { label, hideLabel, description, disabled, className, error, value, options } = props;
    const known = options.some((option) => option.value === value);
    return (
      <NativeSelect
        inputContainer={marked(props.base, label, props.onReset)}
        data-overridden={props.base === null ? undefined : true}
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
    before.base === after.base &&
    before.onChange === after.onChange &&
    before.onReset === after.onReset &&
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
  const { t } = useTranslation();
  const field = useFieldState(path);
  const { store, stored, draft } = field;
  const error = useDraftMessage(draft);
  const marks = useFieldMarks(store, path, field, (base) =>
    base === true ? t('common.yes') : base === false ? t('common.no') : '',
  );
  const onReset = useReset(store, path);
  const latest = useRef({ store, path });
  latest.current = { store, path };
  const onChange = useCallback((checked: boolean) => {
    latest.current.store.value.choose(latest.current.path, checked, String(checked));
  }, []);
  return (
    <CheckBox
      label={label}
      hideLabel={hideLabel === true}
      description={description}
      disabled={disabled === true}
      className={className}
      error={error}
      checked={stored === true}
      base={marks.base}
      onChange={onChange}
      onReset={onReset}
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
  readonly base: string | null;
  onChange(checked: boolean): void;
  onReset(): void;
}) {
  return (
    <Checkbox
      label={props.hideLabel ? undefined : props.label}
      aria-label={props.hideLabel ? props.label : undefined}
      data-overridden={props.base === null ? undefined : true}
      description={
        props.base === null ? (
          props.description
        ) : (
          <>
            {props.description}
            <OverrideNote base={props.base} label={props.label} onReset={props.onReset} />
          </>
        )
      }
      disabled={props.disabled}
      className={props.className}
      error={props.error}
      checked={props.checked}
      onChange={(event) => props.onChange(event.currentTarget.checked)}
    />
  );
});

/**
 * Fields side by side, lined up on their input boxes: as many of them on a line as the column
 * they are in holds without cutting a number or a choice (one per line in a narrow column).
 */
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
      type="container"
      cols={{ base: 1, '22rem': Math.min(cols, 2), '36rem': cols }}
      spacing="sm"
      className={align === 'end' ? classes.row : undefined}
    >
      {children}
    </SimpleGrid>
  );
}
