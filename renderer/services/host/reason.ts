/** What went wrong with a file, by its name (`NotAllowedError`, `QuotaExceededError`…). */
export function reasonOf(error: unknown): string {
  return error instanceof DOMException || error instanceof Error ? error.name : 'error';
}
