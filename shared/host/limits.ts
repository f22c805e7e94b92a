/**
 * Size limits of what crosses the host boundary. A scenario of 40 years with a hundred capex items
 * is well under 1 MiB; anything far larger is a mistake or an attack, and is refused before it is
 * read into memory rather than after it has been parsed.
 */
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

/** A JavaScript string of this many UTF-16 units can never encode to more than 3x as many bytes. */
export const MAX_DOCUMENT_CHARS = MAX_DOCUMENT_BYTES;

/**
 * Export tables: what the formats hold, so that whatever file the app opens also exports. XLSX
 * (Excel's limits) allows 16,384 columns and 1,048,576 rows, one of them the header; the largest
 * file the scenario format accepts (1,000 investment items paid in 40 instalments) has some
 * 1,300 projection columns and 90,000 input rows.
 */
export const MAX_EXPORT_SHEETS = 16;
export const MAX_EXPORT_COLUMNS = 16_384;
export const MAX_EXPORT_ROWS = 1_048_575;
export const MAX_EXPORT_CELL_CHARS = 32_767; // Excel's own limit for one cell.

/** How many files the File menu and the start page list. */
export const MAX_RECENT_FILES = 10;
