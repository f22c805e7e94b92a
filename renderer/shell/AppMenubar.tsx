import { AmountScaleSchema, displayScale } from '../../shared/i18n/amount-scale';
import { Menu, Menubar, Text, useMantineColorScheme, type MantineColorScheme } from '@mantine/core';
import { useOs } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { languages } from '../services/i18n';
import { useSettings } from '../services/settings/settings-context';
import { ariaShortcut, shortcutLabel, type CommandId } from '../services/commands/commands';
import { useFileCommands } from '../services/commands/file-commands-context';

/** The File, Edit and View menus of the page (in Electron the native menu has the same items). */
export function AppMenubar() {
  const { t } = useTranslation();
  const os = useOs();
  const commands = useFileCommands();
  const { settings, language, update } = useSettings();
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  const platform = os === 'macos' || os === 'ios' ? 'mac' : os === 'windows' ? 'windows' : 'other';

  const item = (command: CommandId, label: string) => {
    const shortcut = shortcutLabel(command, platform);
    return (
      <Menu.Item
        key={command}
        disabled={!commands.enabled(command)}
        onClick={() => commands.run(command)}
        rightSection={
          shortcut ? (
            <Text size="xs" c="dimmed" ml="md" aria-hidden>
              {shortcut}
            </Text>
          ) : null
        }
        aria-keyshortcuts={ariaShortcut(command, platform) ?? undefined}
      >
        {label}
      </Menu.Item>
    );
  };

  return (
    <Menubar aria-label={t('menu.label')}>
      <Menubar.Menu width={280}>
        <Menubar.Target>{t('menu.file')}</Menubar.Target>
        <Menubar.Dropdown>
          {item('new', t('menu.new'))}
          {item('open', t('menu.open'))}
          <Menu.Sub>
            <Menu.Sub.Target>
              <Menu.Sub.Item>{t('menu.openRecent')}</Menu.Sub.Item>
            </Menu.Sub.Target>
            <Menu.Sub.Dropdown>
              {commands.recentFiles.length === 0 ? (
                // Focusable (→ opens the submenu and lands here) but announced as unavailable.
                <Menu.Item aria-disabled closeMenuOnClick={false} c="dimmed">
                  {t('menu.noRecent')}
                </Menu.Item>
              ) : (
                commands.recentFiles.map((recent) => (
                  <Menu.Item
                    key={recent.recentId}
                    onClick={() => commands.openRecent(recent.recentId)}
                  >
                    {recent.name}
                  </Menu.Item>
                ))
              )}
            </Menu.Sub.Dropdown>
          </Menu.Sub>
          <Menu.Divider />
          {item('save', t('menu.save'))}
          {item('save-as', t('menu.saveAs'))}
          <Menu.Divider />
          {item('export-csv', t('menu.exportCsv'))}
          {item('export-xlsx', t('menu.exportXlsx'))}
          {item('export-formulas', t('menu.exportFormulas'))}
          {item('print-pdf', t('menu.print'))}
          <Menu.Divider />
          {item('close', t('menu.close'))}
        </Menubar.Dropdown>
      </Menubar.Menu>
      <Menubar.Menu width={240}>
        <Menubar.Target>{t('menu.edit')}</Menubar.Target>
        <Menubar.Dropdown>
          {item('undo', t('menu.undo'))}
          {item('redo', t('menu.redo'))}
        </Menubar.Dropdown>
      </Menubar.Menu>
      <Menubar.Menu width={260}>
        <Menubar.Target>{t('menu.view')}</Menubar.Target>
        <Menubar.Dropdown>
          <Menu.Label>{t('language.label')}</Menu.Label>
          <Menu.RadioGroup
            value={settings.locale}
            onChange={(value) => update({ locale: value as (typeof languages)[number] | 'system' })}
          >
            <Menu.RadioItem value="system">{t('language.system')}</Menu.RadioItem>
            {languages.map((code) => (
              <Menu.RadioItem key={code} value={code} lang={code}>
                {t(`language.${code}`)}
              </Menu.RadioItem>
            ))}
          </Menu.RadioGroup>
          <Menu.Divider />
          <Menu.Label>{t('menu.colorScheme')}</Menu.Label>
          <Menu.RadioGroup
            value={colorScheme}
            onChange={(value) => setColorScheme(value as MantineColorScheme)}
          >
            <Menu.RadioItem value="auto">{t('menu.colorSchemeAuto')}</Menu.RadioItem>
            <Menu.RadioItem value="light">{t('menu.colorSchemeLight')}</Menu.RadioItem>
            <Menu.RadioItem value="dark">{t('menu.colorSchemeDark')}</Menu.RadioItem>
          </Menu.RadioGroup>
          {language === 'zh-CN' && (
            <>
              <Menu.Divider />
              <Menu.Label>{t('menu.amounts')}</Menu.Label>
              <Menu.RadioGroup
                value={displayScale(settings.amountScale, language, 'CNY')}
                onChange={(value) => {
                  const scale = AmountScaleSchema.safeParse(value);
                  if (scale.success) update({ amountScale: scale.data });
                }}
              >
                <Menu.RadioItem value="unit">{t('menu.amountsUnit')}</Menu.RadioItem>
                <Menu.RadioItem value="ten-thousand">{t('menu.amountsTenThousand')}</Menu.RadioItem>
                <Menu.RadioItem value="hundred-million">
                  {t('menu.amountsHundredMillion')}
                </Menu.RadioItem>
              </Menu.RadioGroup>
            </>
          )}
        </Menubar.Dropdown>
      </Menubar.Menu>
    </Menubar>
  );
}
