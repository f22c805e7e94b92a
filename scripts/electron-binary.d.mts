/** The Electron binary's path, or why there is none (see electron-binary.mjs). */
export type ElectronBinary = { readonly path: string } | { readonly reason: string };

export function electronBinary(where?: {
  readonly folder?: string;
  readonly env?: Readonly<Record<string, string | undefined>>;
}): ElectronBinary;
