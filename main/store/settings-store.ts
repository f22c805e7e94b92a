import type { Settings, SettingsPatch } from '../../shared/host/schemas';
import { applySettingsPatch, settingsFrom } from '../../shared/host/settings';
import { readJsonFile, SerialQueue, writeJsonFile } from './json-file';

/** The person's settings, in one JSON file of the app's data folder. */
export class SettingsStore {
  private readonly queue = new SerialQueue();

  constructor(private readonly file: string) {}

  load(): Promise<Settings> {
    return this.queue.run(async () => settingsFrom(await readJsonFile(this.file)));
  }

  update(patch: SettingsPatch): Promise<Settings> {
    return this.queue.run(async () => {
      const next = applySettingsPatch(settingsFrom(await readJsonFile(this.file)), patch);
      await writeJsonFile(this.file, next);
      return next;
    });
  }
}
