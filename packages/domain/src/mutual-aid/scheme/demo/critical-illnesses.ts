import type { LumpSum } from '../scheme-schema';

/**
 * The 15 critical illnesses [A]: the article names no list, only "15类重大疾病"; these are the
 * first fifteen of the insurance-industry standard definitions (中国保险行业协会 重大疾病保险的疾病
 * 定义使用规范), with ICD-10 prefixes. Carcinoma in situ (D0x) is not on it, as in the 大连 rule.
 */
const ILLNESSES: { zh: string; en: string; icd10Prefixes: string[] }[] = [
  { zh: '恶性肿瘤', en: 'Malignant tumour', icd10Prefixes: ['C'] },
  { zh: '急性心肌梗塞', en: 'Acute myocardial infarction', icd10Prefixes: ['I21', 'I22'] },
  { zh: '脑中风后遗症', en: 'Stroke with lasting impairment', icd10Prefixes: ['I60', 'I61', 'I63', 'I69'] },
  {
    zh: '重大器官移植术或造血干细胞移植术',
    en: 'Major organ or stem-cell transplant',
    icd10Prefixes: ['Z94'],
  },
  { zh: '冠状动脉搭桥术', en: 'Coronary artery bypass', icd10Prefixes: ['Z95.1'] },
  {
    zh: '终末期肾病(尿毒症)',
    en: 'End-stage renal disease (uraemia)',
    icd10Prefixes: ['N18.5', 'N18.6', 'N19'],
  },
  { zh: '多个肢体缺失', en: 'Loss of several limbs', icd10Prefixes: ['T05'] },
  { zh: '急性或亚急性重症肝炎', en: 'Fulminant hepatitis', icd10Prefixes: ['K72.0'] },
  { zh: '良性脑肿瘤', en: 'Benign brain tumour', icd10Prefixes: ['D33'] },
  { zh: '慢性肝功能衰竭失代偿期', en: 'Decompensated chronic liver failure', icd10Prefixes: ['K72.1'] },
  { zh: '脑炎或脑膜炎后遗症', en: 'Sequelae of encephalitis or meningitis', icd10Prefixes: ['G09'] },
  { zh: '深度昏迷', en: 'Deep coma', icd10Prefixes: ['R40.2'] },
  { zh: '双耳失聪', en: 'Deafness in both ears', icd10Prefixes: ['H90.3'] },
  { zh: '双目失明', en: 'Blindness in both eyes', icd10Prefixes: ['H54.0'] },
  { zh: '瘫痪', en: 'Paralysis', icd10Prefixes: ['G82', 'G83'] },
];

/** One lump sum per listed illness, so each pays once per member. */
export function criticalIllnessLumpSums(fen: number): LumpSum[] {
  return ILLNESSES.map(({ zh, en, icd10Prefixes }) => ({
    name: { zh: `首次确诊${zh}`, en: `First diagnosis: ${en}` },
    icd10Prefixes,
    fen,
    firstDiagnosisOnly: true,
    oncePerMember: true,
  }));
}

/** 南平 tier I (brief §7.1): eight female-specific cancers (endometrium C54.1 falls under C54). Tiers II–IV are operations, not ICD-10 diagnoses. */
export const FEMALE_CANCER_PREFIXES = ['C50', 'C56', 'C54', 'C53', 'C52', 'C57.0', 'C51'];
