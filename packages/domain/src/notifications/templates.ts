import { z } from 'zod';
import type { Label } from '../common/labelled-enum';
import type { NotificationTemplate } from './enums';

/**
 * Params each template may carry. They are the whole message: no names, ID numbers, phones,
 * income or health, so a stored or logged message reveals nothing about the household.
 */
export const TemplateParamsSchemas = {
  JOB_MATCH: z.object({ positionId: z.uuid(), title: z.string().min(1).max(100) }).strict(),
  JOB_MATCH_SUMMARY: z.object({ count: z.number().int().min(1).max(100) }).strict(),
} as const satisfies Record<NotificationTemplate, z.ZodType>;

export type TemplateParams<T extends NotificationTemplate> = z.infer<(typeof TemplateParamsSchemas)[T]>;

const SITE: Label = { zh: '帮扶服务平台', en: 'the Bangfu service platform' };

/** The message text in both languages, rendered on the server from a template and its params. */
export function renderNotification(template: NotificationTemplate, rawParams: unknown): Label {
  switch (template) {
    case 'JOB_MATCH': {
      const p = TemplateParamsSchemas.JOB_MATCH.parse(rawParams);
      return { zh: `为您推荐岗位:${p.title}`, en: `A job for you: ${p.title}` };
    }
    case 'JOB_MATCH_SUMMARY': {
      const p = TemplateParamsSchemas.JOB_MATCH_SUMMARY.parse(rawParams);
      return {
        zh: `您有${p.count}个新的岗位推荐,请登录${SITE.zh}查看。`,
        en: `You have ${p.count} new job recommendation${p.count === 1 ? '' : 's'}; sign in to ${SITE.en} to see them.`,
      };
    }
  }
}

const MOBILE = /(?<!\d)1[3-9]\d{9}(?!\d)/;
const ID_NUMBER = /(?<![0-9A-Za-z])(?:\d{17}[\dXx]|\d{15})(?![0-9A-Za-z])/;
const LONG_DIGITS = /\d{12,}/;

/**
 * True when a text could carry a phone number, an ID number or a bank account, or names one of
 * `knownNames` (the household's members). An outgoing SMS must pass this check.
 */
export function carriesPersonalData(text: string, knownNames: readonly string[] = []): boolean {
  if (MOBILE.test(text) || ID_NUMBER.test(text) || LONG_DIGITS.test(text)) return true;
  return knownNames.some((n) => Array.from(n).length >= 2 && text.includes(n));
}

/** A gateway's error text for the log: long digit runs (phones, ID numbers) blanked, length capped. */
export function scrubDeliveryError(message: string): string {
  return message.replace(/\d{7,}/g, (m) => '*'.repeat(m.length)).slice(0, 300);
}
