/** One ledger line as the balance helpers need it: payments are positive, recoveries negative. */
export interface LedgerLine {
  readonly kind: 'PAYMENT' | 'RECOVERY';
  readonly amountFen: number;
  /** How many entries the line stands for when it is a pre-grouped sum (default 1). */
  readonly entries?: number;
}

export interface LedgerBalance {
  /** Sum of payments (≥ 0). */
  paidFen: number;
  /** Sum of recoveries as a positive amount (≥ 0). */
  recoveredFen: number;
  /** paid − recovered. */
  netFen: number;
  entries: number;
}

export const emptyBalance = (): LedgerBalance => ({ paidFen: 0, recoveredFen: 0, netFen: 0, entries: 0 });

/** Adds one line to a balance in place; every balance keeps net = paid − recovered. */
export function addToBalance(balance: LedgerBalance, line: LedgerLine): LedgerBalance {
  if (line.kind === 'PAYMENT') balance.paidFen += line.amountFen;
  else balance.recoveredFen -= line.amountFen;
  balance.netFen += line.amountFen;
  balance.entries += line.entries ?? 1;
  return balance;
}

export function balanceOf(lines: readonly LedgerLine[]): LedgerBalance {
  return lines.reduce(addToBalance, emptyBalance());
}

/** Balances per key (household, programme, funding source…), keys in first-seen order. */
export function balancesBy<L extends LedgerLine>(
  lines: readonly L[],
  key: (line: L) => string,
): Map<string, LedgerBalance> {
  const out = new Map<string, LedgerBalance>();
  for (const line of lines) {
    const k = key(line);
    addToBalance(out.get(k) ?? out.set(k, emptyBalance()).get(k)!, line);
  }
  return out;
}
