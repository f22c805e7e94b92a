import { protocol } from 'electron';
import { serveAppRequest } from '../security/app-protocol';
import { APP_SCHEME } from '../security/origin';

/**
 * `app:` must be registered before the app is ready. Standard + secure gives the pages a real
 * origin (`app://yardstick`) in a secure context, unlike `file:`, whose pages can read each other.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the built renderer folder, and nothing outside it, under `app://yardstick/`. */
export function handleAppProtocol(rendererRoot: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const answer = await serveAppRequest(rendererRoot, request.url, request.method);
    return new Response(answer.body, { status: answer.status, headers: answer.headers });
  });
}
