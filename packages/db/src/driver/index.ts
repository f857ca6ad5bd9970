export { inBackground, isBackground, yieldToEventLoop } from './background';
export {
  type CreateDatabaseOptions,
  createDatabase,
  type DatabaseConfig,
  type DatabaseHandle,
  type DatabaseKind,
} from './create-database';
export { PGliteDialect, type PGliteDialectConfig } from './pglite-dialect';
export {
  createPgliteParsers,
  createPgTypes,
  PgTypeOid,
  parseDate,
  parseInt8,
  parseTimestamp,
  type TextValueParser,
  valueParsers,
} from './type-parsers';
export { withTransaction } from './with-transaction';
