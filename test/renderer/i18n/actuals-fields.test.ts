import { describe, expect, it } from 'vitest';

/* The fields of the actuals section, as a validation message names them, in both languages. */

describe('actuals fields are named in both languages', () => {
  it.each([
    ['en', 'Reported year 2 › Months reported'],
    ['zh-CN', '报告年度 2 › 已报告月数'],
  ] as const)('%s', async (language, label) => {
    const { createI18n } = await import('../../../renderer/services/i18n');
    const { fieldLabel } = await import('../../../renderer/services/texts/issue-text');
    const i18n = createI18n(language);
    const exists = (key: string) => i18n.exists(key);
    expect(fieldLabel(['actuals', 'years', 1, 'months'], i18n.t, exists)).toBe(label);
    expect(i18n.exists('validation.partial_year_not_last')).toBe(true);
    expect(i18n.exists('validation.unknown_actual_line')).toBe(true);
  });
});
