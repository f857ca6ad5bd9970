import { openDataDir } from './pglite';

export interface MoneyFacts {
  /** Festival items of the campaign: entries per item (must be 0 for LISTED, 1 for PAID). */
  festival: { items: number; paid: number; badItems: number; entries: number };
  /** Payments per campaign household in the year (fen), to compare with aid.ledger.balances. */
  ledgerByHousehold: Map<string, number>;
  claims: {
    claims: number;
    paid: number;
    payouts: number;
    badClaims: number;
    payoutFen: number;
    approvedFen: number;
  };
  importedHouseholds: number;
  aidEntriesOfRequest: number;
}

const n = (v: unknown) => Number(v ?? 0);

/** Reads the stopped server's database: one row per invariant the crash tests promise. */
export async function moneyFacts(
  dataDir: string,
  o: { campaignId: string; claimIds: string[]; importPrefix: string; year: number; requestId: string },
): Promise<MoneyFacts> {
  const db = await openDataDir(dataDir);
  try {
    const items = await db.query<{ status: string; amount_fen: string; entries: string; fen: string | null }>(
      `select i.status, i.amount_fen, count(e.id) as entries, sum(e.amount_fen) as fen
         from festival_item i left join aid_ledger_entry e
           on e.campaign_id = i.campaign_id and e.household_id = i.household_id
        where i.campaign_id = '${o.campaignId}' group by i.id, i.status, i.amount_fen`,
    );
    const badItems = items.rows.filter((r) =>
      r.status === 'PAID' ? n(r.entries) !== 1 || n(r.fen) !== n(r.amount_fen) : n(r.entries) !== 0,
    ).length;
    const ledger = await db.query<{ household_id: string; fen: string }>(
      `select e.household_id, sum(e.amount_fen) as fen from aid_ledger_entry e
        where e.kind = 'PAYMENT' and extract(year from e.paid_on) = ${o.year}
          and e.household_id in (select household_id from festival_item where campaign_id = '${o.campaignId}')
        group by e.household_id`,
    );
    const ids = o.claimIds.map((id) => `'${id}'`).join(',');
    const claims = await db.query<{
      status: string;
      approved_fen: string;
      payouts: string;
      fen: string | null;
    }>(
      `select c.status, c.approved_fen, count(f.seq) as payouts, sum(f.amount_fen) as fen
         from ma_claim c left join ma_fund_entry f on f.claim_id = c.id and f.kind = 'CLAIM_PAYOUT'
        where c.id in (${ids}) group by c.id, c.status, c.approved_fen`,
    );
    const imported = await db.query<{ k: string }>(
      `select count(*) as k from household where address like '遵义市红花岗区中华路${o.importPrefix}%'`,
    );
    const req = await db.query<{ k: string }>(
      `select count(*) as k from aid_ledger_entry where request_id = '${o.requestId}'`,
    );
    return {
      festival: {
        items: items.rows.length,
        paid: items.rows.filter((r) => r.status === 'PAID').length,
        badItems,
        entries: items.rows.reduce((s, r) => s + n(r.entries), 0),
      },
      ledgerByHousehold: new Map(ledger.rows.map((r) => [r.household_id, n(r.fen)])),
      claims: {
        claims: claims.rows.length,
        paid: claims.rows.filter((r) => r.status === 'PAID').length,
        payouts: claims.rows.reduce((s, r) => s + n(r.payouts), 0),
        badClaims: claims.rows.filter((r) => r.status !== 'PAID' || n(r.payouts) !== 1).length,
        payoutFen: claims.rows.reduce((s, r) => s + n(r.fen), 0),
        approvedFen: claims.rows.reduce((s, r) => s + n(r.approved_fen), 0),
      },
      importedHouseholds: n(imported.rows[0]?.k),
      aidEntriesOfRequest: n(req.rows[0]?.k),
    };
  } finally {
    await db.close();
  }
}
