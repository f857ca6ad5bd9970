import { type Database, getCourse } from '@bangfu/db';
import type { Kysely, Transaction } from 'kysely';
import { type CourseDto, toCourseDto } from './course-dto';
import { courseNotFound } from './training-errors';

type Executor = Kysely<Database> | Transaction<Database>;

/** A course, readable by every staff member (courses are public programme information). */
export async function loadCourse(db: Executor, input: { id: string }): Promise<CourseDto> {
  const row = await getCourse(db, { id: input.id });
  if (!row) throw courseNotFound();
  return toCourseDto(row);
}
