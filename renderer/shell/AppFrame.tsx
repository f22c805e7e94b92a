import { AppShell, Badge, Group, SegmentedControl, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentState } from '../services/session/document-context';
import { ApplicantsScreen } from '../features/applicants/ApplicantsScreen';
import { WelcomeScreen } from '../features/welcome/WelcomeScreen';
import { Workspace } from './Workspace';
import { AppMenubar } from './AppMenubar';
import { useFileCommandsState } from '../services/commands/file-commands-context';
import { LandmarkProvider, SkipLinks } from './landmarks';
import { LanguageSelect } from './LanguageSelect';
import { NoticeList } from '../services/ui/notices';
import { useShortcuts } from './use-shortcuts';
import classes from './AppFrame.module.css';

export const HEADER_HEIGHT = 52;

/** The window: header with the app's name, menus, document title and language; then the screen. */
export function AppFrame({ shortcuts }: { shortcuts: 'all' | 'text-fields' | 'none' }) {
  const { t } = useTranslation();
  // Only what the frame shows: the frame (and the AppShell around the editor) is not drawn again
  // at every edit, which would make React search the whole editor below it.
  const hasDocument = useDocumentState((api) => api.document !== null);
  const dirty = useDocumentState((api) => api.dirty);
  const title = useFileCommandsState((api) => api.title);
  const run = useFileCommandsState((api) => api.run);
  useShortcuts(shortcuts, run);
  // The finance officer's investment case, or the subsidy officer's comparison of applicants.
  const [area, setArea] = useState<'investment' | 'applicants'>('investment');

  return (
    <LandmarkProvider>
      <SkipLinks />
      <AppShell header={{ height: HEADER_HEIGHT }} padding={0}>
        <AppShell.Header>
          <Group h="100%" px="md" gap="md" wrap="nowrap" className={classes.header}>
            <Title order={1} size="h4" className={classes.appName}>
              {t('app.name')}
            </Title>
            <AppMenubar />
            <SegmentedControl
              size="xs"
              className={classes.fixed}
              aria-label={t('nav.area')}
              value={area}
              onChange={(value) => setArea(value === 'applicants' ? 'applicants' : 'investment')}
              data={[
                { value: 'investment', label: t('nav.investment') },
                { value: 'applicants', label: t('nav.applicants') },
              ]}
            />
            <Group gap="xs" wrap="nowrap" className={classes.document}>
              {area === 'investment' && title && (
                <>
                  <Text fw={600} truncate="end" data-testid="document-title">
                    {title}
                  </Text>
                  {dirty && (
                    <Badge
                      // Filled with a dark orange: its white text passes WCAG AA contrast.
                      variant="filled"
                      color="#a33a00"
                      size="sm"
                      className={classes.dirty}
                      data-testid="dirty-marker"
                    >
                      {t('app.unsaved')}
                    </Badge>
                  )}
                </>
              )}
            </Group>
            <LanguageSelect className={classes.fixed} />
          </Group>
        </AppShell.Header>
        <AppShell.Main className={classes.main}>
          <div className={classes.notices}>
            <NoticeList />
          </div>
          {area === 'applicants' ? (
            <div className={classes.area}>
              <ApplicantsScreen />
            </div>
          ) : hasDocument ? (
            <Workspace />
          ) : (
            <WelcomeScreen />
          )}
        </AppShell.Main>
      </AppShell>
    </LandmarkProvider>
  );
}
