/**
 * Where the browser host keeps file handles so that Open Recent and Save keep working: IndexedDB
 * (handles are structured-cloneable and survive a reload) when the browser has it, memory otherwise.
 */
export interface HandleStore {
  get(id: string): Promise<FileSystemFileHandle | undefined>;
  put(id: string, handle: FileSystemFileHandle): Promise<void>;
  delete(id: string): Promise<void>;
  clear(): Promise<void>;
}

export function memoryHandleStore(): HandleStore {
  const handles = new Map<string, FileSystemFileHandle>();
  return {
    get: async (id) => handles.get(id),
    put: async (id, handle) => {
      handles.set(id, handle);
    },
    delete: async (id) => {
      handles.delete(id);
    },
    clear: async () => handles.clear(),
  };
}

const storeName = 'handles';

function request<T>(
  run: (store: IDBObjectStore) => IDBRequest<T>,
  db: IDBDatabase,
  mode: IDBTransactionMode,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const transaction = db.transaction(storeName, mode);
    const pending = run(transaction.objectStore(storeName));
    pending.onsuccess = () => resolve(pending.result);
    pending.onerror = () => reject(pending.error ?? new Error('IndexedDB request failed'));
  });
}

export function indexedDbHandleStore(factory: IDBFactory, name = 'yardstick-host'): HandleStore {
  let opened: Promise<IDBDatabase> | null = null;
  const db = (): Promise<IDBDatabase> => {
    opened ??= new Promise((resolve, reject) => {
      const open = factory.open(name, 1);
      open.onupgradeneeded = () => open.result.createObjectStore(storeName);
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error ?? new Error('IndexedDB could not be opened'));
    });
    return opened;
  };
  return {
    get: async (id) =>
      (await request((s) => s.get(id), await db(), 'readonly')) as FileSystemFileHandle | undefined,
    put: async (id, handle) => {
      await request((s) => s.put(handle, id), await db(), 'readwrite');
    },
    delete: async (id) => {
      await request((s) => s.delete(id), await db(), 'readwrite');
    },
    clear: async () => {
      await request((s) => s.clear(), await db(), 'readwrite');
    },
  };
}
