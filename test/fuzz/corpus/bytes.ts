import { encoder, type Example, type FuzzCase } from './case';

export function* truncations(example: Example, everyNth: number): Generator<FuzzCase> {
  const bytes = encoder.encode(example.text);
  const positions = new Set<number>([0, 1, bytes.length - 1, bytes.length - 2]);
  // One cut just after each kind of token, wherever it first appears, and a regular sweep.
  for (const token of ['{', '[', '"', ':', ',', '0', '.', '\\', 't', 'n', '}', ']', '\n']) {
    const at = example.text.indexOf(token, 40);
    if (at >= 0) positions.add(encoder.encode(example.text.slice(0, at + 1)).length);
  }
  // Inside a multi-byte character, where the file also stops being UTF-8.
  const wide = [...example.text].findIndex((char) => char.charCodeAt(0) > 0x7f);
  if (wide >= 0)
    positions.add(encoder.encode([...example.text].slice(0, wide).join('')).length + 1);
  for (let at = 7; at < bytes.length; at += everyNth) positions.add(at);
  for (const at of [...positions].sort((a, b) => a - b)) {
    yield {
      family: 'truncated',
      description: `${example.name} cut at byte ${at} of ${bytes.length}`,
      bytes: bytes.slice(0, at),
    };
  }
}

function utf16(content: string, bigEndian: boolean, bom: boolean): Uint8Array {
  const units = (bom ? '\ufeff' : '') + content;
  const out = new Uint8Array(units.length * 2);
  for (let i = 0; i < units.length; i += 1) {
    const code = units.charCodeAt(i);
    out[i * 2 + (bigEndian ? 1 : 0)] = code & 0xff;
    out[i * 2 + (bigEndian ? 0 : 1)] = code >> 8;
  }
  return out;
}

function concat(...parts: (Uint8Array | string)[]): Uint8Array {
  const chunks = parts.map((part) => (typeof part === 'string' ? encoder.encode(part) : part));
  const out = new Uint8Array(chunks.reduce((length, chunk) => length + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/** The example with `bytes` spliced into the project's name, as another program might write it. */
function inName(example: Example, bytes: Uint8Array | string): Uint8Array {
  const at = example.text.indexOf('"name": "') + '"name": "'.length;
  return concat(example.text.slice(0, at), bytes, example.text.slice(at));
}

export function* encodings(example: Example): Generator<FuzzCase> {
  const e = (description: string, bytes: Uint8Array): FuzzCase => ({
    family: 'encoding',
    description: `${example.name}: ${description}`,
    bytes,
  });
  const b = (...values: number[]) => new Uint8Array(values);
  yield e('UTF-8 byte order mark', concat(b(0xef, 0xbb, 0xbf), example.text));
  yield e('two byte order marks', concat(b(0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf), example.text));
  yield e('byte order mark in the middle', inName(example, b(0xef, 0xbb, 0xbf)));
  yield e('UTF-16LE with BOM', utf16(example.text, false, true));
  yield e('UTF-16BE with BOM', utf16(example.text, true, true));
  yield e('UTF-16LE without BOM', utf16(example.text, false, false));
  yield e('UTF-32LE BOM', concat(b(0xff, 0xfe, 0, 0), example.text));
  yield e('Latin-1 é', inName(example, b(0xe9)));
  yield e('GBK 中文', inName(example, b(0xd6, 0xd0, 0xce, 0xc4)));
  yield e('lone continuation byte', inName(example, b(0x80)));
  yield e('overlong slash', inName(example, b(0xc0, 0xaf)));
  yield e('UTF-8 encoded surrogate', inName(example, b(0xed, 0xa0, 0x80)));
  yield e('byte 0xFF', inName(example, b(0xff)));
  yield e('NUL byte in a string', inName(example, b(0)));
  yield e('NUL byte between tokens', concat(b(0), example.text));
  yield e('escaped lone surrogate', inName(example, '\\ud800'));
  yield e('escaped NUL', inName(example, '\\u0000'));
  yield e('line separator U+2028', inName(example, '\u2028'));
  yield e('right-to-left override', inName(example, '\u202e'));
  yield e('CRLF line ends', encoder.encode(example.text.replace(/\n/g, '\r\n')));
  yield e('form feed as whitespace', encoder.encode(example.text.replace('\n', '\f')));
  yield e('non-breaking space as whitespace', encoder.encode(example.text.replace('\n', '\u00a0')));
  yield e('empty file', new Uint8Array());
  yield e('only a BOM', b(0xef, 0xbb, 0xbf));
  yield e('only whitespace', encoder.encode('  \n\t '));
  yield e('a PNG header', b(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a));
  yield e('a ZIP header', concat(b(0x50, 0x4b, 0x03, 0x04), example.text));
}
