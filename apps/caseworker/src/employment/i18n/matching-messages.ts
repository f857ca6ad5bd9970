import { defineMessages } from '@bangfu/client';

/** 送岗到户: matches between households and positions, shown on both detail pages. */
export const matchingMessages = defineMessages({
  'match.householdCard': { zh: '推荐岗位', en: 'Recommended positions' },
  'match.positionCard': { zh: '匹配家庭', en: 'Matching households' },
  'match.position': { zh: '岗位', en: 'Position' },
  'match.household': { zh: '家庭', en: 'Household' },
  'match.member': { zh: '推荐人员', en: 'Candidate' },
  'match.score': { zh: '匹配分', en: 'Score' },
  'match.reasons': { zh: '推荐理由', en: 'Why' },
  'match.headIdMasked': { zh: '户主身份证号', en: "Head's ID number" },
  'match.noFileNo': { zh: '未建档', en: 'No file number' },
  'match.noPositions': {
    zh: '本市州暂无适合该家庭的在招岗位',
    en: 'No open position in this prefecture fits this household',
  },
  'match.noHouseholds': {
    zh: '您管辖范围内暂无适合该岗位的建档家庭',
    en: 'No filed household in your area fits this position',
  },
  'match.hint': {
    zh: '按同区县、技能、薪资与家庭缺口、照护负担、健康与残疾情况排序',
    en: 'Ranked by county, skills, pay against the household’s gap, care duties, health and disability',
  },
});
