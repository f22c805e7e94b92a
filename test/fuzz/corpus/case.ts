/** One hostile file of the corpus, and the means of writing one from an example. */

export type Family =
  | 'valid'
  | 'truncated'
  | 'encoding'
  | 'deep'
  | 'prototype'
  | 'number'
  | 'wrong-type'
  | 'version'
  | 'scenario-names'
  | 'overrides'
  | 'huge-text'
  | 'random';

export interface FuzzCase {
  readonly family: Family;
  readonly description: string;
  readonly bytes: Uint8Array;
}

export type Json = unknown;

export const encoder = new TextEncoder();

export interface Example {
  readonly name: string;
  readonly text: string;
  readonly document: Record<string, Json>;
}

/*
 * JSON.stringify cannot write NaN, a duplicate key or `__proto__` as an own key, so a placeholder
 * string stands in for the raw text and is swapped in after serialising.
 */
const RAW = '\u0001raw:';
export const raw = (text: string): string => `${RAW}${encodeURIComponent(text)}`;
const KEY = '\u0001key:';
export const rawKey = (text: string): string => `${KEY}${encodeURIComponent(text)}`;

export function write(document: Json): string {
  return `${JSON.stringify(document, null, 2)}\n`
    .replace(/"\\u0001raw:([^"]*)"/g, (_m, text: string) => decodeURIComponent(text))
    .replace(/"\\u0001key:([^"]*)"/g, (_m, text: string) => decodeURIComponent(text));
}

export const text = (family: Family, description: string, content: string): FuzzCase => ({
  family,
  description,
  bytes: encoder.encode(content),
});
