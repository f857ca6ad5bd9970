import { withTransaction } from '@bangfu/db';
import { DomainError, type SignInInput, SignInSchema } from '@bangfu/domain';
import { appendAudit } from '../audit/append-audit';
import type { Context } from '../context';
import { getMe, type MeDto } from './me';
import { burnPasswordCheck, verifyPassword } from './password';
import { hashSessionToken, newSessionToken } from './session-token';
import { checkAddressThrottle, recordAddressFailure } from './throttle';

const INVALID = new DomainError('INVALID_CREDENTIALS', {
  zh: '用户名或密码错误',
  en: 'Wrong username or password',
});

/**
 * Signs a staff member in. Failures are counted per account (lockout) and per address
 * (throttle); those counters are written even though the request fails — they are the one
 * thing a rejected sign-in is meant to change.
 */
export async function signIn({ ctx, input }: { ctx: Context; input: SignInInput }): Promise<MeDto> {
  const { username, password } = SignInSchema.parse(input);
  const now = ctx.now();
  const s = ctx.auth;
  await checkAddressThrottle(ctx.db, ctx.ip, now);
  const user = await ctx.db
    .selectFrom('staff_user')
    .select(['id', 'password_hash', 'active', 'failed_attempts', 'locked_until'])
    .where('username', '=', username.toLowerCase())
    .executeTakeFirst();
  if (!user?.active) {
    await burnPasswordCheck(password);
    await recordAddressFailure(ctx.db, ctx.ip, now, s);
    throw INVALID;
  }
  if (user.locked_until && new Date(user.locked_until).getTime() > now.getTime()) {
    throw new DomainError('ACCOUNT_LOCKED', {
      zh: '密码错误次数过多,账号已临时锁定,请稍后再试',
      en: 'Too many wrong passwords; the account is locked for a while',
    });
  }
  if (!(await verifyPassword(user.password_hash, password))) {
    const failures = user.failed_attempts + 1;
    const lock = failures >= s.accountMaxFailures;
    await ctx.db
      .updateTable('staff_user')
      .set({
        failed_attempts: lock ? 0 : failures,
        locked_until: lock ? new Date(now.getTime() + s.accountLockMinutes * 60_000) : null,
      })
      .where('id', '=', user.id)
      .execute();
    await recordAddressFailure(ctx.db, ctx.ip, now, s);
    throw INVALID;
  }
  const token = newSessionToken();
  await withTransaction(ctx.db, async (trx) => {
    await trx
      .updateTable('staff_user')
      .set({ failed_attempts: 0, locked_until: null })
      .where('id', '=', user.id)
      .execute();
    await trx
      .insertInto('staff_session')
      .values({
        token_hash: hashSessionToken(token),
        user_id: user.id,
        created_at: now,
        last_seen_at: now,
        expires_at: new Date(now.getTime() + s.sessionMaxHours * 3_600_000),
        ip: ctx.ip,
        user_agent: ctx.userAgent?.slice(0, 300) ?? null,
      })
      .execute();
    await appendAudit(
      trx,
      { ...ctx, actor: null },
      {
        action: 'auth.sign_in',
        entityType: 'staff_user',
        entityId: user.id,
      },
    );
  });
  ctx.cookies.setSession(token, s.sessionMaxHours * 3600);
  return getMe(ctx.db, user.id);
}
