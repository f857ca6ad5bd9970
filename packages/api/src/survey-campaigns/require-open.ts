import { type CampaignRow, campaignStatus } from './campaign-rows';
import { surveyRuleViolation } from './survey-errors';

/** Responses are captured and corrected only while the campaign is OPEN. */
export function requireOpen(campaign: Pick<CampaignRow, 'status'>): void {
  const status = campaignStatus(campaign);
  if (status === 'OPEN') return;
  throw surveyRuleViolation(
    status === 'DRAFT'
      ? { zh: '调研活动尚未开始,不能录入答卷', en: 'The campaign is not open yet' }
      : { zh: '调研活动已结束,不能再录入或更正答卷', en: 'The campaign is closed to responses' },
  );
}
