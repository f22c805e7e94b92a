/**
 * Size limits of what crosses the host boundary. A scenario of 40 years with a hundred capex items
 * is well under 1 MiB; anything far larger is a mistake or an attack, and is refused before it is
 * read into memory rather than after it has been parsed.
 */
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

/** A JavaScript string of this many UTF-16 units can never encode to more than 3x as many bytes. */
export const MAX_DOCUMENT_CHARS = MAX_DOCUMENT_BYTES;

/** Export tables: generous for a ranking of applicants, small enough to validate quickly. */
export const MAX_EXPORT_SHEETS = 16;
export const MAX_EXPORT_COLUMNS = 256;
export const MAX_EXPORT_ROWS = 20_000;
export const MAX_EXPORT_CELL_CHARS = 32_767; // Excel's own limit for one cell.

/** How many files the File menu and the start page list. */
export const MAX_RECENT_FILES = 10;
