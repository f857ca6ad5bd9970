export { BUSINESS_TIME_ZONE, businessToday, businessYear, formatDate, formatInstant } from './dates';
export { displayBankAccount, displayIdNumber, displayPhone } from './masked';
export { fenToYuanInput, formatFen } from './money';
