export * from './enums';
export * from './notification-schema';
export * from './outbox-policy';
export * from './templates';
