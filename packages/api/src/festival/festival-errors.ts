import { DomainError, FestivalCampaignStatus } from '@bangfu/domain';
import { notFound } from '../common/scope';
import type { Context, StaffActor } from '../context';

export type StaffContext = Context & { actor: StaffActor };

export const campaignNotFound = (): DomainError =>
  notFound({ zh: '送温暖活动不存在', en: 'Festival aid campaign not found' });
export const itemNotFound = (): DomainError =>
  notFound({ zh: '名单中没有该户', en: 'Household not on the campaign list' });

export const campaignVersionConflict = (): DomainError =>
  new DomainError('VERSION_CONFLICT', {
    zh: '该活动已被他人修改,请刷新后重试',
    en: 'Someone else changed this campaign; reload and try again',
  });

/** The campaign is not at the step the request needs (e.g. approving before the list is built). */
export function campaignStepOutOfOrder(
  status: FestivalCampaignStatus,
  allowed: readonly string[],
): DomainError {
  return new DomainError(
    'STEP_OUT_OF_ORDER',
    {
      zh: `活动当前状态为"${FestivalCampaignStatus.label(status, 'zh')}",不能执行此操作`,
      en: `Not allowed while the campaign is ${FestivalCampaignStatus.label(status, 'en')}`,
    },
    { status, allowed },
  );
}

/** Asserts the campaign is in one of `allowed` states. */
export function requireCampaignStatus(status: string, allowed: readonly FestivalCampaignStatus[]): void {
  if (!allowed.includes(status as FestivalCampaignStatus)) {
    throw campaignStepOutOfOrder(status as FestivalCampaignStatus, allowed);
  }
}
