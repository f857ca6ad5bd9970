import { defineMessages } from '@bangfu/client';

/** Texts of the Excel import page and the roster export. */
export const importMessages = defineMessages({
  'hi.title': { zh: 'Excel 批量导入困难职工档案', en: 'Import household files from Excel' },
  'hi.intro': {
    zh: '按模板填写“户”和“成员”两张表，先试导入检查，全部无误后才能正式导入；正式导入要么全部成功，要么一户也不导入。导入的档案为草稿状态。',
    en: 'Fill in the template, run a dry run, and import only when it is clean: all households are imported or none. Imported files start as drafts.',
  },
  'hi.template': { zh: '下载导入模板', en: 'Download the template' },
  'hi.pick': { zh: '选择 Excel 文件', en: 'Choose an Excel file' },
  'hi.file': { zh: '已选择：{name}', en: 'Selected: {name}' },
  'hi.dryRun': { zh: '试导入(只检查)', en: 'Dry run (check only)' },
  'hi.run': { zh: '正式导入', en: 'Import' },
  'hi.runHint': { zh: '试导入无误后才能正式导入', en: 'Available after a clean dry run of this file' },
  'hi.clean': {
    zh: '检查通过：{households} 户、{members} 名成员，可以正式导入',
    en: 'No problems: {households} households, {members} members ready to import',
  },
  'hi.problems': {
    zh: '发现 {count} 处问题，请修改文件后重新试导入(未导入任何数据)',
    en: '{count} problems found; fix the file and run the dry run again (nothing was imported)',
  },
  'hi.problemsShown': { zh: '仅显示前 {n} 处', en: 'Only the first {n} are shown' },
  'hi.col.sheet': { zh: '工作表', en: 'Sheet' },
  'hi.col.row': { zh: '行', en: 'Row' },
  'hi.col.column': { zh: '列', en: 'Column' },
  'hi.col.message': { zh: '问题', en: 'Problem' },
  'hi.noProblems': { zh: '没有问题', en: 'No problems' },
  'hi.progress': { zh: '导入进度', en: 'Import progress' },
  'hi.phase': { zh: '阶段：{phase}', en: 'Phase: {phase}' },
  'hi.done': {
    zh: '导入成功：{households} 户、{members} 名成员已建为草稿档案',
    en: 'Imported: {households} households and {members} members, as draft files',
  },
  'hi.failed': { zh: '导入失败，未导入任何档案', en: 'The import failed; nothing was imported' },
  'hi.openList': { zh: '查看档案列表(草稿)', en: 'Open the household list (drafts)' },
  'hi.samples': { zh: '部分导入的档案：', en: 'Some of the imported files:' },
  'hi.household': { zh: '档案 {n}', en: 'File {n}' },
  'hi.again': { zh: '再导入一个文件', en: 'Import another file' },
  'hi.notAllowed': { zh: '您的角色不能导入档案', en: 'Your role may not import household files' },
  'hi.toolbar.import': { zh: 'Excel 导入', en: 'Import from Excel' },
  'hi.export': { zh: '导出花名册', en: 'Export roster' },
  'hi.export.title': { zh: '导出困难职工花名册(Excel)', en: 'Export the household roster (Excel)' },
  'hi.export.org': { zh: '工会(含下级)', en: 'Union (with its subtree)' },
  'hi.export.status': { zh: '状态', en: 'Status' },
  'hi.export.category': { zh: '困难类别', en: 'Category' },
  'hi.export.all': { zh: '全部', en: 'All' },
  'hi.export.reveal': {
    zh: '导出未脱敏的身份证号/手机号/银行卡号(按您的权限)',
    en: 'Unmask ID numbers, phones or bank accounts (as your role allows)',
  },
  'hi.export.purpose': { zh: '用途', en: 'Purpose' },
  'hi.export.hint': {
    zh: '默认脱敏导出；每次导出都会记入审计日志',
    en: 'Masked by default; every export is logged',
  },
  'hi.export.ok': {
    zh: '已导出 {households} 户、{members} 名成员',
    en: 'Exported {households} households, {members} members',
  },
  'hi.export.run': { zh: '导出', en: 'Export' },
});
