import type { FileAccess } from '../../../renderer/services/host/files';

/** localStorage as a plain map: each test gets its own, and can make it refuse writes. */
export class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  full = false;
  get length(): number {
    return this.items.size;
  }
  clear(): void {
    this.items.clear();
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  setItem(key: string, value: string): void {
    if (this.full) throw new DOMException('quota', 'QuotaExceededError');
    this.items.set(key, String(value));
  }
}

/** A file handle as Chromium's File System Access API gives one, over an in-memory file. */
export class FakeHandle {
  readonly kind = 'file';
  permission: PermissionState = 'granted';
  constructor(
    readonly name: string,
    public content: string,
  ) {}
  async getFile(): Promise<File> {
    return new File([this.content], this.name, { type: 'application/json' });
  }
  async isSameEntry(other: unknown): Promise<boolean> {
    return other === this;
  }
  async queryPermission(): Promise<PermissionState> {
    return this.permission;
  }
  async requestPermission(): Promise<PermissionState> {
    return this.permission;
  }
}

export const asHandle = (handle: FakeHandle) => handle as unknown as FileSystemFileHandle;

/** File pickers that answer from queues, as a person clicking through them would. */
export function scriptedFiles(inPlace: boolean) {
  const picks: ({ file: File; handle: FileSystemFileHandle | null } | null)[] = [];
  const targets: (FileSystemFileHandle | 'download' | null)[] = [];
  const downloads: {
    name: string;
    text: Promise<string>;
    bytes: Promise<ArrayBuffer>;
    type: string;
  }[] = [];
  const access: FileAccess = {
    inPlace,
    pickFile: async () => picks.shift() ?? null,
    pickSaveTarget: async () => (inPlace ? (targets.shift() ?? null) : 'download'),
    writeHandle: async (handle, data) => {
      (handle as unknown as FakeHandle).content = await data.text();
    },
    download: (name, data) =>
      downloads.push({ name, text: data.text(), bytes: data.arrayBuffer(), type: data.type }),
  };
  return { access, picks, targets, downloads };
}
