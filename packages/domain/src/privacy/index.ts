export { maskBankAccount, maskIdNumber, maskNameForNotice, maskPhone } from './mask';
