import { Alert, Stack } from '@mantine/core';
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface Notice {
  readonly id: number;
  readonly kind: 'error' | 'info';
  readonly title: string;
  readonly lines: readonly string[];
}

interface NoticesApi {
  readonly notices: readonly Notice[];
  notify(kind: Notice['kind'], title: string, lines?: readonly string[]): void;
  dismiss(id: number): void;
}

const NoticesContext = createContext<NoticesApi | null>(null);

/** Outcomes of file actions (a refused file, a failed save) that the person must read. */
export function NoticesProvider({ children }: { children: ReactNode }) {
  const [notices, setNotices] = useState<readonly Notice[]>([]);
  const notify = useCallback(
    (kind: Notice['kind'], title: string, lines: readonly string[] = []) => {
      setNotices((previous) => [
        ...previous.slice(-2),
        { id: Date.now() + Math.random(), kind, title, lines },
      ]);
    },
    [],
  );
  const dismiss = useCallback((id: number) => {
    setNotices((previous) => previous.filter((notice) => notice.id !== id));
  }, []);
  const api = useMemo(() => ({ notices, notify, dismiss }), [notices, notify, dismiss]);
  return <NoticesContext.Provider value={api}>{children}</NoticesContext.Provider>;
}

export function useNotices(): NoticesApi {
  const api = useContext(NoticesContext);
  if (!api) throw new Error('useNotices needs a NoticesProvider above it.');
  return api;
}

export function NoticeList() {
  const { t } = useTranslation();
  const { notices, dismiss } = useNotices();
  if (notices.length === 0) return null;
  return (
    <Stack gap="xs" mb="md">
      {notices.map((notice) => (
        <Alert
          key={notice.id}
          role={notice.kind === 'error' ? 'alert' : 'status'}
          color={notice.kind === 'error' ? 'red' : 'blue'}
          title={notice.title}
          withCloseButton
          closeButtonLabel={t('common.dismiss')}
          onClose={() => dismiss(notice.id)}
        >
          {notice.lines.length > 0 && (
            <Stack gap={2} component="ul" m={0} pl="md">
              {notice.lines.slice(0, 8).map((line, index) => (
                <li key={index}>{line}</li>
              ))}
            </Stack>
          )}
        </Alert>
      ))}
    </Stack>
  );
}
