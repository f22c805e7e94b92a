/** `npm run test:fuzz` sets this for every case; `npm test` runs a fast, fixed subset. */
export const FULL = process.env.YARDSTICK_FUZZ === 'full';

/** A case slower than this is a hang, not a slow case: generous, so a busy machine never trips it. */
export const CASE_LIMIT_MS = 5_000;
