import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import { useTranslation } from 'react-i18next';
import {
  defaultSettings,
  SettingsSchema,
  type Settings,
  type SettingsPatch,
} from '../../../shared/host/schemas';
import { applySettingsPatch } from '../../../shared/host/settings';
import { useHost } from '../host/host-context';
import { isLanguage, languageFromLocales, type Language } from '../i18n';

interface SettingsContextValue {
  readonly settings: Settings;
  /** The language shown: the setting, or the system's when the setting is `system`. */
  readonly language: Language;
  readonly update: (patch: SettingsPatch) => void;
}

const SettingsContext = createContext<SettingsContextValue | null>(null);

export function systemLanguage(): Language {
  return languageFromLocales(typeof navigator === 'undefined' ? [] : navigator.languages);
}

/**
 * Settings live in the host (the app's data folder, or the browser's storage), so they are
 * remembered across sessions. The page shows the system language at once and applies the stored
 * choice when the host answers.
 */
export function SettingsProvider({ children }: { children: ReactNode }) {
  const host = useHost();
  const { i18n } = useTranslation();
  const [settings, setSettings] = useState<Settings>(defaultSettings);
  // Until the host answers, the language the page was started in stays (no flash of another).
  const [loaded, setLoaded] = useState(host === null);

  useEffect(() => {
    if (!host) return;
    let current = true;
    host
      .getSettings()
      .then((stored) => {
        const parsed = SettingsSchema.safeParse(stored);
        if (!current) return;
        if (parsed.success) setSettings(parsed.data);
        setLoaded(true);
      })
      .catch(() => setLoaded(true));
    return () => {
      current = false;
    };
  }, [host]);

  const started = isLanguage(i18n.language) ? i18n.language : systemLanguage();
  const chosen = settings.locale === 'system' ? systemLanguage() : settings.locale;
  const language = loaded ? chosen : started;

  useEffect(() => {
    if (i18n.language !== language) void i18n.changeLanguage(language);
    // The lang attribute picks the CJK glyph variants and tells screen readers what they read.
    document.documentElement.lang = language;
  }, [i18n, language]);

  const update = useCallback(
    (patch: SettingsPatch) => {
      setLoaded(true);
      setSettings((previous) => applySettingsPatch(previous, patch));
      host
        ?.updateSettings(patch)
        .then((stored) => {
          const parsed = SettingsSchema.safeParse(stored);
          if (parsed.success) setSettings(parsed.data);
        })
        .catch(() => undefined);
    },
    [host],
  );

  const value = useMemo(() => ({ settings, language, update }), [settings, language, update]);
  return <SettingsContext.Provider value={value}>{children}</SettingsContext.Provider>;
}

export function useSettings(): SettingsContextValue {
  const value = useContext(SettingsContext);
  if (!value) throw new Error('useSettings needs a SettingsProvider above it.');
  return value;
}

/**
 * Settings fixed by the caller, with no host to read or store them: the printed report, whose
 * language comes with its request.
 */
export function FixedSettingsProvider({
  settings,
  language,
  children,
}: {
  settings: Settings;
  language: Language;
  children: ReactNode;
}) {
  const value = useMemo(
    () => ({ settings, language, update: () => undefined }),
    [settings, language],
  );
  return <SettingsContext.Provider value={value}>{children}</SettingsContext.Provider>;
}
