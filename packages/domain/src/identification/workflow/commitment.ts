/**
 * 调查签字承诺: what each surveyor signs for themselves (brief §3.1 step 3, 签字的入户调查表).
 * The text is stored with each signature, so a later edit here never rewrites what was signed.
 */
export const SURVEY_COMMITMENT = {
  version: '2026-1',
  zh: '本人承诺:已亲自入户调查,所记录的家庭成员、收入、财产、健康、致困原因等情况真实、准确、完整,无隐瞒、无虚报;如有不实,愿承担相应责任。',
  en: 'I confirm that I visited the household in person and that what I recorded about its members, income, assets, health and causes of hardship is true, accurate and complete, with nothing hidden or overstated; I accept responsibility if it is not.',
} as const;

/** The snapshot kept with a signature: version and both languages. */
export function surveyCommitmentSnapshot(): string {
  return `[${SURVEY_COMMITMENT.version}] ${SURVEY_COMMITMENT.zh} / ${SURVEY_COMMITMENT.en}`;
}
