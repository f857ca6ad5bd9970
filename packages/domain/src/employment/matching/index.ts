export * from './candidates';
export * from './match-policy';
export type * from './match-types';
export * from './matching-schema';
export * from './rank-positions';
