export * from './assessment-enums';
export * from './classification-input';
export * from './classify-household';
export * from './explain-text';
export * from './four-looks';
export * from './identification-policy';
export * from './six-steps';
export * from './working-calendar';
