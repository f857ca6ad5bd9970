import { inpatientClaim } from '../../packages/api/src/testing/claims-fixture';
import type { Session } from './api';
import type { RunningServer } from './server';

/**
 * Fires `read` every `everyMs` without waiting for the answer before (the server answers between
 * its own steps), and SIGKILLs it on the first reading for which `ready` holds; returns that reading.
 * A reading for which `over` holds (the work finished first) fails instead of waiting forever.
 */
export function killWhen<T>(
  server: RunningServer,
  read: () => Promise<T>,
  ready: (v: T) => boolean,
  { everyMs = 10, over = () => false }: { everyMs?: number; over?: (v: T) => boolean } = {},
): Promise<T> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const timer = setInterval(() => {
      read().then(
        async (v) => {
          if (!settled && over(v)) {
            settled = true;
            clearInterval(timer);
            reject(new Error(`finished before the kill: ${JSON.stringify(v).slice(0, 500)}`));
            return;
          }
          if (settled || !ready(v)) return;
          settled = true;
          clearInterval(timer);
          await server.kill();
          resolve(v);
        },
        (e) => {
          // A poll may fail while the server is busy; only a server that died by itself is fatal.
          if (settled || (server.child.exitCode === null && server.child.signalCode === null)) return;
          settled = true;
          clearInterval(timer);
          reject(new Error(`${e}: the server stopped by itself\n${server.output().slice(-3000)}`));
        },
      );
    }, everyMs);
  });
}

/** Polls `read` until `done` holds (no wall-clock threshold: the suite's timeout bounds it). */
export async function waitFor<T>(read: () => Promise<T>, done: (v: T) => boolean, everyMs = 100): Promise<T> {
  for (;;) {
    const v = await read();
    if (done(v)) return v;
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

export interface ImportProgress {
  status: string;
  phase: string;
  done: number;
  total: number;
  households: number;
  report: { problemCount: number } | null;
}

export const importProgress = (s: Session, importId: string) =>
  s.query<ImportProgress>('householdImport.progress', { importId });

export const finished = (p: ImportProgress) => p.phase === 'FINISHED';

export interface FestivalProgress {
  status: string;
  total: number;
  paid: number;
  paidFen: number;
  lastError: string | null;
}

export const festivalProgress = (s: Session, campaignId: string) =>
  s.query<FestivalProgress>('festival.progress', { campaignId });

/** The suite's hospital-stay claim (packages/api's claims fixture), dated inside the demo schemes' 2016 term. */
export const inpatientClaim2016 = inpatientClaim({
  eventDate: '2016-10-01',
  admissionDate: '2016-10-01',
  dischargeDate: '2016-10-10',
  submittedOn: '2016-11-20',
});

/** Files and approves one claim on each of `n` INPATIENT enrolments of the caseworker's scope. */
export async function approvedClaims(cw: Session, fo: Session, n: number, tag: string) {
  const page = await cw.query<{ items: { id: string; planCode: string }[] }>('mutualAid.enrolments.list', {
    limit: 100,
  });
  const out: { id: string; version: number }[] = [];
  for (const e of page.items.filter((x) => x.planCode === 'INPATIENT')) {
    if (out.length === n) break;
    const c = await cw.attempt<{ id: string; version: number; payableFen: number }>('claims.submit', {
      enrolmentId: e.id,
      claim: inpatientClaim2016,
      idempotencyKey: `${tag}-${e.id}`,
    });
    if (c.status !== 200 || !c.data || c.data.payableFen <= 0) continue;
    const r = await fo.mutate<{ version: number; status: string }>('claims.review', {
      claimId: c.data.id,
      expectedVersion: c.data.version,
      decision: 'APPROVE',
      reason: '材料齐全,核算无误',
    });
    if (r.status === 'APPROVED') out.push({ id: c.data.id, version: r.version });
  }
  if (out.length < n) throw new Error(`only ${out.length} approvable claims in scope`);
  return out;
}
