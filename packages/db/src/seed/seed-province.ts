import { type HouseholdStatus, isActiveStatus } from '@bangfu/domain';
import { type Kysely, sql } from 'kysely';
import type { FieldCrypto } from '../crypto/field-crypto';
import { withTransaction } from '../driver';
import type { Database } from '../schema';
import { SEED_CATEGORIES, type SeedCategory } from './apportion';
import { insertManyRows } from './batch-insert';
import { shanghaiDay } from './calendar';
import { countyCaseworkerUsername, seedDemoStaff } from './demo-accounts';
import { assignHouseholds, COUNTY_SLOTS } from './distribution';
import { type EmploymentCounts, seedEmployment } from './employment/seed-employment';
import { FILED_STATUSES, planHousehold } from './household-plan';
import { type HouseholdRows, householdRows } from './household-rows';
import { IdNumberAllocator } from './id-numbers';
import { drawIndustry } from './industry';
import { type MutualAidCounts, seedMutualAid } from './mutual-aid/seed-mutual-aid';
import { planOrgTree, seedOrgTree } from './org-tree';
import { Rng } from './prng';
import { seedTargets } from './targets';

export interface SeedProgress {
  readonly phase: 'org-tree' | 'staff' | 'households' | 'employment' | 'mutual-aid' | 'targets' | 'analyze';
  readonly done: number;
  readonly total: number;
}

export interface SeedProvinceOptions {
  readonly households: number;
  readonly seed: number;
  readonly crypto: FieldCrypto;
  /** One argon2 hash computed by the caller, used for every demo staff account. */
  readonly staffPasswordHash: string;
  /** The fixed clock: created_at, ages and ids derive from it. */
  readonly now: Date;
  readonly onProgress?: (p: SeedProgress) => void;
  /** Households per transaction (default 1,000). */
  readonly batchSize?: number;
}

export interface SeedReport {
  readonly seed: number;
  readonly tables: {
    readonly org_unit: number;
    readonly staff_user: number;
    readonly household: number;
    readonly household_member: number;
    readonly active_id_number: number;
    readonly assessment_target: number;
  } & EmploymentCounts &
    MutualAidCounts;
  readonly categories: Record<SeedCategory, number>;
  readonly statuses: Partial<Record<HouseholdStatus, number>>;
  /** Wall-clock milliseconds per phase, in the order run. */
  readonly phases: { readonly phase: SeedProgress['phase']; readonly ms: number }[];
  readonly totalMs: number;
}

interface FilingUnion {
  readonly id: string;
  readonly path: string;
  /** The enterprise's name for enterprise unions, else null. */
  readonly enterprise: string | null;
}

const SECOND_MS = 1000;
/** Synthetic files were created over the two years before `now`. */
const CREATION_WINDOW_S = 730 * 86_400;

/**
 * Seeds a synthetic Guizhou into an empty database: the org tree, the demo staff, `households`
 * households with their members, and each prefecture's employers, positions and job fairs around
 * `now`, deterministically from `seed` (only ciphertext IVs differ between runs). Each batch of
 * households is one transaction; run it on a fresh, migrated database.
 */
export async function seedProvince(db: Kysely<Database>, options: SeedProvinceOptions): Promise<SeedReport> {
  const n = options.households;
  if (!Number.isSafeInteger(n) || n < 0)
    throw new RangeError(`households must be a whole number ≥ 0, got ${n}`);
  const batchSize = options.batchSize ?? 1000;
  const root = new Rng(options.seed);
  const contentRng = root.fork(1);
  const idRng = root.fork(2);
  const assignRng = root.fork(3);
  // Employment has streams of its own, so it is the same whatever the number of households.
  const employmentRng = root.fork(4);
  const employmentIdRng = root.fork(5);
  const mutualAidRng = root.fork(6);
  const mutualAidIdRng = root.fork(7);
  const industryRng = root.fork(8);
  const targetsIdRng = root.fork(9);
  const randomBytes = (k: number): Uint8Array => idRng.bytes(k);
  const phases: { phase: SeedProgress['phase']; ms: number }[] = [];
  const started = performance.now();
  const timed = async <T>(phase: SeedProgress['phase'], run: () => Promise<T>): Promise<T> => {
    const t0 = performance.now();
    const result = await run();
    phases.push({ phase, ms: Math.round(performance.now() - t0) });
    return result;
  };
  const report = (phase: SeedProgress['phase'], done: number, total: number): void =>
    options.onProgress?.({ phase, done, total });

  const plan = planOrgTree();
  const tree = await timed('org-tree', () => seedOrgTree(db, { now: options.now, randomBytes }));
  report('org-tree', plan.length, plan.length);

  const staff = await timed('staff', () =>
    seedDemoStaff(db, {
      orgIdByCode: tree.byCode,
      passwordHash: options.staffPasswordHash,
      now: options.now,
      randomBytes,
    }),
  );
  report('staff', staff.size, staff.size);

  const unionsByCounty = new Map<string, FilingUnion[]>();
  for (const unit of plan) {
    if (unit.kind !== 'GRASSROOTS_COMMUNITY' && unit.kind !== 'GRASSROOTS_ENTERPRISE') continue;
    const list = unionsByCounty.get(unit.parentCode ?? '') ?? [];
    list.push({
      id: tree.byCode.get(unit.code) as string,
      path: unit.path,
      enterprise: unit.kind === 'GRASSROOTS_ENTERPRISE' ? unit.name.replace(/工会$/, '') : null,
    });
    unionsByCounty.set(unit.parentCode ?? '', list);
  }

  const assignment = assignHouseholds(assignRng, n);
  const ids = new IdNumberAllocator();
  const today = shanghaiDay(options.now);
  const nowS = Math.floor(options.now.getTime() / SECOND_MS);
  const fileCounters = new Map<string, number>();
  const categories = { DIBAO: 0, DIBAO_EDGE: 0, ACCIDENT_2016: 0 };
  const statuses: Partial<Record<HouseholdStatus, number>> = {};
  let memberCount = 0;
  let activeCount = 0;

  const build = (i: number): HouseholdRows => {
    const slot = COUNTY_SLOTS[assignment.county[i] ?? 0];
    const category = SEED_CATEGORIES[assignment.category[i] ?? 0];
    if (!slot || !category) throw new Error(`household ${i}: no county or category`);
    const union = contentRng.pick(unionsByCounty.get(slot.county.code) ?? []);
    const plan = planHousehold({ rng: contentRng, ids, today, slot, enterprise: union.enterprise }, category);
    const createdS = nowS - contentRng.int(3600, CREATION_WINDOW_S);
    const updatedS = createdS + contentRng.int(0, nowS - createdS);
    let fileNo: string | null = null;
    if (FILED_STATUSES.has(plan.status)) {
      const next = (fileCounters.get(slot.county.code) ?? 0) + 1;
      fileCounters.set(slot.county.code, next);
      fileNo = `GZ2016-${slot.county.code}-${String(next).padStart(6, '0')}`;
    }
    categories[category]++;
    statuses[plan.status] = (statuses[plan.status] ?? 0) + 1;
    return householdRows(plan, {
      crypto: options.crypto,
      idRng,
      org: union,
      divisionCode: slot.county.code,
      fileNo,
      createdBy: staff.get(countyCaseworkerUsername(slot.county.code)) as string,
      createdAt: new Date(createdS * SECOND_MS),
      updatedAt: new Date(updatedS * SECOND_MS),
      active: isActiveStatus(plan.status),
      industry: drawIndustry(industryRng),
    });
  };

  await timed('households', async () => {
    report('households', 0, n);
    for (let start = 0; start < n; start += batchSize) {
      const end = Math.min(n, start + batchSize);
      const batch: HouseholdRows[] = [];
      for (let i = start; i < end; i++) batch.push(build(i));
      const members = batch.flatMap((b) => b.members);
      const active = batch.flatMap((b) => b.activeIds);
      const steps = batch.flatMap((b) => b.steps);
      await withTransaction(db, async (trx) => {
        await insertManyRows(
          trx,
          'household',
          batch.map((b) => b.household),
        );
        await insertManyRows(trx, 'household_member', members);
        await insertManyRows(trx, 'active_id_number', active);
        await insertManyRows(trx, 'ident_step', steps);
      });
      memberCount += members.length;
      activeCount += active.length;
      report('households', end, n);
    }
  });

  const employment = await timed('employment', () =>
    seedEmployment(db, {
      rng: employmentRng,
      idRng: employmentIdRng,
      crypto: options.crypto,
      now: options.now,
      today,
      createdBy: staff.get('employment.officer') as string,
      unionsOf: (county) => unionsByCounty.get(county) ?? [],
      federationOf: (code) => ({
        id: tree.byCode.get(code) as string,
        path: plan.find((unit) => unit.code === code)?.path as string,
      }),
    }),
  );
  report('employment', 1, 1);

  const orgPaths = new Map(plan.map((unit) => [unit.code, unit.path]));
  const mutualAid = await timed('mutual-aid', () =>
    seedMutualAid(
      db,
      {
        rng: mutualAidRng,
        idRng: mutualAidIdRng,
        crypto: options.crypto,
        ids,
        orgByCode: (code) => ({ id: tree.byCode.get(code) as string, path: orgPaths.get(code) as string }),
        unionsOf: (county) => unionsByCounty.get(county) ?? [],
        staffId: (username) => staff.get(username) as string,
      },
      { households: n, onProgress: (done, total) => report('mutual-aid', done, total) },
    ),
  );

  const targets = await timed('targets', () =>
    seedTargets(db, { idRng: targetsIdRng, now: options.now, year: new Date(today).getUTCFullYear() }),
  );
  report('targets', 1, 1);

  // Fresh statistics, so the first queries on the seeded data get sensible plans.
  await timed('analyze', () => sql`analyze`.execute(db));
  report('analyze', 1, 1);

  return {
    seed: options.seed,
    tables: {
      org_unit: plan.length,
      staff_user: staff.size,
      household: n,
      household_member: memberCount,
      active_id_number: activeCount,
      ...employment,
      ...mutualAid,
      assessment_target: targets,
    },
    categories,
    statuses,
    phases,
    totalMs: Math.round(performance.now() - started),
  };
}
