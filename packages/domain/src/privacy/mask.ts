/**
 * Masked display forms (domain-brief §11.4), used wherever a sensitive field is shown without a
 * logged reveal. Every function fails closed: input that does not look like the expected kind of
 * value is masked entirely rather than partly shown.
 */

const WHITESPACE_AND_DASHES = /[\s-]/g;

function stars(count: number): string {
  return '*'.repeat(Math.max(count, 0));
}

/**
 * 身份证号: the first 6 (address code) and last 4 characters stay, the rest become '*':
 * '520102198001010013' → '520102********0013'; a 15-digit legacy number keeps the same ends with
 * 5 stars. Anything of 10 characters or fewer is masked whole, since keeping 10 would show all of it.
 * The public notice (公示) must omit the ID number altogether rather than use this.
 */
export function maskIdNumber(idNumber: string): string {
  const value = idNumber.trim();
  if (value.length <= 10) return stars(value.length);
  return `${value.slice(0, 6)}${stars(value.length - 10)}${value.slice(-4)}`;
}

/**
 * Phone: an 11-digit mobile keeps its first 3 (carrier prefix) and last 4 digits: '13812341234' →
 * '138****1234'. Any other number (landline, with area code or not) shows its last 4 digits only, so
 * at least half of a short number stays hidden. Spaces and dashes are dropped first.
 */
export function maskPhone(phone: string): string {
  const value = phone.replace(WHITESPACE_AND_DASHES, '');
  if (/^1\d{10}$/.test(value)) return `${value.slice(0, 3)}****${value.slice(-4)}`;
  if (value.length < 8) return stars(value.length);
  return `${stars(value.length - 4)}${value.slice(-4)}`;
}

/**
 * Bank card or account: always the fixed form '**** **** **** 1234', whatever the real length, so the
 * masked value reveals neither the card type nor the number of digits. Spaces and dashes in the input
 * are ignored. Fewer than 8 characters is not a real account number; it becomes
 * '**** **** **** ****'.
 */
export function maskBankAccount(account: string): string {
  const value = account.replace(WHITESPACE_AND_DASHES, '');
  const last4 = value.length < 8 ? '****' : value.slice(-4);
  return `**** **** **** ${last4}`;
}

/**
 * Name in the public notice (公示): a 2-character name keeps its first character ('张三' → '张*');
 * 3 or more keep the first and last ('张小三' → '张*三', '欧阳娜娜' → '欧**娜'). A 1-character entry
 * becomes '*'. Counts characters, not UTF-16 units, so rare characters outside the BMP (𠮷) stay whole.
 */
export function maskNameForNotice(name: string): string {
  const chars = Array.from(name.trim());
  const first = chars[0];
  const last = chars[chars.length - 1];
  if (first === undefined || last === undefined || chars.length === 1) return stars(chars.length);
  if (chars.length === 2) return `${first}*`;
  return `${first}${stars(chars.length - 2)}${last}`;
}
