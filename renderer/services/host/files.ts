/**
 * Picking, reading and writing files in a browser: the File System Access API where the browser
 * has it (Chromium), a hidden `<input type=file>` and a download link everywhere else.
 */

export interface FileAccess {
  /** Whether files can be written in place (and so reopened from the recent list). */
  readonly inPlace: boolean;
  /** A chosen file and, with the File System Access API, its handle; null when cancelled. */
  pickFile(accept: {
    description: string;
    extensions: string[];
    mime: string;
  }): Promise<{ file: File; handle: FileSystemFileHandle | null } | null>;
  /** Where to save: a handle, 'download' when the browser can only download, null when cancelled. */
  pickSaveTarget(options: {
    suggestedName: string;
    description: string;
    extensions: string[];
    mime: string;
  }): Promise<FileSystemFileHandle | 'download' | null>;
  writeHandle(handle: FileSystemFileHandle, data: Blob): Promise<void>;
  download(name: string, data: Blob): void;
}

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

function pickWithInput(doc: Document, accept: string): Promise<File | null> {
  return new Promise((resolve) => {
    const input = doc.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.hidden = true;
    const done = (file: File | null): void => {
      input.remove();
      resolve(file);
    };
    input.addEventListener('change', () => done(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => done(null), { once: true });
    doc.body.append(input);
    input.click();
  });
}

export function browserFileAccess(
  win: Window,
  options: { preferFileSystemAccess: boolean },
): FileAccess {
  const doc = win.document;
  const native =
    options.preferFileSystemAccess &&
    typeof win.showOpenFilePicker === 'function' &&
    typeof win.showSaveFilePicker === 'function';

  return {
    inPlace: native,

    async pickFile(accept) {
      if (!native || !win.showOpenFilePicker) {
        const file = await pickWithInput(doc, [...accept.extensions, accept.mime].join(','));
        return file === null ? null : { file, handle: null };
      }
      try {
        const [handle] = await win.showOpenFilePicker({
          id: 'yardstick-open',
          types: [
            { description: accept.description, accept: { [accept.mime]: accept.extensions } },
          ],
        });
        return handle ? { file: await handle.getFile(), handle } : null;
      } catch (error) {
        if (isAbort(error)) return null;
        throw error;
      }
    },

    async pickSaveTarget(target) {
      if (!native || !win.showSaveFilePicker) return 'download';
      try {
        return await win.showSaveFilePicker({
          id: 'yardstick-save',
          suggestedName: target.suggestedName,
          types: [
            { description: target.description, accept: { [target.mime]: target.extensions } },
          ],
        });
      } catch (error) {
        if (isAbort(error)) return null;
        throw error;
      }
    },

    async writeHandle(handle, data) {
      if (
        handle.queryPermission &&
        (await handle.queryPermission({ mode: 'readwrite' })) !== 'granted'
      ) {
        const answer = await handle.requestPermission?.({ mode: 'readwrite' });
        if (answer !== 'granted')
          throw new DOMException('Permission to write the file was refused.', 'NotAllowedError');
      }
      // Chromium writes to a swap file and moves it over the target on close: the old copy
      // survives a failure, as with the desktop's atomic save.
      const writable = await handle.createWritable();
      try {
        await writable.write(data);
        await writable.close();
      } catch (error) {
        await writable.abort().catch(() => undefined);
        throw error;
      }
    },

    download(name, data) {
      const url = URL.createObjectURL(data);
      const link = doc.createElement('a');
      link.href = url;
      link.download = name;
      link.rel = 'noopener';
      link.hidden = true;
      doc.body.append(link);
      link.click();
      link.remove();
      // The download has started by the time the event loop comes back around; a minute is ample.
      win.setTimeout(() => URL.revokeObjectURL(url), 60_000);
    },
  };
}
