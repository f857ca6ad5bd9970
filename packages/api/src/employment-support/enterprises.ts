import type { EnterpriseListQuery, HouseholdStatus } from '@bangfu/domain';
import type { StaffContext } from '../employment/employment-errors';
import { type EnterpriseDto, toEnterpriseDto } from './enterprise-dto';
import {
  getEnterprise,
  listEnterprises,
  listLinkedHouseholds,
  listLinkedStatuses,
} from './enterprise-queries';
import { enterpriseNotFound } from './support-errors';

export interface LinkedHouseholdDto {
  linkId: string;
  householdId: string;
  fileNo: string | null;
  headName: string;
  status: HouseholdStatus;
  divisionCode: string;
  note: string | null;
}

/** Struggling enterprises in scope with their hardship risk, most affected workers first. */
export async function listEnterprisesFor({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: EnterpriseListQuery;
}): Promise<EnterpriseDto[]> {
  const rows = await listEnterprises(ctx.db, { scopePath: ctx.actor.orgPath, ...input });
  const linked = await listLinkedStatuses(ctx.db, { enterpriseIds: rows.map((r) => r.id) });
  return rows.map((r) => toEnterpriseDto(r, linked.get(r.id) ?? []));
}

/** One enterprise with its risk and the linked households the reader may see. */
export async function loadEnterprise({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: { id: string };
}): Promise<EnterpriseDto & { households: LinkedHouseholdDto[] }> {
  const row = await getEnterprise(ctx.db, { id: input.id, scopePath: ctx.actor.orgPath });
  if (!row) throw enterpriseNotFound();
  const linked = await listLinkedStatuses(ctx.db, { enterpriseIds: [row.id] });
  const households = await listLinkedHouseholds(ctx.db, {
    enterpriseId: row.id,
    scopePath: ctx.actor.orgPath,
  });
  return {
    ...toEnterpriseDto(row, linked.get(row.id) ?? []),
    households: households.map((h) => ({
      linkId: h.id,
      householdId: h.household_id,
      fileNo: h.file_no,
      headName: h.head_name,
      status: h.status as HouseholdStatus,
      divisionCode: h.division_code,
      note: h.note,
    })),
  };
}
