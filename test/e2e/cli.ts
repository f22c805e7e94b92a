import { execFileSync } from 'node:child_process';

/** What `yardstick evaluate FILE --format json` prints for a metric, run as a process. */
export function cliMetrics(file: string): Record<string, string | boolean | null> {
  const output = execFileSync(
    process.execPath,
    ['scripts/cli.mjs', 'evaluate', file, '--format', 'json'],
    {
      encoding: 'utf8',
      timeout: 120_000,
    },
  );
  return (JSON.parse(output) as { metrics: Record<string, string | boolean | null> }).metrics;
}

/** A decimal string rounded half away from zero to cents, as the interface shows amounts. */
export function toCents(value: string): string {
  const negative = value.startsWith('-');
  const [whole = '0', fraction = ''] = value.replace('-', '').split('.');
  const padded = `${fraction}000`;
  let cents = BigInt(whole + padded.slice(0, 2));
  if (Number(padded[2]) >= 5) cents += 1n;
  const text = cents.toString().padStart(3, '0');
  const result = `${text.slice(0, -2)}.${text.slice(-2)}`;
  return negative && cents !== 0n ? `-${result}` : result;
}

/** The digits of an amount as displayed: `CN¥22,334,627.52` → `22334627.52`. */
export function displayedAmount(text: string | null): string {
  return (text ?? '').replace(/[^\d.-]/g, '');
}

/** The codes of the plausibility warnings `yardstick evaluate FILE --format json` prints. */
export function cliWarnings(file: string): string[] {
  const output = execFileSync(
    process.execPath,
    ['scripts/cli.mjs', 'evaluate', file, '--format', 'json'],
    { encoding: 'utf8', timeout: 120_000 },
  );
  return (JSON.parse(output) as { warnings: { code: string }[] }).warnings.map(
    (warning) => warning.code,
  );
}
