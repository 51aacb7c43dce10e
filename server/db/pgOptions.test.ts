import { describe, expect, it } from 'vitest';
import { DatabaseUrlError, pgConnection, settingNames } from './pgOptions';

const ours = ['-c lock_timeout=5000', '-c statement_timeout=30000'];

describe('DATABASE_URL ?options= beside the pool bounds', () => {
  it('reads setting names in every startup-option spelling', () => {
    expect(settingNames('-c search_path=a -cstatement_timeout=0 --lock-timeout=1')).toEqual([
      'search_path',
      'statement_timeout',
      'lock_timeout',
    ]);
  });

  it("keeps the URL's own settings first and the pool's bounds after them, out of the URL", () => {
    const { connectionString, options } = pgConnection(
      'postgres://u:p@db:5432/od?options=-c%20search_path%3Dcity&sslmode=disable',
      ours,
    );
    expect(options).toBe('-c search_path=city -c lock_timeout=5000 -c statement_timeout=30000');
    expect(connectionString).toBe('postgres://u:p@db:5432/od?sslmode=disable');
  });

  it('passes a URL without options through untouched', () => {
    expect(pgConnection('postgres://u:p@db/od', ours)).toEqual({
      connectionString: 'postgres://u:p@db/od',
      options: ours.join(' '),
    });
  });

  it('refuses a URL that sets a bound itself, naming it', () => {
    const attempt = () =>
      pgConnection('postgres://u:p@db/od?options=-c%20statement_timeout%3D0%20-c%20search_path%3Ds', ours);
    expect(attempt).toThrow(DatabaseUrlError);
    expect(attempt).toThrow(/statement_timeout, which the server sets itself.*nothing was started/);
  });
});
