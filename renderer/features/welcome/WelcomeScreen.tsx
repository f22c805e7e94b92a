import {
  Alert,
  Button,
  Card,
  Container,
  Group,
  SimpleGrid,
  Stack,
  Text,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { parseScenarioFile } from '../../../shared/scenario';
import { useFileCommands } from '../../services/commands/file-commands-context';
import { useSettings } from '../../services/settings/settings-context';
import { examplesIn } from './examples';
import classes from './WelcomeScreen.module.css';

/** Where a session starts: a new scenario, a file, a recent file, an example, or recovered work. */
export function WelcomeScreen() {
  const { t, i18n } = useTranslation();
  const { language } = useSettings();
  const commands = useFileCommands();
  const dateTime = useMemo(
    () => new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }),
    [language],
  );

  const exampleCards = useMemo(
    () =>
      examplesIn(language).map((example) => {
        const parsed = parseScenarioFile(example.text);
        const key = `examples.${example.id}`;
        const translated = i18n.exists(`${key}.title`);
        const title = translated
          ? t(`${key}.title` as 'app.name')
          : parsed.ok
            ? parsed.file.project.name
            : example.id;
        const summary = translated
          ? t(`${key}.summary` as 'app.name')
          : parsed.ok
            ? (parsed.file.project.company ?? '')
            : '';
        return { example, title, summary };
      }),
    [i18n, t, language],
  );

  return (
    <Container size="lg" py="lg">
      <Stack gap="lg">
        <div>
          <Title order={2}>{t('welcome.title')}</Title>
          <Text c="dimmed" maw="48rem" mt="xs">
            {t('welcome.lead')}
          </Text>
        </div>

        {commands.recoveries.length > 0 && (
          <Alert
            color="yellow"
            title={t('welcome.recover')}
            role="region"
            aria-label={t('welcome.recover')}
          >
            <Text size="sm" mb="sm">
              {t('welcome.recoverHint')}
            </Text>
            <Stack gap="xs">
              {commands.recoveries.map((recovery) => (
                <Group key={recovery.recoveryId} justify="space-between" wrap="nowrap">
                  <div>
                    <Text fw={600}>{recovery.title}</Text>
                    <Text size="sm" c="dimmed">
                      {t('welcome.recoveredAt', {
                        time: dateTime.format(new Date(recovery.savedAt)),
                      })}
                    </Text>
                  </div>
                  <Group gap="xs" wrap="nowrap">
                    <Button size="xs" onClick={() => commands.recover(recovery.recoveryId)}>
                      {t('welcome.recoverAction')}
                    </Button>
                    <Button
                      size="xs"
                      variant="default"
                      onClick={() => commands.discardRecovery(recovery.recoveryId)}
                    >
                      {t('welcome.discardAction')}
                    </Button>
                  </Group>
                </Group>
              ))}
            </Stack>
          </Alert>
        )}

        <SimpleGrid cols={{ base: 1, md: 3 }} spacing="lg">
          <Card withBorder component="section" aria-labelledby="welcome-start">
            <Title order={3} size="h4" id="welcome-start" mb="sm">
              {t('welcome.start')}
            </Title>
            <Stack gap="sm">
              <div>
                <Button fullWidth onClick={() => commands.run('new')}>
                  {t('welcome.newScenario')}
                </Button>
                <Text size="sm" c="dimmed" mt={4}>
                  {t('welcome.newScenarioHint')}
                </Text>
              </div>
              <div>
                <Button fullWidth variant="default" onClick={() => commands.run('open')}>
                  {t('welcome.openFile')}
                </Button>
                <Text size="sm" c="dimmed" mt={4}>
                  {t('welcome.openFileHint')}
                </Text>
              </div>
            </Stack>
          </Card>

          <Card withBorder component="section" aria-labelledby="welcome-recent">
            <Title order={3} size="h4" id="welcome-recent" mb="sm">
              {t('welcome.recent')}
            </Title>
            {commands.recentFiles.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('welcome.noRecent')}
              </Text>
            ) : (
              <Stack gap={4} component="ul" className={classes.list}>
                {commands.recentFiles.map((recent) => (
                  <li key={recent.recentId}>
                    <UnstyledButton
                      className={classes.entry}
                      onClick={() => commands.openRecent(recent.recentId)}
                    >
                      <Text fw={600} truncate="end">
                        {recent.name}
                      </Text>
                      <Text size="xs" c="dimmed" truncate="start">
                        {recent.location}
                      </Text>
                    </UnstyledButton>
                  </li>
                ))}
              </Stack>
            )}
          </Card>

          <Card withBorder component="section" aria-labelledby="welcome-examples">
            <Title order={3} size="h4" id="welcome-examples" mb={4}>
              {t('welcome.examples')}
            </Title>
            <Text size="sm" c="dimmed" mb="sm">
              {t('welcome.examplesHint')}
            </Text>
            {exampleCards.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('welcome.noExamples')}
              </Text>
            ) : (
              <Stack gap={4} component="ul" className={classes.list}>
                {exampleCards.map(({ example, title, summary }) => (
                  <li key={example.id}>
                    <UnstyledButton
                      className={classes.entry}
                      aria-label={t('welcome.openExample', { name: title })}
                      data-example={example.id}
                      onClick={() =>
                        commands.openText(example.text, { documentId: null, fileName: null })
                      }
                    >
                      <Text fw={600}>{title}</Text>
                      {summary && (
                        <Text size="xs" c="dimmed">
                          {summary}
                        </Text>
                      )}
                    </UnstyledButton>
                  </li>
                ))}
              </Stack>
            )}
          </Card>
        </SimpleGrid>

        <Text size="sm" c="dimmed" data-testid="app-version">
          {t('app.version', { version: __APP_VERSION__ })}
        </Text>
      </Stack>
    </Container>
  );
}
