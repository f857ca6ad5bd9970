import type { Database } from '@bangfu/db';
import { DomainError } from '@bangfu/domain';
import type { Kysely } from 'kysely';
import { isThrottled, recordThrottledFailure } from '../../auth/throttle';
import type { AuthSettings } from '../../context';

// Keys of their own, so a worker guessing cards never locks staff sign-in from a shared address.
const addressKey = (ip: string | null) => `portal-ip:${ip ?? 'unknown'}`;
const idKey = (idNumberBidx: string) => `portal-id:${idNumberBidx}`;

export const INVALID_WORKER_CREDENTIALS = new DomainError('INVALID_CREDENTIALS', {
  zh: '身份证号或激活码/密码不正确',
  en: 'Wrong ID number, activation code or PIN',
});

/**
 * Refuses a portal sign-in or activation while the address or the ID number is throttled. The ID
 * key is the blind index, counted whether or not anybody holds that number, so a lock reveals
 * nothing about who is on file.
 */
export async function checkWorkerThrottle(
  db: Kysely<Database>,
  ip: string | null,
  idNumberBidx: string,
  now: Date,
): Promise<void> {
  if (await isThrottled(db, addressKey(ip), now)) {
    throw new DomainError('TOO_MANY_ATTEMPTS', {
      zh: '尝试次数过多,请稍后再试',
      en: 'Too many attempts from this address; try again later',
    });
  }
  if (await isThrottled(db, idKey(idNumberBidx), now)) {
    throw new DomainError('ACCOUNT_LOCKED', {
      zh: '错误次数过多,已临时锁定,请稍后再试或联系工会',
      en: 'Too many wrong attempts; locked for a while. Try later or call the union',
    });
  }
}

/** Counts one failed attempt against both the address and the ID number. */
export async function recordWorkerFailure(
  db: Kysely<Database>,
  ip: string | null,
  idNumberBidx: string,
  now: Date,
  s: AuthSettings,
): Promise<void> {
  await recordThrottledFailure(db, addressKey(ip), now, {
    maxFailures: s.addressMaxFailures,
    windowMinutes: s.addressWindowMinutes,
    lockMinutes: s.addressWindowMinutes,
  });
  await recordThrottledFailure(db, idKey(idNumberBidx), now, {
    maxFailures: s.accountMaxFailures,
    windowMinutes: s.accountLockMinutes,
    lockMinutes: s.accountLockMinutes,
  });
}

/** A success clears the ID number's count, as a right password does for staff. */
export async function clearWorkerFailures(db: Kysely<Database>, idNumberBidx: string): Promise<void> {
  await db.deleteFrom('auth_throttle').where('key', '=', idKey(idNumberBidx)).execute();
}
