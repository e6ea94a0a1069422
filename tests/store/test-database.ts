/**
 * The PostgreSQL server the store tests run against: TEST_DATABASE_URL (`.ci/run` starts a throwaway cluster with
 * .ci/pg-cluster.sh). Without it a suite is skipped with one line saying how to run it, never passed in silence.
 */
import { describe, it } from 'vitest';

/**
 * TEST_DATABASE_URL, or undefined after registering `suite` as skipped and saying so in one line.
 * @example const url = testDatabaseUrl('postgres store tests'); if (url !== undefined) { … }
 */
export function testDatabaseUrl(suite: string): string | undefined {
  const url = process.env.TEST_DATABASE_URL;
  if (url !== undefined && url !== '') return url;
  console.log(
    `${suite} skipped: set TEST_DATABASE_URL (eval "$(bash .ci/pg-cluster.sh start)" starts a throwaway PostgreSQL 15 + PostGIS cluster and sets it)`,
  );
  describe.skip(`${suite} (needs TEST_DATABASE_URL)`, () => {
    it('runs against a real server', () => undefined);
  });
  return undefined;
}
