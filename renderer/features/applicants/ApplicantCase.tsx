import { Alert, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useMemo, useRef } from 'react';
import { applicantName, aboveNecessary, type AssessedApplicant } from '../../../shared/compare';
import { parseScenarioFile, selectScenario } from '../../../shared/scenario';
import { useFormat } from '../../services/format/use-format';
import { resultsOf } from '../../services/evaluation/live-results';
import { ResultsView } from '../../services/figures/ResultsView';
import { useApplicantsT } from '../../services/i18n/applicants';
import type { SourceFile } from './load';
import { StateBadge } from './StateBadge';
import { useFlagText } from '../../services/texts/applicant-texts';

/*
 * One applicant's whole case, read-only: what the subsidy does for it and the award it needs, its
 * flags, and the investment views a finance officer sees — the key figures, the charts and the
 * yearly projection — from its file as received, evaluated by the same model (the base scenario,
 * as the comparison). "Back to the list" returns to the tab it was opened from.
 */

export function ApplicantCase({
  row,
  source,
  currency,
  onBack,
}: {
  row: AssessedApplicant;
  source: SourceFile | undefined;
  currency: string;
  onBack: () => void;
}) {
  const t = useApplicantsT();
  const format = useFormat(currency);
  const flagText = useFlagText(currency);
  const back = useRef<HTMLButtonElement>(null);
  const top = useRef<HTMLDivElement>(null);
  const a = row.applicant;
  const name = applicantName(a);
  // The file was valid when compared; evaluated again here for the views, never edited.
  const evaluated = useMemo(() => {
    if (source === undefined) return { ok: false as const, detail: a.file };
    const parsed = parseScenarioFile(source.text);
    if (!parsed.ok) return { ok: false as const, detail: parsed.issues[0]?.message ?? a.file };
    const selected = selectScenario(parsed.file);
    if (!selected.ok) return { ok: false as const, detail: selected.issues[0]?.message ?? a.file };
    try {
      const display = { locale: format.locale, scale: format.scale };
      return { ok: true as const, results: resultsOf(selected.scenario, display) };
    } catch (error) {
      return { ok: false as const, detail: error instanceof Error ? error.message : String(error) };
    }
  }, [source, a.file, format.locale, format.scale]);
  // The case starts in view, and whoever opened it by keyboard lands on the way back.
  useEffect(() => {
    top.current?.scrollIntoView?.({ block: 'start' });
    back.current?.focus({ preventScroll: true });
  }, []);
  const above = aboveNecessary(a);

  return (
    <Stack gap="md" data-testid="applicant-case" ref={top} style={{ scrollMarginTop: 64 }}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div>
          <Title order={3} size="h4">
            {t('case.title', { name })}
          </Title>
          <Text size="sm" c="dimmed">
            {a.project} · {a.file}
          </Text>
        </div>
        <Button ref={back} variant="default" onClick={onBack} data-testid="case-back">
          ← {t('case.back')}
        </Button>
      </Group>
      <Text size="xs" c="dimmed">
        {t('case.readOnly')}
      </Text>
      <Paper withBorder p="md">
        <Stack gap={6}>
          <Group gap="sm">
            <StateBadge state={a.state} />
            <Text size="sm">{t(`stateHints.${a.state}`)}</Text>
          </Group>
          <Text size="sm">
            {t('case.requested', { amount: format.amount(a.subsidyRequested) })}
          </Text>
          <Text size="sm" fw={600} data-testid="case-necessary">
            {a.necessaryAward === null
              ? t('case.necessaryNone')
              : a.necessaryAward.isZero()
                ? t('case.necessaryZero')
                : t('case.necessary', {
                    amount: format.amount(a.necessaryAward),
                    above: format.amount(above ?? a.subsidyRequested),
                  })}
          </Text>
          {a.npvBasis === 'equity' && <Text size="sm">{t('case.basisEquity')}</Text>}
          <Text size="sm" fw={600} mt={4}>
            {t('case.flags')}
          </Text>
          {row.flags.length === 0 ? (
            <Text size="sm">{t('case.noFlags')}</Text>
          ) : (
            <List size="sm">
              {row.flags.map((flag) => (
                <List.Item key={flag.code}>{flagText(flag)}</List.Item>
              ))}
            </List>
          )}
          {row.checked && (
            <Text size="sm" fw={600}>
              {t('flags.checked')}
            </Text>
          )}
        </Stack>
      </Paper>
      {evaluated.ok ? (
        <ResultsView results={evaluated.results} currency={currency} />
      ) : (
        <Alert color="red" role="alert">
          {t('case.failed', { detail: evaluated.detail })}
        </Alert>
      )}
      <div>
        <Button variant="default" onClick={onBack}>
          ← {t('case.back')}
        </Button>
      </div>
    </Stack>
  );
}
