/** Reported by GET /health; bump with releases. */
export const serverVersion = '0.1.0';
