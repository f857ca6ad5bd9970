export * from './enums';
export * from './household-schema';
export * from './household-search';
