export * from './aid-enums';
export * from './aid-permissions';
export * from './aid-policy';
export * from './ledger-balance';
export * from './measure-programme';
export * from './payment-rules';
export * from './payment-schema';
export * from './plan-schema';
