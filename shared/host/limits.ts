/** How many files the File menu and the start page list. */
export const MAX_RECENT_FILES = 10;
