/**
 * The parts of the File System Access API that Chromium ships and TypeScript's DOM library does not
 * declare (the pickers and permissions). Everything here is optional: other browsers lack it.
 */
interface YardstickFilePickerType {
  description?: string;
  accept: Record<string, string[]>;
}

interface YardstickOpenFilePickerOptions {
  types?: YardstickFilePickerType[];
  excludeAcceptAllOption?: boolean;
  multiple?: boolean;
  id?: string;
}

interface YardstickSaveFilePickerOptions {
  types?: YardstickFilePickerType[];
  suggestedName?: string;
  id?: string;
}

interface FileSystemHandle {
  queryPermission?(descriptor: { mode: 'read' | 'readwrite' }): Promise<PermissionState>;
  requestPermission?(descriptor: { mode: 'read' | 'readwrite' }): Promise<PermissionState>;
}

interface Window {
  showOpenFilePicker?(options?: YardstickOpenFilePickerOptions): Promise<FileSystemFileHandle[]>;
  showSaveFilePicker?(options?: YardstickSaveFilePickerOptions): Promise<FileSystemFileHandle>;
}
