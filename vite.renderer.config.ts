import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import type { Plugin, UserConfig } from 'vite';
import pkg from './package.json' with { type: 'json' };
import { contentSecurityPolicy } from './shared/host/csp.ts';

export { contentSecurityPolicy };

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
    build: {
      outDir,
      emptyOutDir: true,
      target: 'chrome120',
      minify: true,
      // The app, and the print view of reports that every printer loads (shared/report).
      rolldownOptions: {
        input: { index: resolve('renderer/index.html'), report: resolve('renderer/report.html') },
      },
    },
  };
}
