import { computeCheckChar, type Sex } from '@bangfu/domain';
import { addDays, type DayStamp, isoDay } from './calendar';

const MALE_SLOTS = 500; // sequences 001, 003, …, 999
const FEMALE_SLOTS = 499; // sequences 002, 004, …, 998
const STEP = 173; // coprime to both slot counts, so k ↦ k·STEP + offset is a permutation

export interface AllocatedIdNumber {
  /** 18 characters, check character included. */
  readonly number: string;
  /** YYYY-MM-DD; one day earlier than asked only in the (practically unreachable) full-day case. */
  readonly birthDate: string;
}

/**
 * Hands out ID numbers that are unique across everything this allocator has issued, by
 * construction: for each (address code, birth date, sex) it numbers the people 0, 1, 2, … and maps
 * that count through a permutation of the free sequence numbers of that sex (odd = male,
 * even = female, GB 11643). The sequences look scattered, as real ones do, yet never repeat.
 */
export class IdNumberAllocator {
  private readonly issued = new Map<number, number>();

  allocate(addressCode: string, birthDay: DayStamp, sex: Sex): AllocatedIdNumber {
    const slots = sex === 'MALE' ? MALE_SLOTS : FEMALE_SLOTS;
    let day = birthDay;
    for (;;) {
      const iso = isoDay(day);
      const ymd = iso.replaceAll('-', '');
      const key = (Number(addressCode) * 100_000_000 + Number(ymd)) * 2 + (sex === 'MALE' ? 1 : 0);
      const k = this.issued.get(key) ?? 0;
      if (k < slots) {
        this.issued.set(key, k + 1);
        const slot = (k * STEP + (key % slots)) % slots;
        const sequence = sex === 'MALE' ? 2 * slot + 1 : 2 * slot + 2;
        const first17 = `${addressCode}${ymd}${String(sequence).padStart(3, '0')}`;
        return { number: first17 + computeCheckChar(first17), birthDate: iso };
      }
      day = addDays(day, -1);
    }
  }

  get size(): number {
    let n = 0;
    for (const k of this.issued.values()) n += k;
    return n;
  }
}
