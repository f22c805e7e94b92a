/**
 * Problems the host reports to the renderer: a stable code to translate by, the values the text
 * needs, and an English text to fall back on. Validation issues of a scenario keep the codes and
 * field paths the scenario loader gave them; the codes below are the host's own.
 */
export interface HostIssue {
  /** Stable and translatable, e.g. `file.tooLarge`. */
  readonly code: string;
  /** English text naming the file or field; the renderer may translate by code instead. */
  readonly message: string;
  /** Field path inside the document (`capex.0.amount`), or '' when the whole file is meant. */
  readonly path: string;
  readonly params: Readonly<Record<string, string | number>>;
}

type Params = Readonly<Record<string, string | number>>;
type Text = (p: Params) => string;

const file = (p: Params): string => String(p.file ?? 'the file');

const english = {
  'file.notFound': (p) => `"${file(p)}" does not exist any more.`,
  'file.notAFile': (p) => `"${file(p)}" is a folder or a device, not a scenario file.`,
  'file.tooLarge': (p) =>
    `"${file(p)}" is ${p.size} bytes; Yardstick opens scenario files of at most ${p.limit} bytes.`,
  'file.notUtf8': (p) => `"${file(p)}" is not UTF-8 text; it is not a Yardstick file.`,
  'file.noPermission': (p) => `You are not allowed to open or change "${file(p)}".`,
  'file.readFailed': (p) => `"${file(p)}" could not be read (${p.reason}).`,
  'file.writeFailed': (p) =>
    `"${file(p)}" could not be saved (${p.reason}); the previous copy is unchanged.`,
  'file.diskFull': (p) =>
    `The disk is full: "${file(p)}" was not saved; the previous copy is unchanged.`,
  'file.readOnly': (p) => `"${file(p)}" is on a read-only disk or folder; save it elsewhere.`,
  'file.invalid': (p) => `"${file(p)}" is not a valid Yardstick file: ${p.detail}`,
  'file.isFolder': (p) => `"${file(p)}" is a folder; choose a file name inside it.`,
  'file.device': (p) =>
    `"${file(p)}" is a device; Yardstick writes only to files, pipes, terminals and the null device.`,
  'file.unsafeLink': (p) =>
    `"${file(p)}" is a link someone else placed in a folder everyone may write to; Yardstick does not follow it. Choose another name or folder.`,
  'file.noReader': (p) =>
    `Nothing reads from the pipe "${file(p)}"; start the program that reads it, then try again.`,
  'file.changedWhileWriting': (p) =>
    `"${file(p)}" was replaced by something else while it was being written; nothing was written.`,
  'document.tooLarge': (p) =>
    `The document is ${p.size} bytes; Yardstick saves documents of at most ${p.limit} bytes.`,
  'document.unknown': () => 'This document is no longer open; use Save As to choose a file.',
  'recent.unavailable': (p) =>
    `"${file(p)}" cannot be reopened from the list; open it with Open… instead.`,
  'recovery.missing': () => 'This recovered copy has already been restored or discarded.',
  'recovery.openElsewhere': () =>
    'This copy belongs to work still open in another tab or window; continue it there.',
  'export.failed': (p) => `The export "${file(p)}" could not be written (${p.reason}).`,
  'print.failed': (p) => `The PDF could not be made (${p.reason}).`,
} satisfies Record<string, Text>;

export type HostIssueCode = keyof typeof english;

const chinese: Record<HostIssueCode, Text> = {
  'file.notFound': (p) => `"${file(p)}" 已不存在。`,
  'file.notAFile': (p) => `"${file(p)}" 是文件夹或设备，不是方案文件。`,
  'file.tooLarge': (p) =>
    `"${file(p)}" 大小为 ${p.size} 字节；Yardstick 只打开不超过 ${p.limit} 字节的方案文件。`,
  'file.notUtf8': (p) => `"${file(p)}" 不是 UTF-8 文本，不是 Yardstick 文件。`,
  'file.noPermission': (p) => `您没有权限打开或修改 "${file(p)}"。`,
  'file.readFailed': (p) => `无法读取 "${file(p)}"（${p.reason}）。`,
  'file.writeFailed': (p) => `无法保存 "${file(p)}"（${p.reason}）；原有文件未被改动。`,
  'file.diskFull': (p) => `磁盘已满："${file(p)}" 未保存；原有文件未被改动。`,
  'file.readOnly': (p) => `"${file(p)}" 所在的磁盘或文件夹是只读的，请另存到其他位置。`,
  'file.invalid': (p) => `"${file(p)}" 不是有效的 Yardstick 文件：${p.detail}`,
  'file.isFolder': (p) => `"${file(p)}" 是文件夹，请在其中指定文件名。`,
  'file.device': (p) =>
    `"${file(p)}" 是设备文件；Yardstick 只写入普通文件、管道、终端和空设备（/dev/null）。`,
  'file.unsafeLink': (p) =>
    `"${file(p)}" 是他人放在公共可写文件夹中的符号链接，Yardstick 不会顺着它写入。请换一个文件名或文件夹。`,
  'file.noReader': (p) => `没有程序在读取管道 "${file(p)}"；请先启动读取它的程序，再重试。`,
  'file.changedWhileWriting': (p) => `写入期间 "${file(p)}" 被替换成了其他对象；未写入任何内容。`,
  'document.tooLarge': (p) =>
    `文档大小为 ${p.size} 字节；Yardstick 只保存不超过 ${p.limit} 字节的文档。`,
  'document.unknown': () => '该文档已不再打开，请使用"另存为"选择文件。',
  'recent.unavailable': (p) => `无法从列表重新打开 "${file(p)}"，请使用"打开…"。`,
  'recovery.missing': () => '该恢复副本已被恢复或丢弃。',
  'recovery.openElsewhere': () => '该副本属于另一个标签页或窗口中仍在编辑的工作，请在那里继续。',
  'export.failed': (p) => `无法写入导出文件 "${file(p)}"（${p.reason}）。`,
  'print.failed': (p) => `无法生成 PDF（${p.reason}）。`,
};

export function hostIssue(code: HostIssueCode, params: Params = {}, path = ''): HostIssue {
  return { code, message: english[code](params), path, params };
}

/** The text of one of the host's own issues in a supported language; others keep their message. */
export function hostIssueText(issue: HostIssue, locale: 'en' | 'zh-CN'): string {
  if (!(issue.code in english)) return issue.message;
  const table = locale === 'zh-CN' ? chinese : english;
  return table[issue.code as HostIssueCode](issue.params);
}
