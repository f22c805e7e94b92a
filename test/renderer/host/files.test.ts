import { afterEach, describe, expect, it, vi } from 'vitest';
import { browserFileAccess } from '../../../renderer/services/host/files';
import { asHandle, FakeHandle } from './fakes';

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

const scenario = {
  description: 'Yardstick scenario',
  extensions: ['.json'],
  mime: 'application/json',
};

describe('browser file access without the File System Access API', () => {
  it('picks a file with a hidden file input, and notices a cancel', async () => {
    const access = browserFileAccess(window, { preferFileSystemAccess: false });
    expect(access.inPlace).toBe(false);
    vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(() => undefined);

    const picking = access.pickFile(scenario);
    const input = document.querySelector('input[type=file]') as HTMLInputElement;
    expect(input.accept).toBe('.json,application/json');
    const file = new File(['{}'], 'a.yardstick.json');
    Object.defineProperty(input, 'files', { value: [file] });
    input.dispatchEvent(new Event('change'));
    expect(await picking).toEqual({ file, handle: null });
    expect(document.querySelector('input')).toBeNull();

    const cancelled = access.pickFile(scenario);
    document.querySelector('input')?.dispatchEvent(new Event('cancel'));
    expect(await cancelled).toBeNull();
  });

  it('saves by downloading through a temporary link', async () => {
    const access = browserFileAccess(window, { preferFileSystemAccess: false });
    expect(await access.pickSaveTarget({ suggestedName: 'a', ...scenario })).toBe('download');
    const created = vi.fn(() => 'blob:yardstick/1');
    Object.assign(URL, { createObjectURL: created, revokeObjectURL: vi.fn() });
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this);
    });
    access.download('plan.yardstick.json', new Blob(['{}']));
    expect(clicked[0]?.download).toBe('plan.yardstick.json');
    expect(clicked[0]?.href).toBe('blob:yardstick/1');
    expect(document.querySelector('a')).toBeNull();
  });
});

describe('browser file access with the File System Access API', () => {
  function chromium(handle: FakeHandle, options: { abort?: boolean } = {}) {
    const written: string[] = [];
    let aborted = false;
    const writable = {
      write: async (blob: Blob) => {
        if (options.abort) throw new DOMException('disk full', 'QuotaExceededError');
        written.push(await blob.text());
      },
      close: async () => undefined,
      abort: async () => {
        aborted = true;
      },
    };
    Object.assign(handle, { createWritable: async () => writable });
    const win = Object.assign(Object.create(window) as Window, {
      document,
      showOpenFilePicker: vi.fn(async () => [asHandle(handle)]),
      showSaveFilePicker: vi.fn(async () => asHandle(handle)),
    });
    return { win, written, aborted: () => aborted };
  }

  it('opens and writes through handles, and reports a cancelled picker as null', async () => {
    const handle = new FakeHandle('plan.yardstick.json', '{"a":1}');
    const { win, written } = chromium(handle);
    const access = browserFileAccess(win, { preferFileSystemAccess: true });
    expect(access.inPlace).toBe(true);
    const picked = await access.pickFile(scenario);
    expect(picked?.handle).toBe(handle);
    expect(await picked?.file.text()).toBe('{"a":1}');
    await access.writeHandle(asHandle(handle), new Blob(['{"a":2}']));
    expect(written).toEqual(['{"a":2}']);

    vi.mocked(win.showOpenFilePicker!).mockRejectedValueOnce(
      new DOMException('cancel', 'AbortError'),
    );
    expect(await access.pickFile(scenario)).toBeNull();
    vi.mocked(win.showSaveFilePicker!).mockRejectedValueOnce(
      new DOMException('cancel', 'AbortError'),
    );
    expect(await access.pickSaveTarget({ suggestedName: 'a', ...scenario })).toBeNull();
  });

  it('aborts a failed write (the old file stays) and refuses without write permission', async () => {
    const handle = new FakeHandle('plan.yardstick.json', 'old');
    const { win, aborted } = chromium(handle, { abort: true });
    const access = browserFileAccess(win, { preferFileSystemAccess: true });
    await expect(access.writeHandle(asHandle(handle), new Blob(['new']))).rejects.toThrow(
      'disk full',
    );
    expect(aborted()).toBe(true);
    handle.permission = 'denied';
    await expect(access.writeHandle(asHandle(handle), new Blob(['new']))).rejects.toThrow(
      /Permission/,
    );
  });
});
