import { parseArgs, type ParseArgsConfig } from 'node:util';

/** Arguments the person can fix: printed with a pointer to the usage, exit status 2. */
export class UsageError extends Error {}

type Options = NonNullable<ParseArgsConfig['options']>;

/** The options of a command, strictly: an unknown or malformed one is a usage error. */
export function parseOptions<const O extends Options>(args: readonly string[], options: O) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(
      error instanceof Error
        ? (error.message.split('\n')[0] ?? 'invalid arguments')
        : 'invalid arguments',
    );
  }
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
