import { useCallback, useEffect, useState } from 'react';
import type { Host, RecentFile, RecoverySummary } from '../../shared/host/host';

/**
 * The host's recent files and the unsaved work it kept for recovery, asked again after anything
 * that changes them (an open, a save, a recovery). A host that cannot answer leaves them as they
 * were: the lists are a convenience, never a reason for an error.
 */
export function useHostLists(host: Host | null) {
  const [recentFiles, setRecentFiles] = useState<readonly RecentFile[]>([]);
  const [recoveries, setRecoveries] = useState<readonly RecoverySummary[]>([]);
  const refreshLists = useCallback(() => {
    if (!host) return;
    host
      .recentFiles()
      .then(setRecentFiles)
      .catch(() => undefined);
    host
      .listRecoveries()
      .then(setRecoveries)
      .catch(() => undefined);
  }, [host]);
  useEffect(refreshLists, [refreshLists]);
  return { recentFiles, recoveries, refreshLists };
}
