import { describe, expect, it } from 'vitest';
import {
  appOrigin,
  isAllowedNavigation,
  isTrustedSender,
  originOf,
} from '../../../main/security/origin';
import { rendererEntry } from '../../../main/security/renderer-entry';
import { isAllowedRequest } from '../../../main/security/requests';

const app = [appOrigin];

describe('originOf', () => {
  it('tells custom-scheme origins apart, which URL.origin does not', () => {
    expect(new URL('app://yardstick/index.html').origin).toBe('null');
    expect(originOf('app://yardstick/index.html')).toBe('app://yardstick');
    expect(originOf('app://evil/index.html')).toBe('app://evil');
    expect(originOf('http://localhost:5173/x')).toBe('http://localhost:5173');
  });

  it('refuses what has no host or hides one behind credentials', () => {
    expect(originOf('file:///etc/passwd')).toBeNull();
    expect(originOf('about:blank')).toBeNull();
    expect(originOf('app://user:pw@yardstick/')).toBeNull();
    expect(originOf('not a url')).toBeNull();
  });
});

describe('isTrustedSender', () => {
  it('trusts only the top frame of the app’s own page', () => {
    expect(isTrustedSender({ url: 'app://yardstick/index.html', isMainFrame: true }, app)).toBe(
      true,
    );
  });

  it.each([
    ['another origin', { url: 'https://example.com/', isMainFrame: true }],
    ['a look-alike host', { url: 'app://yardstick.evil/index.html', isMainFrame: true }],
    ['a file page', { url: 'file:///tmp/index.html', isMainFrame: true }],
    ['a sub-frame of the app', { url: 'app://yardstick/frame.html', isMainFrame: false }],
    ['a frame that is gone', { url: null, isMainFrame: true }],
    ['a data URL', { url: 'data:text/html,<script>', isMainFrame: true }],
  ])('refuses %s', (_what, sender) => {
    expect(isTrustedSender(sender, app)).toBe(false);
  });
});

describe('navigation and requests', () => {
  it('lets the window show only the app', () => {
    expect(isAllowedNavigation('app://yardstick/index.html#/results', app)).toBe(true);
    expect(isAllowedNavigation('https://example.com/', app)).toBe(false);
    expect(isAllowedNavigation('file:///etc/passwd', app)).toBe(false);
    expect(isAllowedNavigation('javascript:alert(1)', app)).toBe(false);
  });

  it('allows no network request but the app’s own and, in development, the local dev server', () => {
    expect(isAllowedRequest('app://yardstick/assets/index.js', app)).toBe(true);
    expect(isAllowedRequest('data:image/png;base64,AAAA', app)).toBe(true);
    expect(isAllowedRequest('https://cdn.example.com/lib.js', app)).toBe(false);
    expect(isAllowedRequest('http://localhost:5173/main.tsx', app)).toBe(false);
    const dev = ['http://localhost:5173'];
    expect(isAllowedRequest('http://localhost:5173/main.tsx', dev)).toBe(true);
    expect(isAllowedRequest('ws://localhost:5173/', dev)).toBe(true);
    expect(isAllowedRequest('ws://localhost:9999/', dev)).toBe(false);
  });
});

describe('rendererEntry', () => {
  it('loads the built app from app:// when packaged, whatever the environment says', () => {
    expect(rendererEntry({ isPackaged: true, devServerUrl: 'http://localhost:5173' })).toEqual({
      url: 'app://yardstick/index.html',
      allowedOrigins: ['app://yardstick'],
    });
    expect(rendererEntry({ isPackaged: false, devServerUrl: undefined }).url).toBe(
      'app://yardstick/index.html',
    );
  });

  it('uses the dev server only while developing, and only on this machine', () => {
    expect(rendererEntry({ isPackaged: false, devServerUrl: 'http://localhost:5173/' })).toEqual({
      url: 'http://localhost:5173/',
      allowedOrigins: ['http://localhost:5173'],
    });
    expect(
      rendererEntry({ isPackaged: false, devServerUrl: 'http://evil.example:5173/' }).url,
    ).toBe('app://yardstick/index.html');
    expect(
      rendererEntry({ isPackaged: false, devServerUrl: 'https://localhost.evil.example/' }).url,
    ).toBe('app://yardstick/index.html');
    expect(rendererEntry({ isPackaged: false, devServerUrl: 'file:///tmp/index.html' }).url).toBe(
      'app://yardstick/index.html',
    );
  });
});
