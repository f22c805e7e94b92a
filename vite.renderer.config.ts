import react from '@vitejs/plugin-react';
import type { Plugin, UserConfig } from 'vite';
import pkg from './package.json' with { type: 'json' };

/**
 * The Content-Security-Policy of every built page. It is injected at build time only: the dev
 * server's hot reload needs inline scripts and a websocket, which a shipped app must never allow.
 * No 'unsafe-eval', no remote origin: the app works offline and runs only its own code.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function injectContentSecurityPolicy(): Plugin {
  return {
    name: 'yardstick:csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/** The renderer's Vite settings, shared by the Electron build and the plain web build. */
export function rendererConfig(outDir: string): UserConfig {
  return {
    root: 'renderer',
    base: './',
    plugins: [react(), injectContentSecurityPolicy()],
    define: { __APP_VERSION__: JSON.stringify(pkg.version) },
    build: { outDir, emptyOutDir: true, target: 'chrome120', minify: true },
  };
}
