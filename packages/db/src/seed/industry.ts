import type { Industry } from '@bangfu/domain';
import { type Rng, weightedKeys } from './prng';

/**
 * 所属行业 of the seeded workers [A]: Guizhou's urban hardship workers came mostly from
 * manufacturing, coal and construction, and from trade and services after the restructurings.
 */
const INDUSTRY = weightedKeys<Industry>({
  MANUFACTURING: 22,
  MINING: 12,
  TRADE: 12,
  CONSTRUCTION: 10,
  SERVICES: 10,
  HOSPITALITY: 8,
  TRANSPORT: 7,
  AGRICULTURE: 5,
  UTILITIES: 3,
  PUBLIC_SECTOR: 3,
  EDUCATION_HEALTH: 3,
  REAL_ESTATE: 2,
  OTHER: 2,
  FINANCE: 1,
});

export function drawIndustry(rng: Rng): Industry {
  return INDUSTRY.draw(rng);
}
