export const boardPath = '/bottlenecks';

export const notePath = (noteId: string): string => `${boardPath}/${encodeURIComponent(noteId)}`;
