import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../schema';

export type Executor = Kysely<Database> | Transaction<Database>;
