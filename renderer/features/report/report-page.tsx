import { useCallback, useMemo } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { LocaleSchema, type Locale } from '../../../shared/host/schemas';
import { estimatedPages, MAX_REPORT_PAGES } from '../../../shared/report/budget';
import {
  ReportRequestSchema,
  type ReportOutcome,
  type ReportPageApi,
  type ReportRequest,
} from '../../../shared/report/request';
import { createI18n } from '../../services/i18n';
import { ReportErrorBoundary } from './frame/ReportErrorBoundary';
import { ReportFrame } from './frame/ReportFrame';
import { ReportOutcomeProvider } from './frame/outcome';
import { configurePrintCharts } from './frame/ready';
import { ReportBody } from './ReportBody';
import { fill, reportTexts } from './texts';

/** The language a request asks for, read even from a request that is otherwise invalid. */
function requestedLanguage(request: unknown): Locale {
  const language =
    request !== null && typeof request === 'object'
      ? (request as { language?: unknown }).language
      : undefined;
  const parsed = LocaleSchema.safeParse(language);
  return parsed.success ? parsed.data : 'en';
}

/** The page's whole report: frame, body, and the first outcome it signals. */
export function ReportView({
  request,
  onOutcome,
  env = 'default',
}: {
  request: ReportRequest;
  onOutcome: (outcome: ReportOutcome) => void;
  env?: 'default' | 'test';
}) {
  const i18n = useMemo(() => createI18n(request.language), [request.language]);
  const texts = reportTexts[request.language];
  // Checked before anything is printed: a report laid out longer than a report may be is refused.
  const settle = useCallback(
    (outcome: ReportOutcome) => {
      const height = typeof document === 'undefined' ? 0 : document.documentElement.scrollHeight;
      const pages = estimatedPages(height);
      onOutcome(
        outcome.status === 'ready' && pages > MAX_REPORT_PAGES
          ? {
              status: 'failed',
              messages: [fill(texts.failed.tooLong, { pages, limit: MAX_REPORT_PAGES })],
            }
          : outcome,
      );
    },
    [onOutcome, texts],
  );
  return (
    <ReportFrame
      language={request.language}
      amountScale={request.amountScale}
      i18n={i18n}
      env={env}
    >
      <ReportOutcomeProvider onOutcome={settle}>
        <ReportErrorBoundary
          onError={(reason) =>
            onOutcome({ status: 'failed', messages: [fill(texts.failed.model, { reason })] })
          }
        >
          <ReportBody request={request} />
        </ReportErrorBoundary>
      </ReportOutcomeProvider>
    </ReportFrame>
  );
}

/**
 * `window.yardstickReport`: validates a request, renders its report into `container` and answers
 * once the page can be printed. Each call replaces the previous report.
 */
export function createReportPage(container: HTMLElement): ReportPageApi {
  let root: Root | null = null;
  return {
    render(input: unknown): Promise<ReportOutcome> {
      root?.unmount();
      root = null;
      const parsed = ReportRequestSchema.safeParse(input);
      if (!parsed.success) {
        const texts = reportTexts[requestedLanguage(input)];
        const messages = parsed.error.issues.map((issue) =>
          fill(texts.failed.request, { field: issue.path.join('.') || 'kind' }),
        );
        return Promise.resolve({ status: 'failed', messages: [...new Set(messages)] });
      }
      const request = parsed.data;
      document.documentElement.lang = request.language;
      configurePrintCharts(request.language);
      const mounted = createRoot(container);
      root = mounted;
      return new Promise<ReportOutcome>((resolve) => {
        mounted.render(<ReportView request={request} onOutcome={resolve} />);
      });
    },
  };
}
