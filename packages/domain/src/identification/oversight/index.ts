export * from './quality-rates';
export * from './spot-check-sample';
