/**
 * How Yardstick starts a headless Chromium (the command line's printer, and the end-to-end tests):
 * no sandbox (containers and CI have no user namespaces), no GPU, and nothing that reaches the
 * network on its own.
 */
export const HEADLESS_CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
