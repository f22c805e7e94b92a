import { z } from 'zod';
import { MAX_DOCUMENT_CHARS } from './limits';

/*
 * The languages and the document text, which both the host's messages (schemas.ts) and the report
 * requests inside them (shared/report/request.ts) check; kept apart so neither imports the other.
 */

export const LocaleSchema = z.enum(['en', 'zh-CN']);
export type Locale = z.infer<typeof LocaleSchema>;

export const DocumentTextSchema = z.string().max(MAX_DOCUMENT_CHARS);
