import { z } from 'zod';
import type { Host } from './host';
import {
  AppInfoSchema,
  AutosaveSnapshotSchema,
  DocumentStateSchema,
  ExportRequestSchema,
  ExportResultSchema,
  FormulaExportRequestSchema,
  HandleIdSchema,
  HostEventSchema,
  OpenResultSchema,
  PrintRequestSchema,
  PrintResultSchema,
  RecentFilesSchema,
  RecoverySummariesSchema,
  RestoreResultSchema,
  SaveRequestSchema,
  SaveResultSchema,
  SettingsPatchSchema,
  SettingsSchema,
} from './schemas';

/**
 * The IPC contract between main and the preload: for each request/response method of `Host` its
 * channel and the schemas of its arguments and its result. Main validates arguments (and the
 * sender) before acting and its own result before answering; the preload validates the result
 * again before the page sees it.
 */
export interface InvokeSpec<
  Args extends z.ZodType = z.ZodType,
  Result extends z.ZodType = z.ZodType,
> {
  readonly channel: string;
  readonly args: Args;
  readonly result: Result;
}

const spec = <A extends z.ZodType, R extends z.ZodType>(channel: string, args: A, result: R) =>
  ({ channel: `yardstick:${channel}`, args, result }) as const;

const none = z.tuple([]);
const nothing = z.undefined();

export const invokeContract = {
  appInfo: spec('app-info', none, AppInfoSchema),
  openFile: spec('open-file', none, OpenResultSchema),
  openRecent: spec('open-recent', z.tuple([HandleIdSchema]), OpenResultSchema),
  recentFiles: spec('recent-files', none, RecentFilesSchema),
  clearRecentFiles: spec('clear-recent-files', none, nothing),
  save: spec('save', z.tuple([SaveRequestSchema]), SaveResultSchema),
  saveAs: spec('save-as', z.tuple([SaveRequestSchema]), SaveResultSchema),
  exportWorkbook: spec('export-workbook', z.tuple([ExportRequestSchema]), ExportResultSchema),
  exportFormulaWorkbook: spec(
    'export-formula-workbook',
    z.tuple([FormulaExportRequestSchema]),
    ExportResultSchema,
  ),
  printToPdf: spec('print-to-pdf', z.tuple([PrintRequestSchema]), PrintResultSchema),
  getSettings: spec('get-settings', none, SettingsSchema),
  updateSettings: spec('update-settings', z.tuple([SettingsPatchSchema]), SettingsSchema),
  documentChanged: spec('document-changed', z.tuple([DocumentStateSchema]), nothing),
  autosave: spec('autosave', z.tuple([AutosaveSnapshotSchema]), nothing),
  listRecoveries: spec('list-recoveries', none, RecoverySummariesSchema),
  restoreRecovery: spec('restore-recovery', z.tuple([HandleIdSchema]), RestoreResultSchema),
  discardRecovery: spec('discard-recovery', z.tuple([HandleIdSchema]), nothing),
} as const;

export type InvokeMethod = keyof typeof invokeContract;

/** Main → renderer: one channel carries every `HostEvent`, validated by the preload. */
export const eventChannel = 'yardstick:event';
export const eventSchema = HostEventSchema;

/**
 * Renderer → main, sent by the preload (not a `Host` method) when the page subscribes to events,
 * so main can hold back a file the OS asked to open until someone is listening.
 */
export const eventsReadyChannel = 'yardstick:events-ready';

/** Every channel main listens on, for the registration code and its tests. */
export const invokeChannels: readonly string[] = [
  ...Object.values(invokeContract).map((s) => s.channel),
  eventsReadyChannel,
];

/** The `Host` methods in a fixed order: what the preload exposes and nothing else. */
export const hostMethodNames = [
  ...(Object.keys(invokeContract) as InvokeMethod[]),
  'onEvent',
] as const;

// Compile-time proof that the contract and the interface describe the same methods and types:
// `tsc` fails here when one changes without the other.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
type ArgsOf<M extends InvokeMethod> = z.output<(typeof invokeContract)[M]['args']>;
type ResultOf<M extends InvokeMethod> = z.output<(typeof invokeContract)[M]['result']>;
type Returned<M extends InvokeMethod> = ResultOf<M> extends undefined ? void : ResultOf<M>;
type MethodMatches<M extends InvokeMethod> =
  Same<ArgsOf<M>, Parameters<Host[M]>> extends true
    ? Same<Returned<M>, Awaited<ReturnType<Host[M]>>>
    : false;
export type ContractChecks = [
  Assert<Same<InvokeMethod | 'onEvent', keyof Host>>,
  Assert<{ [M in InvokeMethod]: MethodMatches<M> }[InvokeMethod]>,
];
