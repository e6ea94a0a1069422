/** Running one statement on the pool: every row, or the one row a statement must give. */
import type { Pool } from 'pg';

export async function all<T>(pool: Pool, sql: string, values: unknown[]): Promise<T[]> {
  const result = await pool.query(sql, values);
  return result.rows as T[];
}

export async function one<T>(pool: Pool, sql: string, values: unknown[]): Promise<T> {
  const [row] = await all<T>(pool, sql, values);
  if (row === undefined) throw new Error(`Unexpected empty answer: ${sql.slice(0, 60)}`);
  return row;
}
