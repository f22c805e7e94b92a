import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { rendererConfig } from './vite.renderer.config.ts';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rolldownOptions: { input: { index: resolve('main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload can require only `electron`: every other dependency is bundled in.
      externalizeDeps: false,
      // A sandboxed preload cannot load ES modules: it must be one CommonJS file.
      rolldownOptions: {
        input: { index: resolve('main/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: { ...rendererConfig(resolve('out/renderer')), root: resolve('renderer') },
});
