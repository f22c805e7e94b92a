import { Container, Stack, Tabs, Text, Title } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useView } from '../../services/fields/fields';
import { useScenarioLabel } from '../../services/session/scenario-label';
import { AnalysisClient } from './analysis-client';
import { MonteCarloPanel } from './MonteCarloPanel';
import { SwitchingPanel } from './SwitchingPanel';
import { TornadoPanel } from './TornadoPanel';
import { TwoWayPanel } from './TwoWayPanel';
import { AnalysisClientContext } from './use-analysis';

type Panel = 'tornado' | 'two-way' | 'switching' | 'monte-carlo';

/**
 * What could go wrong: sensitivities of the scenario shown, and the distribution of its NPV. The
 * analyses run in a Web Worker; only the panel shown computes, and leaving the screen stops it.
 */
export function RiskScreen() {
  const { t } = useTranslation();
  const view = useView();
  const label = useScenarioLabel();
  const client = useMemo(() => new AnalysisClient(), []);
  useEffect(() => () => client.dispose(), [client]);
  const [panel, setPanel] = useState<Panel>('tornado');
  return (
    <AnalysisClientContext.Provider value={client}>
      <Container size="xl" py="md">
        <Stack gap="md">
          <div>
            <Title order={2} size="h3">
              {t('risk.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('risk.lead', { scenario: label(view.scenarioName) })}
            </Text>
          </div>
          <Tabs
            value={panel}
            onChange={(value) => setPanel((value as Panel | null) ?? 'tornado')}
            keepMounted={false}
            variant="pills"
          >
            <Tabs.List aria-label={t('risk.panels')} mb="md">
              <Tabs.Tab value="tornado">{t('risk.tornado.tab')}</Tabs.Tab>
              <Tabs.Tab value="two-way">{t('risk.twoWay.tab')}</Tabs.Tab>
              <Tabs.Tab value="switching">{t('risk.switching.tab')}</Tabs.Tab>
              <Tabs.Tab value="monte-carlo">{t('risk.monteCarlo.tab')}</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="tornado">
              <TornadoPanel scenario={view.scenario} />
            </Tabs.Panel>
            <Tabs.Panel value="two-way">
              <TwoWayPanel scenario={view.scenario} />
            </Tabs.Panel>
            <Tabs.Panel value="switching">
              <SwitchingPanel scenario={view.scenario} />
            </Tabs.Panel>
            <Tabs.Panel value="monte-carlo">
              <MonteCarloPanel scenario={view.scenario} />
            </Tabs.Panel>
          </Tabs>
        </Stack>
      </Container>
    </AnalysisClientContext.Provider>
  );
}
