import { type Database, type FieldCrypto, getEmployer } from '@bangfu/db';
import type { Kysely, Transaction } from 'kysely';
import { type EmployerDto, toEmployerDto } from './employer-dto';
import { employerNotFound } from './employment-errors';

/** Loads an employer as a DTO; with `scopePath`, one outside that subtree is "not found". */
export async function loadEmployer(
  db: Kysely<Database> | Transaction<Database>,
  crypto: FieldCrypto,
  input: { id: string; scopePath?: string },
): Promise<EmployerDto> {
  const row = await getEmployer(db, input);
  if (!row) throw employerNotFound();
  return toEmployerDto(crypto, row);
}
