export const certificatesPath = '/certificates';
export const importListPath = '/certificates/import';
export const listPath = (listId: string): string => `/certificates/lists/${encodeURIComponent(listId)}`;
export const entryPath = (entryId: string): string => `/certificates/entries/${encodeURIComponent(entryId)}`;
