import { UnstyledButton } from '@mantine/core';
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { useTranslation } from 'react-i18next';
import classes from './landmarks.module.css';

/*
 * The places of an open case a keyboard reaches at once, from anywhere: the editor, the results
 * and the export. Skip links are the first stops of the Tab key; Alt+Shift and a letter go
 * there from any screen (the Scenarios or Risk tab included: the editor's screen is shown first).
 * The workspace says how to get there, since it knows its screens.
 */

export const LANDMARKS = ['editor', 'results', 'export'] as const;
export type Landmark = (typeof LANDMARKS)[number];

/** The key, with Alt and Shift, of each landmark (by `KeyboardEvent.code`, the same in any layout). */
export const LANDMARK_KEYS: Readonly<Record<Landmark, { code: string; label: string }>> = {
  editor: { code: 'KeyD', label: 'D' },
  results: { code: 'KeyR', label: 'R' },
  export: { code: 'KeyE', label: 'E' },
};

type Go = (landmark: Landmark) => void;

interface LandmarkApi {
  /** Set by the workspace while a case is open; null otherwise. */
  register(go: Go | null): void;
  go(landmark: Landmark): void;
  readonly available: boolean;
}

const LandmarkContext = createContext<LandmarkApi | null>(null);

export function LandmarkProvider({ children }: { children: ReactNode }) {
  const handler = useRef<Go | null>(null);
  const [available, setAvailable] = useState(false);
  const register = useCallback((go: Go | null) => {
    handler.current = go;
    setAvailable(go !== null);
  }, []);
  const go = useCallback((landmark: Landmark) => handler.current?.(landmark), []);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return;
      const landmark = LANDMARKS.find((name) => LANDMARK_KEYS[name].code === event.code);
      if (landmark === undefined || handler.current === null) return;
      event.preventDefault();
      handler.current(landmark);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  const api = useMemo(() => ({ register, go, available }), [register, go, available]);
  return <LandmarkContext.Provider value={api}>{children}</LandmarkContext.Provider>;
}

/** The workspace's way to each landmark, while it is shown. */
export function useLandmarks(go: Go): void {
  const api = useContext(LandmarkContext);
  const latest = useRef(go);
  latest.current = go;
  useEffect(() => {
    api?.register((landmark) => latest.current(landmark));
    return () => api?.register(null);
  }, [api]);
}

/** The first stops of the Tab key: hidden until focused, then shown at the top of the window. */
export function SkipLinks() {
  const { t } = useTranslation();
  const api = useContext(LandmarkContext);
  if (!api?.available) return null;
  return (
    <nav aria-label={t('nav.landmarks.label')} className={classes.skip}>
      {LANDMARKS.map((landmark) => (
        <UnstyledButton
          key={landmark}
          className={classes.link}
          onClick={() => api.go(landmark)}
          aria-keyshortcuts={`Alt+Shift+${LANDMARK_KEYS[landmark].label}`}
          data-testid={`skip-${landmark}`}
        >
          {t(`nav.landmarks.${landmark}`, { keys: `Alt+Shift+${LANDMARK_KEYS[landmark].label}` })}
        </UnstyledButton>
      ))}
    </nav>
  );
}
