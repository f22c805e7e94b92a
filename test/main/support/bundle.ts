import { join } from 'node:path';
import { build } from 'vite';

/**
 * Bundles one TypeScript entry into a single JavaScript file, the way the app's build does, so a
 * test can run it in a separate Node process (or check what it requires). Only Node's built-ins
 * and `external` stay imports; everything else, zod included, is inlined.
 */
export async function bundle(options: {
  entry: string;
  outDir: string;
  fileName: string;
  format: 'es' | 'cjs';
  external?: string[];
}): Promise<string> {
  await build({
    configFile: false,
    logLevel: 'silent',
    ssr: { noExternal: true, ...(options.external ? { external: options.external } : {}) },
    build: {
      ssr: options.entry,
      outDir: options.outDir,
      emptyOutDir: false,
      minify: false,
      rolldownOptions: {
        external: options.external ?? [],
        output: { format: options.format, entryFileNames: options.fileName },
      },
    },
  });
  return join(options.outDir, options.fileName);
}
