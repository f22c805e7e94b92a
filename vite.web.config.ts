import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { rendererConfig } from './vite.renderer.config.ts';

/** The renderer as a plain web page: how the end-to-end tests drive it, and how anyone can try it. */
export default defineConfig({
  // YARDSTICK_WEB_OUT lets two test runs on one machine build side by side.
  ...rendererConfig(resolve(process.env.YARDSTICK_WEB_OUT ?? 'out/web')),
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: true },
});
