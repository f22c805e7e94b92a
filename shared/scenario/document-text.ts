import { z } from 'zod';

/*
 * A scenario file's text wherever it travels: read from disk, sent to a report page or a worker,
 * kept for recovery. A scenario of 40 years with a hundred capex items is well under 1 MiB;
 * anything far larger is a mistake or an attack, and is refused before it is read into memory
 * rather than after it has been parsed.
 */
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

/** A JavaScript string of this many UTF-16 units can never encode to more than 3x as many bytes. */
export const MAX_DOCUMENT_CHARS = MAX_DOCUMENT_BYTES;

export const DocumentTextSchema = z.string().max(MAX_DOCUMENT_CHARS);
