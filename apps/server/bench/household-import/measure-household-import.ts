import type { CookieJar } from '@bangfu/api';
import { type AppServices, type Context, createCaller } from '@bangfu/api';
import { HOUSEHOLD_IMPORT_LIMITS } from '@bangfu/domain';
import { say } from '../progress';
import { type CopyBaselineResult, copyBaseline } from './copy-baseline';
import { benchImportFile } from './generate-file';

export interface HouseholdImportBenchOptions {
  /** Households to import (197,392 at full scale). */
  readonly households: number;
  /** Households per file (at most the procedure's limit); each file is one import, one transaction. */
  readonly perFile?: number;
  /** A folder the database server can write and read for the COPY baseline; null skips it. */
  readonly copyServerDir: string | null;
  /** The filing union (a county code of the seeded tree) and its division. */
  readonly orgCode?: string;
}

export interface HouseholdImportBenchResult {
  readonly households: number;
  readonly members: number;
  readonly files: number;
  /** Bytes of all generated .xlsx files (what the uploads carried, before base64). */
  readonly fileBytes: number;
  /** Through householdImport.start until each import settled: read, check, write, audit. */
  readonly importSeconds: number;
  readonly householdsPerSecond: number;
  /** household + household_member + active_id_number rows per second. */
  readonly rowsPerSecond: number;
  readonly copy: CopyBaselineResult | { readonly error: string } | null;
  /** Import time over COPY time for the same rows (how far above the floor the import runs). */
  readonly ratio: number | null;
}

const noCookies: CookieJar = { sessionToken: null, setSession() {}, clearSession() {} };

/** The seed's province admin, acting in-process through the real router (no HTTP body limit). */
async function adminCaller(services: AppServices) {
  const admin = await services.db
    .selectFrom('staff_user as u')
    .innerJoin('org_unit as o', 'o.id', 'u.org_id')
    .select(['u.id', 'u.username', 'u.display_name', 'u.org_id', 'o.path'])
    .where('u.username', '=', 'admin')
    .executeTakeFirstOrThrow();
  const ctx: Context = {
    ...services,
    actor: {
      userId: admin.id,
      username: admin.username,
      displayName: admin.display_name,
      roles: ['admin'],
      orgId: admin.org_id,
      orgPath: admin.path,
    },
    worker: null,
    ip: null,
    userAgent: 'bench',
    cookies: noCookies,
    workerCookies: noCookies,
    csrfOk: true,
  };
  return createCaller(ctx);
}

async function waitFor(caller: Awaited<ReturnType<typeof adminCaller>>, importId: string) {
  for (;;) {
    const p = await caller.householdImport.progress({ importId });
    if (p.status !== 'RUNNING') return p;
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Issue 7: Excel import of N households through householdImport.start (the procedure's own code
 * path: xlsx parse, check against the province, multi-row writes, one audit event per file), next
 * to a server-side COPY of the very rows it wrote, as a ratio. Adds N households (drafts) to the data.
 */
export async function measureHouseholdImport(
  services: AppServices,
  opts: HouseholdImportBenchOptions,
): Promise<HouseholdImportBenchResult> {
  const perFile = Math.min(
    opts.perFile ?? HOUSEHOLD_IMPORT_LIMITS.maxHouseholds,
    HOUSEHOLD_IMPORT_LIMITS.maxHouseholds,
  );
  const orgCode = opts.orgCode ?? '520302';
  const target = { orgCode, division: orgCode.slice(0, 6) };
  say(
    `  household import (issue 7): ${opts.households.toLocaleString('en')} households, ${perFile.toLocaleString('en')} per file`,
  );
  const caller = await adminCaller(services);
  let nextId = 0;
  let members = 0;
  let fileBytes = 0;
  let importSeconds = 0;
  let files = 0;
  for (let from = 1; from <= opts.households; from += perFile) {
    const count = Math.min(perFile, opts.households - from + 1);
    const file = await benchImportFile(from, count, target, nextId);
    nextId = file.nextId;
    fileBytes += file.content.length;
    const t0 = performance.now();
    const { importId } = await caller.householdImport.start({
      fileName: `bench-${from}.xlsx`,
      contentBase64: file.content.toString('base64'),
    });
    const p = await waitFor(caller, importId);
    importSeconds += (performance.now() - t0) / 1000;
    if (p.status !== 'DONE') {
      const first = p.report?.problems[0]?.message.en ?? p.failure?.en ?? p.status;
      throw new Error(`bench import of households ${from}… failed: ${first}`);
    }
    members += file.members;
    files++;
    say(
      `    file ${files}: ${count.toLocaleString('en')} households in ${importSeconds.toFixed(1)} s so far`,
    );
  }
  const rows = opts.households + 2 * members;
  let copy: HouseholdImportBenchResult['copy'] = null;
  if (opts.copyServerDir) {
    try {
      copy = await copyBaseline(services.db, opts.copyServerDir);
    } catch (e) {
      copy = { error: e instanceof Error ? e.message : String(e) };
    }
  }
  const result: HouseholdImportBenchResult = {
    households: opts.households,
    members,
    files,
    fileBytes,
    importSeconds,
    householdsPerSecond: opts.households / importSeconds,
    rowsPerSecond: rows / importSeconds,
    copy,
    ratio: copy && 'seconds' in copy ? importSeconds / copy.seconds : null,
  };
  say(householdImportLine(result));
  return result;
}

const n = (v: number): string => Math.round(v).toLocaleString('en');

/** One Markdown line for the report. */
export function householdImportLine(r: HouseholdImportBenchResult): string {
  const copy =
    r.copy === null
      ? 'COPY baseline skipped'
      : 'error' in r.copy
        ? `COPY baseline unavailable (${r.copy.error})`
        : `COPY of the same ${n(r.copy.rows)} rows ${r.copy.seconds.toFixed(1)} s (${n(r.copy.rowsPerSecond)} rows/s); ` +
          `import / COPY = ${(r.ratio ?? 0).toFixed(1)}×`;
  return (
    `Household import: ${n(r.households)} households + ${n(r.members)} members in ${r.files} file(s) ` +
    `(${(r.fileBytes / 1e6).toFixed(1)} MB xlsx) in ${r.importSeconds.toFixed(1)} s — ` +
    `${n(r.householdsPerSecond)} households/s, ${n(r.rowsPerSecond)} rows/s; ${copy}.`
  );
}
