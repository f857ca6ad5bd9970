export * from './crypto/field-crypto';
export * from './driver';
export * from './ids';
export * from './migrations';
export * from './queries/employment.queries';
export * from './queries/household.queries';
export * from './queries/matching.queries';
export type * from './schema';
export * from './seed';
