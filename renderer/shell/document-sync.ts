import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Host } from '../../shared/host/host';
import { serializeScenarioFile } from '../../shared/scenario';
import type { Snapshot } from '../services/document/scenario-edits';

/**
 * Keeps the window and the host told of the open document: its title and dirty state, and the
 * unsaved work itself a second after the last edit, for recovery after a crash.
 */
export function useDocumentSync({
  host,
  documentId,
  title,
  dirty,
  snapshot,
}: {
  host: Host | null;
  documentId: string | null;
  title: string | null;
  dirty: boolean;
  snapshot: Snapshot | null;
}): void {
  const { t } = useTranslation();
  useEffect(() => {
    window.document.title = title
      ? t(dirty ? 'app.windowTitleDirty' : 'app.windowTitle', { document: title })
      : t('app.name');
    if (host && title)
      void host.documentChanged({ documentId, title, dirty }).catch(() => undefined);
  }, [dirty, documentId, host, t, title]);

  useEffect(() => {
    if (!host || !snapshot || !dirty || !title) return;
    const timer = window.setTimeout(() => {
      void host
        .autosave({ documentId, title, text: serializeScenarioFile(snapshot.file) })
        .catch(() => undefined);
    }, 1000);
    return () => window.clearTimeout(timer);
  }, [dirty, documentId, host, snapshot, title]);
}
