import { defineMessages } from '@bangfu/client';

/** Enrolment: one member, the Excel import with its dry run, the enrolment list. */
export const enrolMessages = defineMessages({
  'ma.enrol.title': { zh: '参加登记', en: 'Enrolment' },
  'ma.enrol.unit': { zh: '参加单位', en: 'Unit' },
  'ma.enrol.scheme': { zh: '互助方案', en: 'Scheme' },
  'ma.enrol.term': { zh: '年度', en: 'Term' },
  'ma.enrol.choose': { zh: '请先选择单位和方案', en: 'Choose a unit and a scheme first' },
  'ma.enrol.one': { zh: '单个登记', en: 'Enrol one person' },
  'ma.enrol.name': { zh: '姓名', en: 'Name' },
  'ma.enrol.idNumber': { zh: '身份证号', en: 'ID number' },
  'ma.enrol.inService': { zh: '在职', en: 'In service' },
  'ma.enrol.unionMember': { zh: '工会会员', en: 'Union member' },
  'ma.enrol.plans': { zh: '参加计划', en: 'Plans' },
  'ma.enrol.submit': { zh: '登记', en: 'Enrol' },
  'ma.enrol.done': { zh: '已登记 {n} 项计划', en: 'Enrolled in {n} plans' },
  'ma.enrol.hardshipLinked': {
    zh: '已登记 {n} 项计划;此人在困难职工档案中,按困难职工分摊缴费',
    en: 'Enrolled in {n} plans; on a hardship file, so the hardship split applies',
  },
  'ma.enrol.list': { zh: '参加记录', en: 'Enrolments' },
  'ma.enrol.empty': { zh: '暂无参加记录', en: 'No enrolments yet' },
  'ma.enrol.plan': { zh: '计划', en: 'Plan' },
  'ma.enrol.cover': { zh: '保障期', en: 'Cover' },
  'ma.enrol.hardship': { zh: '困难职工', en: 'Hardship' },
  'ma.enrol.contribution': { zh: '缴费分摊', en: 'Contribution split' },
  'ma.enrol.first': { zh: '首次参加', en: 'First time' },
  'ma.import.title': { zh: 'Excel 批量导入', en: 'Import from Excel' },
  'ma.import.template': { zh: '下载导入模板', en: 'Download the template' },
  'ma.import.pick': { zh: '选择 Excel 文件', en: 'Choose an Excel file' },
  'ma.import.file': { zh: '已选择:{name}', en: 'Chosen: {name}' },
  'ma.import.dryRun': { zh: '试导入(只检查,不写入)', en: 'Dry run (check only, writes nothing)' },
  'ma.import.run': { zh: '正式导入', en: 'Import' },
  'ma.import.runHint': {
    zh: '试导入全部通过后才能正式导入;任何一行有误,整张表都不会写入。',
    en: 'Import after a clean dry run; if any row is wrong, nothing in the sheet is written.',
  },
  'ma.import.ok': {
    zh: '共 {rows} 行全部通过检查,可登记 {n} 项计划。尚未写入。',
    en: 'All {rows} rows pass: {n} plan enrolments. Nothing written yet.',
  },
  'ma.import.bad': {
    zh: '{bad} 行有误(共 {rows} 行)。什么都没有写入,请改正后重新试导入。',
    en: '{bad} of {rows} rows are wrong. Nothing was written; fix them and run again.',
  },
  'ma.import.written': {
    zh: '已导入 {rows} 行,登记 {n} 项计划。',
    en: 'Imported {rows} rows: {n} plan enrolments.',
  },
  'ma.import.row': { zh: '行号', en: 'Row' },
  'ma.import.column': { zh: '列', en: 'Column' },
  'ma.import.message': { zh: '问题', en: 'Problem' },
});
