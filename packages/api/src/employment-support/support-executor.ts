import type { Database } from '@bangfu/db';
import type { Kysely, Transaction } from 'kysely';

export type Executor = Kysely<Database> | Transaction<Database>;
