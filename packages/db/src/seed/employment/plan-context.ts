import type { FieldCrypto } from '../../crypto/field-crypto';
import type { DayStamp } from '../calendar';
import type { Rng } from '../prng';

export interface FilingUnion {
  readonly id: string;
  readonly path: string;
}

export interface EmploymentPlanContext {
  readonly rng: Rng;
  /** Random bits of the UUIDs, a stream of its own. */
  readonly idRng: Rng;
  readonly crypto: FieldCrypto;
  readonly now: Date;
  readonly today: DayStamp;
  readonly createdBy: string;
  readonly unionsOf: (countyCode: string) => readonly FilingUnion[];
  /** Names already given, so no two employers of the province share one. */
  readonly takenNames: Set<string>;
}
