import { describe, expect, it } from 'vitest';
import { createLogger, scrubLogLine } from './logger';

describe('log scrubbing', () => {
  it('removes bearer tokens, secret fields and resident ID numbers from free text', () => {
    const line = JSON.stringify({
      msg: 'failed: Authorization: Bearer abc.DEF-123_x for 37080219850712123X',
      detail: { password: 'hunter22', nested: '"token":"t0k"' },
    });
    const scrubbed = scrubLogLine(line);
    expect(scrubbed).not.toMatch(/abc\.DEF|hunter22|37080219850712123X/);
    expect(scrubbed).toContain('Bearer [redacted]');
    expect(scrubbed).toContain('[id-number]');
    // Ordinary numbers (versions, ports, durations) are left alone.
    expect(scrubLogLine('{"version":1234567890123,"port":8787}')).toBe(
      '{"version":1234567890123,"port":8787}',
    );
  });

  it('redacts secret fields by name before writing', () => {
    const lines: string[] = [];
    const logger = createLogger({ level: 'info', destination: { write: (line) => lines.push(line) } });
    logger.info({ password: 'pw-secret', body: { token: 'tok-secret', applicantIdNumber: 'x1' } }, 'hello');
    expect(lines.join('')).not.toMatch(/pw-secret|tok-secret|x1/);
    expect(JSON.parse(lines[0]!)).toMatchObject({ msg: 'hello', password: '[redacted]' });
  });
});
