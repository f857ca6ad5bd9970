export * from './adjudicate-claim';
export * from './claim-enums';
export * from './claim-schema';
export * from './explain-adjudication';
export * from './permille';
export * from './pharmacy-purchase';
export * from './re-adjudicate';
export * from './required-documents';
