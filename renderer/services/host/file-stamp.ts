/**
 * A file as last read or written here. As on the desktop, time and size decide cheaply and the
 * content decides when they differ, so a file that was only touched is not a conflict.
 */
export interface FileStamp {
  lastModified: number;
  size: number;
  text: string;
}

export async function stampOf(handle: FileSystemFileHandle): Promise<FileStamp | null> {
  try {
    const file = await handle.getFile();
    return { lastModified: file.lastModified, size: file.size, text: await file.text() };
  } catch {
    return null;
  }
}

export async function changedSince(
  handle: FileSystemFileHandle,
  known: FileStamp,
): Promise<boolean> {
  let file: File;
  try {
    file = await handle.getFile();
  } catch {
    return false; // Gone: writing it again loses nothing.
  }
  if (file.lastModified === known.lastModified && file.size === known.size) return false;
  return (await file.text()) !== known.text;
}

/** A picked file's bytes, also where `Blob#arrayBuffer` is missing (older engines, jsdom). */
export async function bytesOf(file: Blob): Promise<ArrayBuffer> {
  if (typeof file.arrayBuffer === 'function') return file.arrayBuffer();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsArrayBuffer(file);
  });
}
