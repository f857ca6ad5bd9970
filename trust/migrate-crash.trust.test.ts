import { afterAll, describe, expect, it } from 'vitest';
import { signIn } from './support/api';
import { exited, freshDataDir, LONG, removeDir, spawnServer, startServer } from './support/server';

// `migrate` on a fresh embedded data folder, SIGKILLed at random points; then it must finish,
// and the server must start, provision and verify its audit chain on that same folder.
const KILLS = LONG ? 12 : 4;

describe('migrations survive SIGKILL', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const d of dirs) await removeDir(d);
  });

  it(`completes after ${KILLS} kills at random offsets`, async () => {
    const dataDir = await freshDataDir();
    dirs.push(dataDir);
    // How long an uninterrupted migrate takes here, so the kills land inside it.
    const t0 = Date.now();
    const probeDir = await freshDataDir();
    dirs.push(probeDir);
    expect(await exited(spawnServer('migrate', { dataDir: probeDir }))).toBe(0);
    const fullMs = Date.now() - t0;
    const offsets: number[] = [];
    let killedMidway = 0;
    for (let i = 0; i < KILLS; i++) {
      const child = spawnServer('migrate', { dataDir });
      // Within 10–70% of a full run: a kill near its end may come after the migrate finished, and
      // once one finishes the later runs have nothing left to interrupt.
      const offset = Math.floor(fullMs * (0.1 + Math.random() * 0.6));
      offsets.push(offset);
      await new Promise((r) => setTimeout(r, offset));
      if (child.exitCode === null) {
        child.kill('SIGKILL');
        killedMidway += 1;
      }
      await exited(child);
    }
    const last = spawnServer('migrate', { dataDir });
    let out = '';
    last.stderr?.on('data', (d) => (out += String(d)));
    last.stdout?.on('data', (d) => (out += String(d)));
    expect(await exited(last), out).toBe(0);
    const server = await startServer({ dataDir, households: 50 });
    try {
      const audit = await (await signIn(server.baseUrl, 'auditor')).query<{ ok: boolean }>('audit.verify');
      console.log('[trust] migrate kills', { kills: KILLS, killedMidway, offsets, fullMs, audit });
      expect(audit.ok).toBe(true);
      expect(killedMidway).toBeGreaterThan(0);
    } finally {
      await server.stop();
    }
  });
});
