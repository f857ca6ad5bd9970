import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ROOT } from './server';

export interface PgClient {
  query<T>(sql: string): Promise<{ rows: T[] }>;
  close(): Promise<void>;
}

/** A plain pg client on `url` (the server's own `pg`, so the trust package needs no dependency). */
export async function openPg(url: string): Promise<PgClient> {
  const require = createRequire(join(ROOT, 'apps/server/package.json'));
  const pg = require('pg') as {
    Client: new (o: {
      connectionString: string;
    }) => {
      connect(): Promise<void>;
      query<T>(sql: string): Promise<{ rows: T[] }>;
      end(): Promise<void>;
    };
  };
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return { query: (sql) => client.query(sql), close: () => client.end() };
}
