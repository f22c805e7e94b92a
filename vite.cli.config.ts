import { defineConfig } from 'vite';

/*
 * The `yardstick` command line: main/cli/index.ts bundled into an ES module for Node 20 at
 * out/cli/yardstick.js, with decimal.js and zod inside it so the file runs from any checkout or
 * install without resolving packages; Node's built-ins stay external. bin/yardstick.js loads it.
 * What only some commands need and is large (exceljs, for the workbooks) is a chunk of its own in
 * out/cli/chunks/, loaded when such a command runs.
 */
export default defineConfig({
  // The CLI has no static assets; keeping public/ out avoids copying the app's into out/cli.
  publicDir: false,
  logLevel: 'warn',
  ssr: {
    noExternal: true,
  },
  build: {
    ssr: 'main/cli/index.ts',
    outDir: 'out/cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    copyPublicDir: false,
    rolldownOptions: {
      output: {
        format: 'es',
        entryFileNames: 'yardstick.js',
        chunkFileNames: 'chunks/[name]-[hash].js',
      },
    },
  },
});
