import { withTransaction } from '@bangfu/db';
import { DEMO_SCHEMES } from '@bangfu/domain';
import { appendAudit } from '../audit/append-audit';
import type { StaffContext } from './mutual-aid-errors';
import { insertSchemeVersion, schemeOrgFor } from './publish-scheme';

export interface SeedDemoResult {
  created: { code: string; id: string }[];
  skipped: { code: string; reason: 'EXISTS' | 'NO_ORG' }[];
}

/**
 * Loads the article's schemes (遵义, 贵阳, 思南, 六盘水) under the federation of each one's region.
 * A code already present is left alone, so running it twice changes nothing.
 */
export async function seedDemoSchemes({ ctx }: { ctx: StaffContext }): Promise<SeedDemoResult> {
  return withTransaction(ctx.db, async (trx) => {
    const result: SeedDemoResult = { created: [], skipped: [] };
    for (const scheme of DEMO_SCHEMES) {
      const exists = await trx
        .selectFrom('ma_scheme')
        .select('id')
        .where('code', '=', scheme.code)
        .executeTakeFirst();
      if (exists) result.skipped.push({ code: scheme.code, reason: 'EXISTS' });
      else if (!(await schemeOrgFor(trx, ctx, scheme.divisionCode)))
        result.skipped.push({ code: scheme.code, reason: 'NO_ORG' });
      else {
        const dto = await insertSchemeVersion(trx, ctx, { scheme, note: 'demo' });
        result.created.push({ code: scheme.code, id: dto.id });
      }
    }
    await appendAudit(trx, ctx, {
      action: 'mutual_aid.scheme.seed_demo',
      entityType: 'ma_scheme',
      entityId: 'demo',
      after: result,
    });
    return result;
  });
}
