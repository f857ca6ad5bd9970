export * from './enums';
export * from './file-no';
export * from './notice-document';
export * from './notice-schema';
export * from './permissions';
export * from './recusal';
export * from './review-schema';
