import { z } from 'zod';

export const requiredText = (max: number, what: string) =>
  z
    .string()
    .trim()
    .min(1, `请填写${what} / ${what} is required`)
    .max(max, `${what}不能超过${max}字 / at most ${max} characters`);

export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `不能超过${max}字 / at most ${max} characters`)
    .nullish()
    .transform((v) => (v ? v : null));

export const optionalId = z
  .uuid()
  .nullish()
  .transform((v) => v ?? null);

export const version = z.number().int().min(1);

/** Adds an issue on `path` when `later` is before `earlier` (both ISO dates, either may be null). */
export function refineDateOrder(
  ctx: z.RefinementCtx,
  earlier: string | null | undefined,
  later: string | null | undefined,
  path: string,
): void {
  if (earlier && later && later < earlier) {
    ctx.addIssue({
      code: 'custom',
      path: [path],
      message: '结束日期不能早于开始日期 / end date is before the start date',
    });
  }
}
