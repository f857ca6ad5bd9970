export * from './org';
export * from './permissions';
