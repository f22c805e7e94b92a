import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Dec } from '../../../../shared/finance/decimal';
import { changedInputs, type ChangedInput } from '../../../../shared/report/assumptions';
import { LISTED_ITEMS, SCHEDULE_ROWS } from '../../../../shared/report/budget';
import type { Scenario } from '../../../../shared/scenario';
import { SCENARIO_SECTIONS } from '../../../../shared/scenario/sections';
import { newScenarioFile } from '../../../services/document/new-scenario';
import { fieldLabel } from '../../../services/texts/issue-text';
import { ReportSection } from '../frame/ReportSection';
import { fill } from '../texts';
import { useAssumptionText } from './assumption-text';
import type { InvestmentContext } from './investment-context';

/** A value this long (a note) reads as a paragraph, not as a cell of the grid. */
const LONG_VALUE = 60;

interface Group {
  readonly key: string;
  /** The list item's name (`Visual-AI stations`), or null for the section's own fields. */
  readonly title: string | null;
  readonly inputs: readonly ChangedInput[];
}

/** The schedule an input is an entry of (`capex.0.payments.3.share` → `capex.0.payments`), if any. */
function scheduleOf(input: ChangedInput): string | null {
  const at = input.location.findIndex((step) => step === 'payments' || step === 'disbursement');
  return at < 0 || typeof input.location[at + 1] !== 'number'
    ? null
    : input.location.slice(0, at + 1).join('.');
}

/** The amounts of items not listed, when their items have one (investment items, costs, loans). */
function amountOf(scenario: Scenario, location: readonly (string | number)[]): Dec | null {
  let here: unknown = scenario;
  for (const step of location) here = (here as Record<string | number, unknown> | null)?.[step];
  const amount = (here as { amount?: unknown } | null)?.amount;
  return typeof amount === 'string' ? new Dec(amount) : null;
}

/** The section's own fields first, then each item of its lists with its fields. */
function groupsOf(inputs: readonly ChangedInput[], itemName: (input: ChangedInput) => string) {
  const groups = new Map<string, { title: string | null; inputs: ChangedInput[] }>();
  for (const input of inputs) {
    const item = typeof input.location[1] === 'number';
    const key = item ? input.location.slice(0, 2).join('.') : '';
    const group = groups.get(key) ?? { title: item ? itemName(input) : null, inputs: [] };
    group.inputs.push(input);
    groups.set(key, group);
  }
  return [...groups.entries()].map(([key, group]): Group => ({ key, ...group }));
}

/** Every input that differs from a blank scenario (the app's "new scenario"), by editor section. */
export function Assumptions({ context }: { context: InvestmentContext }) {
  const { t, i18n } = useTranslation();
  const { scenario, report } = context;
  const { texts } = report;
  const text = useAssumptionText(scenario, report);
  const changed = useMemo(() => {
    // The blank scenario has this project's name and start year: the cover states those.
    const blank = newScenarioFile(scenario.project.name, scenario.project.startYear);
    return changedInputs(scenario, blank);
  }, [scenario]);
  const exists = (key: string) => i18n.exists(key);
  const itemName = (input: ChangedInput) =>
    fieldLabel(input.location.slice(0, 2), t, exists, scenario);
  /** Inside an item's block, a field is named without the item: `Salvage value`. */
  const shown = (input: ChangedInput, group: Group) => {
    const { label, value } = text(input);
    const prefix = group.title === null ? '' : `${group.title} › `;
    return { label: label.startsWith(prefix) ? label.slice(prefix.length) : label, value };
  };
  /**
   * A group's entries as shown: a schedule of more than SCHEDULE_ROWS entries (forty instalments)
   * becomes one line of `year: share` pairs instead of a row per year and share.
   */
  const entriesOf = (group: Group) => {
    const schedules = new Map<string, ChangedInput[]>();
    for (const input of group.inputs) {
      const schedule = scheduleOf(input);
      if (schedule !== null) schedules.set(schedule, [...(schedules.get(schedule) ?? []), input]);
    }
    const folded = new Set(
      [...schedules].filter(([, inputs]) => inputs.length > 2 * SCHEDULE_ROWS).map(([key]) => key),
    );
    const entries: { key: string; label: string; value: string; path: string }[] = [];
    for (const input of group.inputs) {
      const schedule = scheduleOf(input);
      const path = input.location.join('.');
      if (schedule === null || !folded.has(schedule)) {
        entries.push({ key: path, path, ...shown(input, group) });
        continue;
      }
      if (input.location.at(-1) !== 'year') continue;
      if (!entries.some((entry) => entry.key === schedule)) {
        const list = schedule.endsWith('payments') ? 'payments' : 'disbursement';
        entries.push({
          key: schedule,
          path: schedule,
          label: texts.assumptions.schedules[list],
          value: '',
        });
      }
      const entry = entries.find((found) => found.key === schedule)!;
      const share = group.inputs.find(
        (other) => other.location.join('.') === [...input.location.slice(0, -1), 'share'].join('.'),
      );
      const pair = fill(texts.assumptions.scheduleEntry, {
        year: String(input.value),
        share: share ? text(share).value : '',
      });
      entry.value = entry.value === '' ? pair : `${entry.value}; ${pair}`;
    }
    return entries;
  };
  /** Items beyond LISTED_ITEMS of a section: one sentence, with their amounts when they have one. */
  const moreItems = (groups: readonly Group[]) => {
    const items = groups.filter((group) => group.title !== null);
    const rest = items.slice(LISTED_ITEMS);
    if (rest.length === 0) return null;
    const amounts = rest.map((group) =>
      amountOf(scenario, group.inputs[0]?.location.slice(0, 2) ?? []),
    );
    const total = amounts.every((amount) => amount !== null)
      ? amounts.reduce<Dec>((sum, amount) => sum.plus(amount as Dec), new Dec(0))
      : null;
    return total === null
      ? fill(texts.assumptions.moreItems, { count: rest.length })
      : fill(texts.assumptions.moreItemsTotal, {
          count: rest.length,
          total: report.format.amount(total),
        });
  };
  return (
    <ReportSection
      id="assumptions"
      title={texts.sections.assumptions}
      intro={fill(texts.assumptions.intro, {
        currency: report.format.scale === 'unit' ? report.currencyWord : report.format.amountUnit,
      })}
    >
      {changed.length === 0 && <p>{texts.assumptions.none}</p>}
      {SCENARIO_SECTIONS.map((section) => {
        const inputs = changed.filter((input) => input.section === section);
        if (inputs.length === 0) return null;
        const all = groupsOf(inputs, itemName);
        const own = all.filter((group) => group.title === null);
        const groups = [
          ...own,
          ...all.filter((group) => group.title !== null).slice(0, LISTED_ITEMS),
        ];
        const more = moreItems(all);
        return (
          <div key={section} className="report-assumptions" data-section={section}>
            <h3>{texts.assumptions.sections[section]}</h3>
            {groups.map((group) => {
              const entries = entriesOf(group);
              const short = entries.filter((entry) => entry.value.length <= LONG_VALUE);
              const long = entries.filter((entry) => entry.value.length > LONG_VALUE);
              return (
                <div key={group.key} className="report-keep report-assumption-group">
                  {group.title !== null && <h4>{group.title}</h4>}
                  <dl className="report-pairs">
                    {short.map(({ key, path, label, value }) => (
                      <div key={key} data-testid="report-assumption" data-path={path}>
                        <dt>{label}</dt>
                        <dd>{value}</dd>
                      </div>
                    ))}
                  </dl>
                  {long.map(({ key, path, label, value }) => (
                    <p
                      key={key}
                      className="report-small"
                      data-testid="report-assumption"
                      data-path={path}
                    >
                      <span className="report-label">{label}: </span>
                      {value}
                    </p>
                  ))}
                </div>
              );
            })}
            {more !== null && (
              <p className="report-small" data-testid="report-more-items">
                {more}
              </p>
            )}
          </div>
        );
      })}
    </ReportSection>
  );
}
