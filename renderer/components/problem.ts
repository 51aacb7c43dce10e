import { errorText } from './errorText';

/**
 * What went wrong, for a clerk: a Chinese sentence that says what happened and what to do, and the raw
 * technical text (a thrown error, a server's English message, a field name) kept apart for the IT staff
 * under 技术信息. The two never mix: a clerk must not meet English in a sentence meant for them.
 */
export type Problem = { text: string; technical: string | null };

export const problem = (text: string, cause?: unknown): Problem => ({
  text,
  technical: cause === undefined || cause === null || cause === '' ? null : errorText(cause),
});
