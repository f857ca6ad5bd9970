import type { MutualAidScheme } from '../scheme-schema';
import { GUIYANG_SCHEME } from './guiyang';
import { LIUPANSHUI_SCHEME } from './liupanshui';
import { SINAN_SCHEME } from './sinan';
import { ZUNYI_SCHEME } from './zunyi';

export { criticalIllnessLumpSums, FEMALE_CANCER_PREFIXES } from './critical-illnesses';
export { LIUPANSHUI_PHARMACY_SUBSIDY } from './liupanshui';
export { GUIYANG_SCHEME, LIUPANSHUI_SCHEME, SINAN_SCHEME, ZUNYI_SCHEME };

/** The article's four schemes as configuration; every figure not in the article is marked [A] where it is set. */
export const DEMO_SCHEMES: readonly MutualAidScheme[] = [
  ZUNYI_SCHEME,
  GUIYANG_SCHEME,
  SINAN_SCHEME,
  LIUPANSHUI_SCHEME,
];
