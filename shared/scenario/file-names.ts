/** The double extension lets the OS associate Yardstick with its files without claiming all JSON. */
export const SCENARIO_EXTENSION = '.yardstick.json';

export function isScenarioFileName(name: string): boolean {
  return name.toLowerCase().endsWith(SCENARIO_EXTENSION);
}

const windowsReserved = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\..*)?$/i;

/**
 * A file name that is safe to offer in a save dialog on every platform. The name comes from the
 * renderer (usually the project's name), so it may hold slashes, control characters or a Windows
 * device name; none of those may turn a suggestion into a path elsewhere.
 */
export function safeFileName(name: string, fallback = 'Untitled'): string {
  const cleaned = Array.from(name)
    .map((char) => (char.charCodeAt(0) < 32 || '<>:"/\\|?*'.includes(char) ? '_' : char))
    .join('')
    .replace(/^[.\s]+/, '')
    .replace(/[.\s]+$/, '')
    .slice(0, 120)
    .trim();
  if (cleaned === '' || windowsReserved.test(cleaned)) return fallback;
  return cleaned;
}

/** `name` with `extension` appended unless it already ends with it (case-insensitive). */
export function withExtension(name: string, extension: string): string {
  return name.toLowerCase().endsWith(extension.toLowerCase()) ? name : `${name}${extension}`;
}

/** The last part of a path, either separator: `/calls/2026/a.json` → `a.json`. */
export function fileNameOf(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/** The name a person reads for a path-less document, e.g. `plan.yardstick.json` → `plan`. */
export function displayName(fileName: string): string {
  const base = fileNameOf(fileName);
  if (isScenarioFileName(base)) return base.slice(0, -SCENARIO_EXTENSION.length) || base;
  return base;
}
