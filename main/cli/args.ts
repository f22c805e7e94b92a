import { parseArgs, type ParseArgsConfig } from 'node:util';

/** Arguments the person can fix: printed with a pointer to the usage, exit status 2. */
export class UsageError extends Error {}

type Options = NonNullable<ParseArgsConfig['options']>;

/** The options of a command, strictly: an unknown or malformed one is a usage error. */
export function parseOptions<const O extends Options>(args: readonly string[], options: O) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(optionProblem(error, options));
  }
}

/**
 * node's refusal as one line naming the option (its own sentences tell how to pass a positional
 * that starts with "-", which is not what a person who mistyped an option needs).
 */
function optionProblem(error: unknown, options: Options): string {
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const given = /'(-[^']*)'/.exec(message)?.[1] ?? '';
    const near = nearestOption(given.replace(/^-+/, ''), Object.keys(options));
    return `unknown option "${given}"${near === null ? '' : `; did you mean --${near}?`}`;
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const short = /'-(\w)[,']/.exec(message)?.[1];
    const long =
      /--([\w-]+)/.exec(message)?.[1] ??
      Object.entries(options).find(([, spec]) => spec.short === short)?.[0] ??
      '';
    return options[long]?.type === 'boolean'
      ? `--${long} takes no value`
      : `--${long} needs a value`;
  }
  return message.split('\n')[0] || 'invalid arguments';
}

/** The option a mistyped one most likely meant: at most two letters off. */
function nearestOption(typed: string, names: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = 3;
  for (const name of names) {
    const distance = editDistance(typed, name);
    if (distance < bestDistance) [best, bestDistance] = [name, distance];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The options, and the number of FILE arguments the command takes. */
export function parse<const O extends Options>(
  args: readonly string[],
  options: O,
  positionals: number | 'many',
) {
  const parsed = parseOptions(args, options);
  const count = parsed.positionals.length;
  if (positionals === 'many' ? count === 0 : count !== positionals) {
    throw new UsageError(
      positionals === 0
        ? 'this command takes no file'
        : positionals === 1
          ? 'expected one FILE'
          : 'expected at least one FILE',
    );
  }
  return parsed;
}

/** An option that takes one of a few words: its value, the default when absent, or a usage error. */
export function oneOf<const T extends string>(
  option: string,
  value: string | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  const chosen = value ?? fallback;
  if (!(allowed as readonly string[]).includes(chosen))
    throw new UsageError(`--${option} must be one of ${allowed.join(', ')}, not "${chosen}"`);
  return chosen as T;
}
