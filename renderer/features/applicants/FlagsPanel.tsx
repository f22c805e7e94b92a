import {
  Button,
  Checkbox,
  Group,
  List,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import type Decimal from 'decimal.js';
import { useState } from 'react';
import {
  applicantName,
  DEFAULT_THRESHOLDS,
  type CompareSettings,
  type Comparison,
  type PlausibilityThresholds,
} from '../../../shared/compare';
import { Dec } from '../../../shared/finance/decimal';
import { useApplicantsT } from '../../services/i18n/applicants';
import { NumberField } from './NumberField';
import { useFlagText } from '../../services/texts/applicant-texts';

/*
 * The thresholds of the plausibility flags, editable, and the claims they flag — each flagged
 * applicant with the officer's "checked — include", which lets it be funded.
 */

type RateThreshold = Exclude<keyof PlausibilityThresholds, 'minRampYears'>;
const RATES: readonly RateThreshold[] = [
  'productionCostReduction',
  'inspectionLabourReduction',
  'detectionAfter',
  'savingsShare',
  'irr',
  'subsidyShare',
];

export function FlagsPanel({
  comparison,
  settings,
  onChange,
  onCheck,
  checked,
  currency,
}: {
  comparison: Comparison;
  settings: CompareSettings;
  onChange: (settings: CompareSettings) => void;
  /** Marks a flagged applicant's claims checked (it may be funded), or not. */
  onCheck: (file: string, checked: boolean) => void;
  /** The files checked, as ticked: the comparison follows a moment later. */
  checked: ReadonlySet<string>;
  currency: string;
}) {
  const t = useApplicantsT();
  const flagText = useFlagText(currency);
  const [revision, setRevision] = useState(0);
  const thresholds = settings.thresholds;
  const set = (patch: Partial<PlausibilityThresholds>) =>
    onChange({ ...settings, thresholds: { ...thresholds, ...patch } });
  const zero = new Dec(0);
  const flagged = comparison.ranking.filter((row) => row.flags.length > 0);

  return (
    <Stack gap="md">
      <Paper withBorder p="md">
        <Stack gap="sm">
          <Title order={3} size="h5">
            {t('flags.thresholds')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('flags.thresholdsHint')}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} key={revision}>
            {RATES.map((name) => (
              <NumberField
                key={name}
                label={t(`flags.${name}`)}
                kind="percent"
                optional
                value={thresholds[name]}
                min={{ value: zero, message: t('notNegative') }}
                onChange={(value: Decimal | null) => set({ [name]: value })}
              />
            ))}
            <NumberField
              label={t('flags.minRampYears')}
              kind="whole"
              optional
              value={thresholds.minRampYears === null ? null : new Dec(thresholds.minRampYears)}
              min={{ value: zero, message: t('notNegative') }}
              onChange={(value) => set({ minRampYears: value === null ? null : value.toNumber() })}
            />
          </SimpleGrid>
          <div>
            <Button
              variant="default"
              onClick={() => {
                onChange({ ...settings, thresholds: DEFAULT_THRESHOLDS });
                setRevision((value) => value + 1);
              }}
            >
              {t('flags.reset')}
            </Button>
          </div>
        </Stack>
      </Paper>
      <div>
        <Title order={3} size="h5" mb="xs">
          {t('flags.flagged')}
        </Title>
        {flagged.length === 0 ? (
          <Text size="sm">{t('flags.none')}</Text>
        ) : (
          <Stack gap="sm" data-testid="flagged-applicants">
            <Text size="sm" c="dimmed">
              {t('flags.checkedHint')}
            </Text>
            {flagged.map((row) => (
              <div key={row.applicant.file}>
                <Group gap="md">
                  <Text fw={600} size="sm">
                    {applicantName(row.applicant)}
                  </Text>
                  <Checkbox
                    size="sm"
                    label={t('flags.checked')}
                    aria-label={t('flags.checkedOf', { name: applicantName(row.applicant) })}
                    checked={checked.has(row.applicant.file)}
                    onChange={(event) => onCheck(row.applicant.file, event.currentTarget.checked)}
                  />
                </Group>
                <List size="sm">
                  {row.flags.map((flag) => (
                    <List.Item key={flag.code}>{flagText(flag)}</List.Item>
                  ))}
                </List>
              </div>
            ))}
          </Stack>
        )}
      </div>
    </Stack>
  );
}
