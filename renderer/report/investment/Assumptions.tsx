import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { changedInputs, type ChangedInput } from '../../../shared/report/assumptions';
import { SCENARIO_SECTIONS } from '../../../shared/scenario/sections';
import { newScenarioFile } from '../../document/new-scenario';
import { fieldLabel } from '../../i18n/issue-text';
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
  return (
    <ReportSection
      id="assumptions"
      title={texts.sections.assumptions}
      intro={fill(texts.assumptions.intro, { currency: report.currencyWord })}
    >
      {changed.length === 0 && <p>{texts.assumptions.none}</p>}
      {SCENARIO_SECTIONS.map((section) => {
        const inputs = changed.filter((input) => input.section === section);
        if (inputs.length === 0) return null;
        const groups = groupsOf(inputs, itemName);
        return (
          <div key={section} className="report-assumptions" data-section={section}>
            <h3>{texts.assumptions.sections[section]}</h3>
            {groups.map((group) => {
              const entries = group.inputs.map((input) => ({ input, ...shown(input, group) }));
              const short = entries.filter((entry) => entry.value.length <= LONG_VALUE);
              const long = entries.filter((entry) => entry.value.length > LONG_VALUE);
              return (
                <div key={group.key} className="report-keep report-assumption-group">
                  {group.title !== null && <h4>{group.title}</h4>}
                  <dl className="report-pairs">
                    {short.map(({ input, label, value }) => (
                      <div
                        key={input.location.join('.')}
                        data-testid="report-assumption"
                        data-path={input.location.join('.')}
                      >
                        <dt>{label}</dt>
                        <dd>{value}</dd>
                      </div>
                    ))}
                  </dl>
                  {long.map(({ input, label, value }) => (
                    <p
                      key={input.location.join('.')}
                      className="report-small"
                      data-testid="report-assumption"
                      data-path={input.location.join('.')}
                    >
                      <span className="report-label">{label}: </span>
                      {value}
                    </p>
                  ))}
                </div>
              );
            })}
          </div>
        );
      })}
    </ReportSection>
  );
}
