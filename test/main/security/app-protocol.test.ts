import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  contentTypeOf,
  resolveAppAsset,
  serveAppRequest,
} from '../../../main/security/app-protocol';
import { contentSecurityPolicy } from '../../../shared/host/csp';
import { useTempFolders } from '../support/temp';

const tempFolder = useTempFolders();

async function builtRenderer() {
  const folder = await tempFolder();
  const root = join(folder, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><title>Yardstick</title>');
  await writeFile(join(root, 'assets', 'index.js'), 'console.log(1)');
  await writeFile(join(folder, 'secret.txt'), 'outside the app');
  return { folder, root };
}

describe('the app:// protocol', () => {
  it('serves the built files with their type and the CSP as a header', async () => {
    const { root } = await builtRenderer();
    const page = await serveAppRequest(root, 'app://yardstick/index.html');
    expect(page.status).toBe(200);
    expect(page.headers['Content-Type']).toBe('text/html; charset=utf-8');
    expect(page.headers['Content-Security-Policy']).toBe(contentSecurityPolicy);
    expect(page.headers['X-Content-Type-Options']).toBe('nosniff');
    expect(new TextDecoder().decode(page.body ?? new Uint8Array())).toContain('Yardstick');
    expect((await serveAppRequest(root, 'app://yardstick/')).status).toBe(200);
    expect(
      (await serveAppRequest(root, 'app://yardstick/assets/index.js')).headers['Content-Type'],
    ).toBe('text/javascript; charset=utf-8');
  });

  it.each([
    'app://yardstick/../secret.txt',
    'app://yardstick/%2e%2e/secret.txt',
    'app://yardstick/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    'app://yardstick/..%5csecret.txt',
    'app://yardstick/index.html%00.js',
    'app://other/index.html',
    'app://yardstick/missing.js',
    'app://yardstick/assets',
    'file:///etc/passwd',
  ])('refuses %s', async (url) => {
    const { root } = await builtRenderer();
    const answer = await serveAppRequest(root, url);
    expect(answer.status).toBe(404);
    expect(answer.body).toBeNull();
  });

  it('refuses a symbolic link that leads out of the build', async () => {
    if (process.platform === 'win32') return;
    const { folder, root } = await builtRenderer();
    await symlink(join(folder, 'secret.txt'), join(root, 'assets', 'link.txt'));
    expect((await serveAppRequest(root, 'app://yardstick/assets/link.txt')).status).toBe(404);
  });

  it('answers only reads', async () => {
    const { root } = await builtRenderer();
    expect((await serveAppRequest(root, 'app://yardstick/index.html', 'POST')).status).toBe(405);
  });

  it('maps unknown extensions to an opaque type rather than guessing', () => {
    expect(contentTypeOf('a.exe')).toBe('application/octet-stream');
    expect(resolveAppAsset('/r', 'app://yardstick/a/b.js')).toBe('/r/a/b.js');
  });
});
