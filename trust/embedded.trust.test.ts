import { cp, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Session, signIn } from './support/api';
import { createKnownHousehold, hhgOrgId, householdForm, type KnownHousehold } from './support/households';
import { digestTables, openDataDir } from './support/pglite';
import { freePort, freshDataDir, LONG, type RunningServer, removeDir, startServer } from './support/server';

// One built server on PGlite (demo seed, 300 households): concurrency, a crash under a write
// burst, privacy at rest, backup by copying the stopped data folder. Figures go to stdout.
const WRITES = LONG ? 200 : 30;
const KILLS = LONG ? 3 : 1;

async function auditOk(baseUrl: string): Promise<{ ok: boolean; checked: number }> {
  return (await signIn(baseUrl, 'auditor')).query('audit.verify');
}

/** Every file under `dir`, read whole (the data folder is small: a few hundred MB at most). */
async function* files(dir: string): AsyncGenerator<Buffer> {
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) yield await readFile(join(e.parentPath, e.name));
  }
}

describe('embedded server: crash, concurrency, privacy at rest, backup', () => {
  let dataDir: string;
  let copyDir: string;
  let port: number;
  let server: RunningServer;
  let cw: Session;
  let orgId: string;
  const known: KnownHousehold[] = [];
  let winningAddress = '';
  beforeAll(async () => {
    dataDir = await freshDataDir();
    copyDir = await freshDataDir();
    port = await freePort();
    server = await startServer({ dataDir }, port);
    cw = await signIn(server.baseUrl, 'zunyi.cw');
    orgId = await hhgOrgId(cw);
  });
  afterAll(async () => {
    await server?.stop();
    await removeDir(dataDir);
    await removeDir(copyDir);
  });

  it('two caseworkers save one household at once: one wins, the other gets VERSION_CONFLICT', async () => {
    const k = await createKnownHousehold(cw, orgId);
    known.push(k);
    const cw2 = await signIn(server.baseUrl, 'zunyi.cw2');
    const save = (s: Session, address: string) =>
      s.attempt('households.update', { id: k.id, version: 1, ...householdForm(orgId, k, address) });
    const [a, b] = await Promise.all([save(cw, '甲路1号'), save(cw2, '乙路2号')]);
    const results = [a, b].map((r) => r.domainCode ?? String(r.status)).sort();
    console.log('[trust] concurrent edit results', results);
    expect(results).toEqual(['200', 'VERSION_CONFLICT']);
    const now = await cw.query<{ address: string; version: number }>('households.get', { id: k.id });
    expect(now.version).toBe(2);
    winningAddress = a.status === 200 ? '甲路1号' : '乙路2号';
    expect(now.address).toBe(winningAddress);
  });

  it(`keeps every acknowledged write across ${KILLS} SIGKILL(s) in a burst of creates`, async () => {
    let acknowledged = 0;
    let refused = 0;
    for (let round = 0; round < KILLS; round++) {
      const acked: KnownHousehold[] = [];
      const killAt = Math.floor(WRITES / 3 + Math.random() * (WRITES / 3));
      const writers = Array.from({ length: 4 }, async () => {
        while (acked.length + refused < WRITES) {
          if (acked.length === killAt) await server.kill();
          try {
            acked.push(await createKnownHousehold(cw, orgId));
          } catch {
            refused += 1; // the server died under this request: not acknowledged
            if (server.child.exitCode !== null || server.child.signalCode) break;
          }
        }
      });
      await Promise.all(writers);
      if (server.child.signalCode === null) await server.kill();
      server = await startServer({ dataDir }, port);
      cw = await signIn(server.baseUrl, 'zunyi.cw');
      for (const k of acked) {
        const h = await cw.query<{ id: string }>('households.get', { id: k.id });
        expect(h.id).toBe(k.id);
      }
      acknowledged += acked.length;
      known.push(...acked);
    }
    const audit = await auditOk(server.baseUrl);
    console.log('[trust] crash burst', { kills: KILLS, acknowledged, unacknowledged: refused, audit });
    expect(audit.ok).toBe(true);
  });

  it('logs a reveal in the audit chain', async () => {
    const k = known[0] as KnownHousehold;
    const h = await cw.query<{ members: { id: string; relation: string }[] }>('households.get', { id: k.id });
    const self = h.members.find((m) => m.relation === 'SELF');
    const r = await cw.mutate<{ idNumber: string }>('households.revealIdNumber', {
      householdId: k.id,
      memberId: self?.id,
      purpose: 'CASE_VERIFICATION',
    });
    expect(r.idNumber).toBe(k.idNumbers[0]);
  });

  it('stores no plaintext ID number, bank account or phone in the data files', async () => {
    await server.stop();
    const secrets = known.flatMap((k) => [...k.idNumbers, k.bankAccount, k.phone]);
    // The address is stored in plain text on purpose: it proves the scan can find a stored value.
    const control = Buffer.from(winningAddress);
    let hits = 0;
    let controlSeen = false;
    let bytes = 0;
    for await (const buf of files(dataDir)) {
      bytes += buf.length;
      if (buf.includes(control)) controlSeen = true;
      for (const s of secrets) if (buf.includes(s)) hits += 1;
    }
    console.log('[trust] privacy at rest', {
      secrets: secrets.length,
      scannedMiB: (bytes / 2 ** 20).toFixed(1),
      hits,
    });
    expect(controlSeen).toBe(true);
    expect(hits).toBe(0);
    const db = await openDataDir(dataDir);
    const reveals = await db.query<{ entity_id: string; purpose: string; actor_role: string }>(
      `select entity_id, purpose, actor_role from audit_event where action = 'household.reveal_id_number'`,
    );
    await db.close();
    expect(reveals.rows).toEqual([
      { entity_id: known[0]?.id, purpose: 'CASE_VERIFICATION', actor_role: 'caseworker' },
    ]);
  });

  it('restores a copy of the stopped data folder: same rows, same checksums, chain verifies', async () => {
    await cp(dataDir, copyDir, { recursive: true });
    const original = await openDataDir(dataDir);
    const before = await digestTables(original);
    await original.close();
    const copy = await openDataDir(copyDir);
    const after = await digestTables(copy);
    await copy.close();
    expect(after).toEqual(before);
    server = await startServer({ dataDir: copyDir });
    const audit = await auditOk(server.baseUrl);
    const rows = before.reduce((s, t) => s + t.rows, 0);
    console.log('[trust] backup (copy)', { tables: before.length, rows, audit });
    expect(audit.ok).toBe(true);
  });
});
