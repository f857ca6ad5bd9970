export {
  apportion,
  categoryCounts,
  GUIZHOU_2016_CATEGORY_COUNTS,
  GUIZHOU_2016_HOUSEHOLDS,
  type SeedCategory,
} from './apportion';
export { insertManyRows } from './batch-insert';
export {
  countyCaseworkerAccounts,
  countyCaseworkerUsername,
  DEMO_ACCOUNTS,
  type DemoAccount,
} from './demo-accounts';
export {
  type OrgTree,
  type OrgTreeOptions,
  type OrgUnitPlan,
  PROVINCE_ORG_CODE,
  planOrgTree,
  type SeedOrgTreeOptions,
  seedOrgTree,
} from './org-tree';
export { type SeedProgress, type SeedProvinceOptions, type SeedReport, seedProvince } from './seed-province';
export { ILLUSTRATIVE_DIBAO_LINE_FEN, PER_CAPITA_RANGE_FEN } from './work-income';
