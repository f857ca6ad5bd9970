import type { HouseholdCreateInput } from '@bangfu/domain';
import { postEmployer, postPosition } from './employment-fixture';
import { listedCampaign } from './festival-fixture';
import { type Fixture, fairInput, householdInput, makeIdNumber } from './fixture';
import { fileHousehold, payAid } from './oversight-fixture';
import { caseWithOpenNotice } from './review-fixture';
import { GOOD_ANSWERS, openCampaign } from './survey-fixture';

/** The plaintext personal data of one household, known to the test and nowhere else in the world. */
export interface KnownHousehold {
  id: string;
  idNumbers: string[];
  phones: string[];
  bankAccount: string;
}

export interface PrivacyWorld {
  households: KnownHousehold[];
  noticeId: string;
  festivalCampaignId: string;
  surveyCampaignId: string;
  fairId: string;
  positionId: string;
}

/** A household form with its own ID numbers, phones and bank account (n keeps them distinct). */
function secretForm(f: Fixture, n: number, overrides: Partial<HouseholdCreateInput> = {}) {
  const base = householdInput(f.orgId('520302-G01'), overrides);
  const phones = [`139085${String(n).padStart(5, '0')}`, `137085${String(n).padStart(5, '0')}`];
  const members = base.members.map((m, i) => ({
    ...m,
    idNumber: makeIdNumber('520302', `197${n}0${i + 3}1${n}`, i === 0 ? 'male' : 'female'),
    phone: phones[i],
  }));
  const bankAccount = `62170034${String(n).padStart(3, '0')}90817263`;
  const input: HouseholdCreateInput = {
    ...base,
    ...overrides,
    members,
    bankAccount: { bankName: '中国建设银行', branchName: '遵义分行', accountNumber: bankAccount },
  };
  return { input, known: { idNumbers: members.map((m) => m.idNumber), phones, bankAccount } };
}

/** Every search string for a household: ID numbers (and their last 10 digits), phones, bank account. */
export function secretsOf(world: PrivacyWorld): string[] {
  return world.households.flatMap((h) => [
    ...h.idNumbers.flatMap((id) => [id, id.slice(-10)]),
    ...h.phones,
    h.bankAccount,
  ]);
}

/**
 * Three 红花岗区 households: one filed (深度, aided → ledger entry, festival list, survey answer),
 * one filed 相对, one under an open 公示 notice; plus a published job fair for the kiosk.
 */
export async function buildPrivacyWorld(f: Fixture): Promise<PrivacyWorld> {
  const households: KnownHousehold[] = [];
  const deep = secretForm(f, 1, { category: 'DEEP', standardVersion: 'ACFTU_2020' });
  const deepId = await fileHousehold(f, { overrides: deep.input });
  households.push({ id: deepId, ...deep.known });
  await payAid(f, deepId, 50_000);
  const relative = secretForm(f, 2, { category: 'RELATIVE', standardVersion: 'ACFTU_2020' });
  households.push({ id: await fileHousehold(f, { overrides: relative.input }), ...relative.known });

  const noticed = secretForm(f, 3);
  const c = await caseWithOpenNotice(f, '2026-11-02', { overrides: noticed.input });
  households.push({ id: c.id, ...noticed.known });

  const festival = await listedCampaign(f);
  const survey = await openCampaign(f);
  await f
    .as('zunyiCw')
    .surveyCampaigns.capture({ campaignId: survey.id, householdId: deepId, answers: GOOD_ANSWERS });

  const employerId = await postEmployer(f);
  const positionId = await postPosition(f, employerId);
  const officer = f.as('employmentOfficer').employment.fairs;
  const { id: fairId } = await officer.create(fairInput(f.orgId('520300')));
  await officer.addBooth({ fairId, employerId, boothNo: 'A01', positionIds: [positionId] });
  await officer.publish({ id: fairId, version: 1 });

  return {
    households,
    noticeId: c.noticeId,
    festivalCampaignId: festival.id,
    surveyCampaignId: survey.id,
    fairId,
    positionId,
  };
}
