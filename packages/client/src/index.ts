export * from './api';
export { type ApiErrorData, domainCode, errorData, errorMessage, fieldErrors } from './errors';
export * from './format';
export * from './i18n';
