import { Alert, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ScenarioWarning } from '../../../shared/model';
import { useWarningText } from '../texts/warning-text';
import classes from './WarningList.module.css';

/**
 * Plausibility warnings in full: why each figure needs checking and what would be plausible.
 * Beside the fields concerned in the editor's sections, and as a summary above the results.
 */
export function WarningList({
  warnings,
  currency,
  testId,
  summary = false,
}: {
  warnings: readonly ScenarioWarning[];
  currency: string;
  testId: string;
  /** Above the results: a count first, the reasons only. */
  summary?: boolean;
}) {
  const { t } = useTranslation();
  const text = useWarningText(currency);
  if (warnings.length === 0) return null;
  return (
    <Alert
      color="orange"
      variant="light"
      title={summary ? t('warnings.summary', { count: warnings.length }) : t('warnings.title')}
      data-testid={testId}
      p="xs"
      classNames={{ root: classes.alert, title: classes.title, message: classes.message }}
    >
      <List size="sm" spacing={4}>
        {warnings.map((warning, index) => {
          const { reason, advice } = text(warning);
          return (
            <List.Item key={index} data-code={warning.code}>
              <Text size="sm" span>
                {reason}
              </Text>
              {!summary && (
                <Text size="sm">
                  <Text span fw={600} size="sm">
                    {t('warnings.plausible')}
                  </Text>{' '}
                  {advice}
                </Text>
              )}
            </List.Item>
          );
        })}
      </List>
    </Alert>
  );
}
