import { z } from 'zod';
import { MAX_RECENT_FILES } from './limits';
import { AmountScaleSettingSchema } from '../i18n/amount-scale';
import { LocaleSchema } from '../i18n/locale';
import { ReportRequestSchema } from '../report/request';
import { DocumentTextSchema } from '../scenario/document-text';
import { ExportWorkbookSchema } from '../sheet/sheet';

// The messages carry these; importers of the contract find them here too.
export { LocaleSchema, type Locale } from '../i18n/locale';
export { DocumentTextSchema } from '../scenario/document-text';
export {
  ColumnKindSchema,
  decimalPattern,
  ExportWorkbookSchema,
  type ColumnKind,
  type ExportSheet,
  type ExportWorkbook,
} from '../sheet/sheet';

/**
 * Zod schemas of every value that crosses the host boundary, in both directions. They are strict
 * (unknown keys refused) and bounded, because the other side of an IPC channel is not trusted:
 * main checks what the renderer sends, the preload checks what main answers. Optional values are
 * `null` rather than absent so the inferred types stay exact under `exactOptionalPropertyTypes`.
 */

/** Opaque handles: the renderer never sees a path, only ids that main maps back to one. */
export const HandleIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

const FileNameSchema = z.string().min(1).max(255);

export const HostIssueSchema = z.strictObject({
  code: z.string().min(1).max(120),
  message: z.string().max(4000),
  path: z.string().max(1000),
  params: z
    .record(z.string().max(60), z.union([z.string().max(2000), z.number()]))
    .refine((params) => Object.keys(params).length <= 20, 'at most 20 params'),
});
const IssuesSchema = z.array(HostIssueSchema).min(1).max(200);

const Cancelled = z.strictObject({ status: z.literal('cancelled') });
const Failed = z.strictObject({ status: z.literal('failed'), issues: IssuesSchema });

// --- App and settings -------------------------------------------------------------------------

export const AppInfoSchema = z.strictObject({
  name: z.string().max(100),
  version: z.string().max(50),
  host: z.enum(['desktop', 'browser']),
  platform: z.enum(['darwin', 'win32', 'linux', 'web', 'other']),
  /** The operating system's (or browser's) language, e.g. `zh-CN`. */
  systemLocale: z.string().max(35),
  /** The language the app shows: the setting, or the system's when the setting is `system`. */
  locale: LocaleSchema,
  /** `file`: printToPdf writes a PDF file; `print-dialog`: it opens the browser's print dialog. */
  pdf: z.enum(['file', 'print-dialog']),
});
export type AppInfo = z.infer<typeof AppInfoSchema>;

export const SettingsSchema = z.strictObject({
  locale: z.enum(['system', 'en', 'zh-CN']),
  /**
   * The unit Chinese text shows amounts in (元, 万元 or 亿元); `auto`, the default, is 万元, as
   * Chinese finance officers read amounts. English always shows the currency itself.
   */
  amountScale: AmountScaleSettingSchema,
  /** Who prepares reports, for their cover; empty until a person says. */
  preparer: z.string().max(200),
});
export type Settings = z.infer<typeof SettingsSchema>;
export const defaultSettings: Settings = { locale: 'system', amountScale: 'auto', preparer: '' };

export const SettingsPatchSchema = SettingsSchema.partial();
export type SettingsPatch = z.infer<typeof SettingsPatchSchema>;

// --- Documents --------------------------------------------------------------------------------

export const OpenedDocumentSchema = z.strictObject({
  /** Main's handle for the document's file; Save writes there, or asks where when it has none. */
  documentId: HandleIdSchema,
  /** File name for the title bar, e.g. `Line 3.yardstick.json`. */
  name: FileNameSchema,
  text: DocumentTextSchema,
});
export type OpenedDocument = z.infer<typeof OpenedDocumentSchema>;

export const OpenResultSchema = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('opened'), document: OpenedDocumentSchema }),
  Cancelled,
  z.strictObject({
    status: z.literal('failed'),
    name: FileNameSchema.nullable(),
    issues: IssuesSchema,
  }),
]);
export type OpenResult = z.infer<typeof OpenResultSchema>;

export const SaveRequestSchema = z.strictObject({
  /** The handle from open or an earlier save; null for a document never saved. */
  documentId: HandleIdSchema.nullable(),
  /** Offered in the save dialog, e.g. the project's name; sanitised by the host. */
  suggestedName: FileNameSchema,
  text: DocumentTextSchema,
  /**
   * Overwrite even though another program changed the file since it was opened or saved (the
   * person chose "overwrite" after a `conflict`). Optional, unlike the convention above, so every
   * existing save call keeps its meaning: never overwrite someone else's change unasked.
   */
  force: z.boolean().optional(),
});
export type SaveRequest = z.infer<typeof SaveRequestSchema>;

export const SaveResultSchema = z.discriminatedUnion('status', [
  z.strictObject({
    status: z.literal('saved'),
    document: z.strictObject({ documentId: HandleIdSchema, name: FileNameSchema }),
  }),
  Cancelled,
  Failed,
  /** The file changed on disk since it was opened or saved: nothing was written; ask the person. */
  z.strictObject({ status: z.literal('conflict'), name: FileNameSchema }),
]);
export type SaveResult = z.infer<typeof SaveResultSchema>;

export const RecentFileSchema = z.strictObject({
  recentId: HandleIdSchema,
  name: FileNameSchema,
  /** The folder, for people to tell two files of the same name apart. */
  location: z.string().max(4096),
  openedAt: z.iso.datetime(),
});
export type RecentFile = z.infer<typeof RecentFileSchema>;
export const RecentFilesSchema = z.array(RecentFileSchema).max(MAX_RECENT_FILES);

export const DocumentStateSchema = z.strictObject({
  documentId: HandleIdSchema.nullable(),
  /** What the title bar and the unsaved-changes prompt call the document. */
  title: z.string().min(1).max(255),
  dirty: z.boolean(),
});
export type DocumentState = z.infer<typeof DocumentStateSchema>;

// --- Recovery ---------------------------------------------------------------------------------

export const AutosaveSnapshotSchema = z.strictObject({
  documentId: HandleIdSchema.nullable(),
  title: z.string().min(1).max(255),
  text: DocumentTextSchema,
});
export type AutosaveSnapshot = z.infer<typeof AutosaveSnapshotSchema>;

export const RecoverySummarySchema = z.strictObject({
  recoveryId: HandleIdSchema,
  title: z.string().min(1).max(255),
  savedAt: z.iso.datetime(),
  /** Whether the work belongs to a file, which Save will then write. */
  fromFile: z.boolean(),
});
export type RecoverySummary = z.infer<typeof RecoverySummarySchema>;
export const RecoverySummariesSchema = z.array(RecoverySummarySchema).max(100);

export const RestoreResultSchema = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('restored'), document: OpenedDocumentSchema }),
  Failed,
]);
export type RestoreResult = z.infer<typeof RestoreResultSchema>;

// --- Export and print -------------------------------------------------------------------------

export const ExportFormatSchema = z.enum(['csv', 'xlsx']);
export type ExportFormat = z.infer<typeof ExportFormatSchema>;

export const ExportRequestSchema = z.strictObject({
  format: ExportFormatSchema,
  suggestedName: FileNameSchema,
  /** CSV holds one table per sheet, one after another; XLSX one worksheet per sheet. */
  workbook: ExportWorkbookSchema,
});
export type ExportRequest = z.infer<typeof ExportRequestSchema>;

/**
 * The workbook with formulas of one scenario: the host builds it from the document's text with the
 * same model, so what it writes can never disagree with the screen.
 */
export const FormulaExportRequestSchema = z.strictObject({
  suggestedName: FileNameSchema,
  language: LocaleSchema,
  /** The scenario file's text, exactly as saved or as being edited. */
  documentText: DocumentTextSchema,
  /** The scenario, by its name in the file; null is the base. */
  scenarioId: z.string().max(100).nullable(),
});
export type FormulaExportRequest = z.infer<typeof FormulaExportRequestSchema>;

const Written = z.strictObject({ status: z.literal('saved'), name: FileNameSchema });

export const ExportResultSchema = z.discriminatedUnion('status', [Written, Cancelled, Failed]);
export type ExportResult = z.infer<typeof ExportResultSchema>;

export const PrintRequestSchema = z.strictObject({
  suggestedName: FileNameSchema,
  /** What to print: the report page renders it (shared/report). */
  report: ReportRequestSchema,
});
export type PrintRequest = z.infer<typeof PrintRequestSchema>;

export const PrintResultSchema = z.discriminatedUnion('status', [
  Written,
  /** The browser host handed the page to the browser's print dialog (which can save a PDF). */
  z.strictObject({ status: z.literal('print-dialog') }),
  Cancelled,
  Failed,
]);
export type PrintResult = z.infer<typeof PrintResultSchema>;

// --- Events from the host -----------------------------------------------------------------------

export const MenuCommandSchema = z.enum([
  'new',
  'open',
  'save',
  'save-as',
  'export-csv',
  'export-xlsx',
  'export-formulas',
  'print-pdf',
  'undo',
  'redo',
]);
export type MenuCommand = z.infer<typeof MenuCommandSchema>;

export const HostEventSchema = z.discriminatedUnion('type', [
  /** A menu item or shortcut: the renderer acts, asking first if unsaved work would be lost. */
  z.strictObject({ type: z.literal('command'), command: MenuCommandSchema }),
  /** File ▸ Open Recent: the renderer checks for unsaved work, then calls `openRecent`. */
  z.strictObject({ type: z.literal('open-recent'), recentId: HandleIdSchema }),
  /** The operating system asked to open a file (double-click, command line, dock). */
  z.strictObject({ type: z.literal('open-document'), result: OpenResultSchema }),
]);
export type HostEvent = z.infer<typeof HostEventSchema>;
