/**
 * The Content-Security-Policy of every page of the app. One definition for the build (which puts
 * it in a meta tag) and for the Electron main process (which also sends it as a response header of
 * the app protocol, so it holds even if a page lost its meta tag).
 *
 * No 'unsafe-eval', no remote origin: the app works offline and runs only its own code. Styles
 * allow 'unsafe-inline' because React sets style attributes; scripts never do.
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
