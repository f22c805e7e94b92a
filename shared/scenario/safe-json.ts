import { issue, type ValidationIssue } from './issues';

/*
 * A scenario file may come from anyone, so the text is checked before JSON.parse
 * builds anything from it: size, syntax (with line and column), nesting depth, keys that could
 * reach an object's prototype, and duplicate keys (which JSON.parse would silently resolve to the
 * last one, hiding what the author meant). The scanner is recursive, but never deeper than the
 * depth limit, so hostile nesting cannot exhaust the stack.
 */

export interface JsonLimits {
  /** Longest accepted text, in UTF-16 code units. */
  readonly maxLength: number;
  /** Deepest accepted nesting of objects and arrays. */
  readonly maxDepth: number;
}

export const DEFAULT_JSON_LIMITS: JsonLimits = { maxLength: 5 * 1024 * 1024, maxDepth: 32 };

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_REPORTED = 20;

class Stop extends Error {
  constructor(readonly found: ValidationIssue) {
    super(found.message);
  }
}

/** Parses JSON text once it is known to be safe; the issues say why it is not. */
export function parseJsonSafely(
  text: string,
  limits: JsonLimits = DEFAULT_JSON_LIMITS,
): { ok: true; value: unknown } | { ok: false; issues: ValidationIssue[] } {
  if (text.length > limits.maxLength) {
    return {
      ok: false,
      issues: [
        issue(
          [],
          'file_too_large',
          `the file is ${text.length} characters long; the limit is ${limits.maxLength}`,
          {
            length: text.length,
            limit: limits.maxLength,
          },
        ),
      ],
    };
  }
  const scanner = new Scanner(text, limits.maxDepth);
  try {
    scanner.document();
  } catch (error) {
    if (error instanceof Stop)
      return { ok: false, issues: [error.found, ...scanner.issues].slice(0, MAX_REPORTED) };
    throw error;
  }
  if (scanner.issues.length > 0)
    return { ok: false, issues: scanner.issues.slice(0, MAX_REPORTED) };
  return { ok: true, value: JSON.parse(text) };
}

class Scanner {
  readonly issues: ValidationIssue[] = [];
  private pos = 0;
  private readonly path: (string | number)[] = [];

  constructor(
    private readonly text: string,
    private readonly maxDepth: number,
  ) {}

  document(): void {
    this.whitespace();
    this.value(0);
    this.whitespace();
    if (this.pos < this.text.length)
      this.fail('unexpected text after the end of the JSON document');
  }

  private value(depth: number): void {
    const char = this.text[this.pos];
    if (char === '{' || char === '[') {
      if (depth >= this.maxDepth) {
        throw new Stop(
          issue(
            [...this.path],
            'too_deep',
            `the file nests objects and lists deeper than ${this.maxDepth} levels`,
            {
              limit: this.maxDepth,
            },
          ),
        );
      }
      if (char === '{') this.object(depth + 1);
      else this.array(depth + 1);
    } else if (char === '"') {
      this.string();
    } else if (char === '-' || (char !== undefined && char >= '0' && char <= '9')) {
      this.number();
    } else if (this.text.startsWith('true', this.pos)) {
      this.pos += 4;
    } else if (this.text.startsWith('false', this.pos)) {
      this.pos += 5;
    } else if (this.text.startsWith('null', this.pos)) {
      this.pos += 4;
    } else {
      this.fail(
        char === undefined
          ? 'the file ends where a value was expected'
          : `unexpected character ${JSON.stringify(char)}`,
      );
    }
  }

  private object(depth: number): void {
    this.pos += 1;
    const keys = new Set<string>();
    this.whitespace();
    if (this.text[this.pos] === '}') {
      this.pos += 1;
      return;
    }
    for (;;) {
      this.whitespace();
      if (this.text[this.pos] !== '"') this.fail('expected a key in double quotes');
      const key = this.string();
      if (FORBIDDEN_KEYS.has(key)) {
        this.report(
          issue([...this.path, key], 'forbidden_key', `the key "${key}" is not allowed`, { key }),
        );
      } else if (keys.has(key)) {
        this.report(
          issue(
            [...this.path, key],
            'duplicate_key',
            `the key "${key}" appears more than once in the same object`,
            { key },
          ),
        );
      }
      keys.add(key);
      this.whitespace();
      if (this.text[this.pos] !== ':') this.fail('expected ":" after a key');
      this.pos += 1;
      this.whitespace();
      this.path.push(key);
      this.value(depth);
      this.path.pop();
      this.whitespace();
      const next = this.text[this.pos];
      this.pos += 1;
      if (next === '}') return;
      if (next !== ',') {
        this.pos -= 1;
        this.fail('expected "," or "}"');
      }
    }
  }

  private array(depth: number): void {
    this.pos += 1;
    this.whitespace();
    if (this.text[this.pos] === ']') {
      this.pos += 1;
      return;
    }
    for (let index = 0; ; index += 1) {
      this.whitespace();
      this.path.push(index);
      this.value(depth);
      this.path.pop();
      this.whitespace();
      const next = this.text[this.pos];
      this.pos += 1;
      if (next === ']') return;
      if (next !== ',') {
        this.pos -= 1;
        this.fail('expected "," or "]"');
      }
    }
  }

  /** Returns the decoded string, which matters for keys: "\u005f_proto__" is "__proto__". */
  private string(): string {
    const start = this.pos;
    this.pos += 1;
    let escaped = false;
    for (;;) {
      const code = this.text.charCodeAt(this.pos);
      if (Number.isNaN(code)) this.fail('the file ends inside a string');
      if (code < 0x20) this.fail('control character inside a string');
      if (code === 0x22) break;
      if (code === 0x5c) {
        escaped = true;
        const next = this.text[this.pos + 1];
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(this.text.slice(this.pos + 2, this.pos + 6)))
            this.fail('invalid \\u escape');
          this.pos += 6;
        } else if (next !== undefined && '"\\/bfnrt'.includes(next)) {
          this.pos += 2;
        } else {
          this.fail('invalid escape in a string');
        }
        continue;
      }
      this.pos += 1;
    }
    this.pos += 1;
    const raw = this.text.slice(start, this.pos);
    return escaped ? (JSON.parse(raw) as string) : raw.slice(1, -1);
  }

  private number(): void {
    const match = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
    match.lastIndex = this.pos;
    const found = match.exec(this.text);
    if (found === null) this.fail('invalid number');
    this.pos += found[0].length;
  }

  private whitespace(): void {
    while (this.pos < this.text.length) {
      const char = this.text[this.pos];
      if (char !== ' ' && char !== '\n' && char !== '\r' && char !== '\t') return;
      this.pos += 1;
    }
  }

  private report(found: ValidationIssue): void {
    this.issues.push(found);
  }

  private fail(what: string): never {
    const before = this.text.slice(0, this.pos);
    const line = before.split('\n').length;
    const column = this.pos - before.lastIndexOf('\n');
    throw new Stop(
      issue([], 'invalid_json', `not valid JSON: ${what} at line ${line}, column ${column}`, {
        line,
        column,
      }),
    );
  }
}
