import { describe, expect, it } from 'vitest';
import { languageFromLocales } from '../../../renderer/services/i18n/languages';

/* The interface's language and field names; the catalogue's completeness is test/shared/i18n. */

describe('the language from the system locale', () => {
  it.each([
    [['zh-CN', 'en'], 'zh-CN'],
    [['zh-TW'], 'zh-CN'],
    [['zh'], 'zh-CN'],
    [['en-GB', 'zh-CN'], 'en'],
    [['fr-FR', 'zh-CN'], 'zh-CN'],
    [['fr-FR'], 'en'],
    [[], 'en'],
  ])('%j gives %s', (locales, language) => {
    expect(languageFromLocales(locales)).toBe(language);
  });
});

describe('field labels', () => {
  it('name lists and sections by their own text, never by an object', async () => {
    const { createI18n } = await import('../../../renderer/services/i18n');
    const { fieldLabel } = await import('../../../renderer/services/texts/issue-text');
    const i18n = createI18n('zh-CN');
    const exists = (key: string) => i18n.exists(key);
    expect(fieldLabel(['effects', 1, 'ramp'], i18n.t, exists)).toBe('效益 2 › 爬坡');
    expect(fieldLabel(['capex', 0, 'depreciation', 'salvage'], i18n.t, exists)).toBe(
      '投资项目 1 › 残值',
    );
    expect(fieldLabel(['capex', 0], i18n.t, exists, { capex: [{ name: 'AI 工作站' }] })).toBe(
      'AI 工作站',
    );
    expect(fieldLabel([], i18n.t, exists)).toBe('文件');
  });
});
