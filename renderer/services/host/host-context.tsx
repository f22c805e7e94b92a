import { createContext, useContext, type ReactNode } from 'react';
import type { Host } from '../../../shared/host/host';

/**
 * The desktop (or the browser) as the renderer sees it. Null only if the page runs with neither
 * the preload's bridge nor a browser host; every file action then says it is unavailable.
 */
const HostContext = createContext<Host | null>(null);

export function HostProvider({ host, children }: { host: Host | null; children: ReactNode }) {
  return <HostContext.Provider value={host}>{children}</HostContext.Provider>;
}

export function useHost(): Host | null {
  return useContext(HostContext);
}

/**
 * Why a host call broke off instead of answering (the contract refused the request, the channel
 * closed), for the person to read: every such failure is shown, none passes in silence.
 */
export function hostFailureReason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
