import {
  ApplicationChannel,
  HardshipCategory,
  type IdentificationEvent,
  type Label,
  SurveyMethod,
} from '@bangfu/domain';

type Payload = Record<string, unknown> | null;

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const categoryLabel = (v: unknown): Label | null => {
  const c = str(v);
  return c && c in HardshipCategory.labels ? HardshipCategory.labels[c as HardshipCategory] : null;
};

/**
 * A one-line reading of what a step decided, for the timeline. Only figures a reader of the case
 * may see; no income detail (that stays in the assessment).
 */
export function summariseStep(
  event: IdentificationEvent,
  payload: Payload,
  note: string | null,
  names: Map<string, string>,
): Label | null {
  const p = payload ?? {};
  switch (event) {
    case 'SUBMIT': {
      const ch = str(p.channel);
      const label =
        ch && ch in ApplicationChannel.labels ? ApplicationChannel.labels[ch as ApplicationChannel] : null;
      return label
        ? {
            zh: `经${label.zh}申请,申请日期${str(p.appliedOn) ?? ''}`,
            en: `Via ${label.en}, applied ${str(p.appliedOn) ?? ''}`,
          }
        : null;
    }
    case 'START_SURVEY': {
      const ids = Array.isArray(p.surveyorIds) ? (p.surveyorIds as string[]) : [];
      const who = ids.map((id) => names.get(id) ?? id).join('、');
      const m = str(p.method);
      const method =
        m && m in SurveyMethod.labels ? SurveyMethod.labels[m as SurveyMethod] : { zh: '', en: '' };
      return { zh: `调查人员:${who}(${method.zh})`, en: `Surveyors: ${who} (${method.en})` };
    }
    case 'COMPLETE_SURVEY': {
      const c = (p.classification ?? {}) as Record<string, unknown>;
      const label = categoryLabel(c.category);
      return label
        ? { zh: `测算建议:${label.zh}`, en: `Calculator proposes: ${label.en}` }
        : { zh: '测算结果:不符合认定条件', en: 'Calculator: not eligible' };
    }
    case 'SEND_TO_REVIEW':
    case 'REJECT': {
      const label = categoryLabel(p.decidedCategory);
      const reason = str(p.reason) ?? note ?? '';
      if (!label && !reason) return null;
      return {
        zh: `${label ? `认定类别:${label.zh};` : ''}理由:${reason}`,
        en: `${label ? `Category: ${label.en}; ` : ''}reason: ${reason}`,
      };
    }
    default:
      return note ? { zh: note, en: note } : null;
  }
}
