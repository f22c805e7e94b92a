import { defaultSettings, SettingsSchema, type Settings, type SettingsPatch } from './schemas';

/**
 * Settings as stored, made whole: each field falls back to its default on its own, so settings
 * written by a newer version (or damaged) keep every value this version still understands.
 */
export function settingsFrom(raw: unknown): Settings {
  const record = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const shape = SettingsSchema.shape;
  const keys = Object.keys(shape) as (keyof Settings)[];
  return Object.fromEntries(
    keys.map((key) => {
      const parsed = shape[key].safeParse(record[key]);
      return [key, parsed.success ? parsed.data : defaultSettings[key]];
    }),
  ) as Settings;
}

export function applySettingsPatch(current: Settings, patch: SettingsPatch): Settings {
  const defined = Object.fromEntries(
    Object.entries(patch).filter(([, value]) => value !== undefined),
  );
  return settingsFrom({ ...current, ...defined });
}
