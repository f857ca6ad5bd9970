export * from './activation-code';
export * from './case-words';
export * from './pin';
export * from './portal-schemas';
