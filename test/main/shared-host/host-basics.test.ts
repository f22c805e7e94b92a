import { describe, expect, it } from 'vitest';
import { commandForKey } from '../../../shared/host/commands';
import { hostIssueOf, checkScenarioText } from '../../../shared/host/document-check';
import {
  displayName,
  isScenarioFileName,
  safeFileName,
  withExtension,
} from '../../../shared/scenario/file-names';
import { hostIssue, hostIssueText } from '../../../shared/host/issues';
import { resolveLocale } from '../../../shared/i18n/locale';
import { ExportWorkbookSchema, HostIssueSchema } from '../../../shared/host/schemas';
import { applySettingsPatch, settingsFrom } from '../../../shared/host/settings';

const key = (
  k: string,
  mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {},
) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('file names', () => {
  it('offers only safe names in save dialogs', () => {
    expect(safeFileName('Line 3: AI/MES <2025>')).toBe('Line 3_ AI_MES _2025_');
    expect(safeFileName('..\\..\\windows\\system32')).toBe('_.._windows_system32');
    expect(safeFileName('CON')).toBe('Untitled');
    expect(safeFileName('  ...  ')).toBe('Untitled');
    expect(safeFileName('a\u0000b')).toBe('a_b');
    expect(safeFileName('x'.repeat(300))).toHaveLength(120);
  });

  it('knows a scenario file by its double extension', () => {
    expect(isScenarioFileName('A.Yardstick.JSON')).toBe(true);
    expect(isScenarioFileName('a.json')).toBe(false);
    expect(withExtension('plan', '.yardstick.json')).toBe('plan.yardstick.json');
    expect(withExtension('plan.YARDSTICK.json', '.yardstick.json')).toBe('plan.YARDSTICK.json');
    expect(displayName('/x/Line 3.yardstick.json')).toBe('Line 3');
  });
});

describe('keyboard shortcuts without a native menu', () => {
  it('maps the standard shortcuts per platform', () => {
    expect(commandForKey(key('s', { ctrlKey: true }), false)).toBe('save');
    expect(commandForKey(key('S', { ctrlKey: true, shiftKey: true }), false)).toBe('save-as');
    expect(commandForKey(key('s', { metaKey: true }), true)).toBe('save');
    expect(commandForKey(key('s', { ctrlKey: true }), true)).toBeNull();
    expect(commandForKey(key('y', { ctrlKey: true }), false)).toBe('redo');
    expect(commandForKey(key('z', { metaKey: true, shiftKey: true }), true)).toBe('redo');
    expect(commandForKey(key('e', { ctrlKey: true }), false)).toBe('export-csv');
    expect(commandForKey(key('E', { ctrlKey: true, shiftKey: true }), false)).toBe('export-xlsx');
    expect(commandForKey(key('p', { ctrlKey: true }), false)).toBe('print-pdf');
    expect(commandForKey(key('o', { ctrlKey: true, altKey: true }), false)).toBeNull();
    expect(commandForKey(key('s'), false)).toBeNull();
  });
});

describe('locale', () => {
  it('follows the system until the person chooses', () => {
    expect(resolveLocale('system', ['zh-Hans-CN'])).toBe('zh-CN');
    expect(resolveLocale('system', ['zh-TW'])).toBe('zh-CN');
    expect(resolveLocale('system', ['de-DE', 'en-GB'])).toBe('en');
    expect(resolveLocale('system', ['fr-FR'])).toBe('en');
    expect(resolveLocale('en', ['zh-CN'])).toBe('en');
  });
});

describe('settings', () => {
  it('fills in defaults field by field and ignores unknown or undefined values', () => {
    expect(settingsFrom(null)).toEqual({ locale: 'system', amountScale: 'auto', preparer: '' });
    // A scale this version knows is kept; one it does not falls back to the default alone.
    expect(settingsFrom({ amountScale: 'hundred-million' }).amountScale).toBe('hundred-million');
    expect(settingsFrom({ amountScale: 'gazillions' }).amountScale).toBe('auto');
    expect(settingsFrom({ locale: 'xx', amountScale: 'ten-thousand', extra: true })).toEqual({
      locale: 'system',
      amountScale: 'ten-thousand',
      preparer: '',
    });
    expect(
      applySettingsPatch(
        { locale: 'en', amountScale: 'unit', preparer: '' },
        { locale: undefined, amountScale: 'ten-thousand' },
      ),
    ).toEqual({
      locale: 'en',
      amountScale: 'ten-thousand',
      preparer: '',
    });
  });
});

describe('issues', () => {
  it('carry a code, the values and an English text naming the file, and translate', () => {
    const issue = hostIssue('file.tooLarge', { file: 'a.json', size: 9, limit: 5 });
    expect(issue).toEqual({
      code: 'file.tooLarge',
      path: '',
      params: { file: 'a.json', size: 9, limit: 5 },
      message: '"a.json" is 9 bytes; Yardstick opens scenario files of at most 5 bytes.',
    });
    expect(hostIssueText(issue, 'zh-CN')).toContain('a.json');
    expect(hostIssueText(issue, 'zh-CN')).toContain('字节');
    expect(HostIssueSchema.safeParse(issue).success).toBe(true);
    expect(
      hostIssueText({ code: 'too_small', message: 'kept', path: 'x', params: {} }, 'zh-CN'),
    ).toBe('kept');
  });

  it('turn scenario loader issues into host issues that name the field and the file', () => {
    const converted = hostIssueOf(
      {
        path: ['capex', 2, 'amount'],
        code: 'too_small',
        params: { minimum: 0, inclusive: true },
        message: 'must be at least 0',
      },
      'plan.json',
    );
    expect(converted).toEqual({
      code: 'too_small',
      path: 'capex[2].amount',
      params: { file: 'plan.json', minimum: 0, inclusive: 'true' },
      message: 'plan.json: capex[2].amount: must be at least 0',
    });
    expect(HostIssueSchema.safeParse(converted).success).toBe(true);
    const refused = checkScenarioText('{"format":"yardstick.scenario","version":99}', 'new.json');
    expect(refused.ok).toBe(false);
    if (!refused.ok)
      for (const found of refused.issues)
        expect(HostIssueSchema.safeParse(found).success).toBe(true);
  });
});

describe('export workbook schema', () => {
  const book = (rows: (string | null)[][], name = 'Projection') => ({
    sheets: [
      {
        name,
        columns: [
          { header: 'Year', kind: 'year' },
          { header: 'Item', kind: 'text' },
        ],
        rows,
      },
    ],
  });

  it('accepts decimal strings in numeric columns and anything in text columns', () => {
    expect(
      ExportWorkbookSchema.safeParse(
        book([
          ['2026', '=x'],
          [null, null],
        ]),
      ).success,
    ).toBe(true);
  });

  it.each([
    ['a number that is not a decimal', book([['1e3', 'a']])],
    ['a formula in a numeric column', book([['=1+1', 'a']])],
    ['a row too short', book([['1']])],
    ['an Excel-invalid sheet name', book([], 'a/b')],
    ['duplicate sheet names', { sheets: [book([]).sheets[0], book([]).sheets[0]] }],
  ])('refuses %s', (_what, value) => {
    expect(ExportWorkbookSchema.safeParse(value).success).toBe(false);
  });
});
