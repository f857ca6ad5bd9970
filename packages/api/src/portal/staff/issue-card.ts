import { randomInt } from 'node:crypto';
import { newId, withTransaction } from '@bangfu/db';
import {
  AID_ELIGIBLE_STATUSES,
  DomainError,
  formatActivationCode,
  generateActivationCode,
  type HouseholdStatus,
  maskNameForNotice,
} from '@bangfu/domain';
import { appendAudit } from '../../audit/append-audit';
import { hashPassword } from '../../auth/password';
import { notFound, subtreePattern } from '../../common/scope';
import type { Context, StaffActor } from '../../context';
import { nearestHotline } from './card-context';

/** Where the card's QR code points: the portal's activation page. */
export const PORTAL_ACTIVATE_PATH = '/portal/activate';

/**
 * What the caseworker app prints on the 帮扶联系卡 (A6 / business card, zh-CN). `code` is the
 * plaintext activation code and is returned by this call only; the database keeps its hash.
 */
export interface ContactCardDto {
  cardId: string;
  issuedAt: string;
  fileNo: string | null;
  /** The head of household's name, masked (张*国). */
  headName: string;
  orgName: string;
  hotline: string | null;
  /** The cadre responsible for the signed plan (责任干部). */
  cadreName: string | null;
  /**
   * The cadre's work phone in full (printed on purpose), when they gave one; otherwise the card
   * shows the union hotline.
   */
  cadrePhone: string | null;
  planNo: number;
  /** Path of the portal's activation page; `qrUrl` is absolute when the server knows its origin. */
  portalPath: string;
  qrUrl: string;
  /** Printed as 'ABCDE-FGHJK'. */
  code: string;
  revokedCards: number;
}

type StaffContext = Context & { actor: StaffActor };

/**
 * Issues a contact card: only for a file that is FILED/AIDED and has a signed aid plan
 * ("until the plan is signed, no card"). Reprinting revokes every earlier code.
 */
export async function issueCard({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: { householdId: string };
}): Promise<ContactCardDto> {
  const code = generateActivationCode((n) => randomInt(n));
  const codeHash = await hashPassword(code);
  return withTransaction(ctx.db, async (trx) => {
    const h = await trx
      .selectFrom('household')
      .select(['id', 'status', 'file_no', 'head_name', 'org_path'])
      .where('id', '=', input.householdId)
      .where('org_path', 'like', subtreePattern(ctx.actor.orgPath))
      .forUpdate()
      .executeTakeFirst();
    if (!h) throw notFound({ zh: '困难职工档案不存在', en: 'Household not found' });
    if (!AID_ELIGIBLE_STATUSES.includes(h.status as HouseholdStatus)) {
      throw new DomainError('NOT_ELIGIBLE', {
        zh: '只有已建档的家庭才能发放联系卡',
        en: 'Only a filed household gets a contact card',
      });
    }
    const plan = await trx
      .selectFrom('aid_plan as p')
      .leftJoin('staff_user as u', 'u.id', 'p.responsible_cadre_id')
      .select(['p.id', 'p.plan_no', 'u.display_name', 'u.phone_enc'])
      .where('p.household_id', '=', h.id)
      .where('p.status', '=', 'SIGNED')
      .executeTakeFirst();
    if (!plan) {
      throw new DomainError('PLAN_NOT_SIGNED', {
        zh: '帮扶计划签字确认后才能发放联系卡',
        en: 'The aid plan must be signed before a contact card is issued',
      });
    }
    const now = ctx.now();
    const revoked = await trx
      .updateTable('contact_card')
      .set({ revoked_at: now })
      .where('household_id', '=', h.id)
      .where('revoked_at', 'is', null)
      .where('used_at', 'is', null)
      .returning('id')
      .execute();
    const cardId = newId(now.getTime());
    await trx
      .insertInto('contact_card')
      .values({
        id: cardId,
        household_id: h.id,
        issued_by: ctx.actor.userId,
        issued_at: now,
        code_hash: codeHash,
      })
      .execute();
    const { orgName, hotline } = await nearestHotline(trx, h.org_path);
    // Printing a card with personal data on it is logged like any other print (brief §11.5).
    await appendAudit(trx, ctx, {
      action: 'portal.issue_card',
      entityType: 'household',
      entityId: h.id,
      after: { cardId, revoked: revoked.map((r) => r.id), planId: plan.id },
      purpose: 'CONTACT_CARD',
    });
    return {
      cardId,
      issuedAt: now.toISOString(),
      fileNo: h.file_no,
      headName: maskNameForNotice(h.head_name),
      orgName,
      hotline,
      cadreName: plan.display_name ?? null,
      cadrePhone: plan.phone_enc ? ctx.crypto.decrypt(plan.phone_enc) : null,
      planNo: plan.plan_no,
      portalPath: PORTAL_ACTIVATE_PATH,
      qrUrl: `${ctx.portalOrigin ?? ''}${PORTAL_ACTIVATE_PATH}`,
      code: formatActivationCode(code),
      revokedCards: revoked.length,
    };
  });
}
