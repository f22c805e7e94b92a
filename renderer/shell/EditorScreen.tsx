import { useTranslation } from 'react-i18next';
import { ResultsPanel } from '../features/results/ResultsPanel';
import { EditorPanel } from '../features/editor/EditorPanel';
import classes from './EditorScreen.module.css';

/** The editor and, always beside it, the results it produces; each scrolls on its own. */
export function EditorScreen() {
  const { t } = useTranslation();
  return (
    <div className={classes.layout}>
      {/* Focusable so the keyboard can scroll each column (axe: scrollable-region-focusable). */}
      <div
        className={classes.editor}
        role="region"
        aria-label={t('editor.label')}
        tabIndex={0}
        id="editor-region"
      >
        <EditorPanel />
      </div>
      <div
        className={classes.results}
        role="region"
        aria-label={t('results.label')}
        tabIndex={0}
        id="results-region"
      >
        <ResultsPanel />
      </div>
    </div>
  );
}
