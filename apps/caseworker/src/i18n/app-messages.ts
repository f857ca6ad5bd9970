import { defineMessages } from '@bangfu/client';

/** Shell, sign-in and generic page texts. */
export const appMessages = defineMessages({
  appName: { zh: '帮扶 · 困难职工帮扶管理', en: 'Bangfu · Hardship Worker Aid' },
  appShortName: { zh: '帮扶', en: 'Bangfu' },
  menuHouseholds: { zh: '困难职工档案', en: 'Household files' },
  menuNewHousehold: { zh: '新建档案', en: 'New file' },
  signOut: { zh: '退出登录', en: 'Sign out' },
  signOutFailed: { zh: '退出失败：{message}', en: 'Sign-out failed: {message}' },
  loginTitle: { zh: '工作人员登录', en: 'Staff sign-in' },
  loginUsername: { zh: '用户名', en: 'Username' },
  loginPassword: { zh: '密码', en: 'Password' },
  loginSubmit: { zh: '登录', en: 'Sign in' },
  loginUsernameRequired: { zh: '请输入用户名', en: 'Enter your username' },
  loginPasswordRequired: { zh: '请输入密码', en: 'Enter your password' },
  loginNotice: {
    zh: '本系统含职工个人敏感信息，仅限授权人员使用，所有查询与查看均记录在案。',
    en: 'This system holds sensitive personal information. Authorised staff only; every lookup is logged.',
  },
  notFoundTitle: { zh: '页面不存在', en: 'Page not found' },
  backHome: { zh: '返回首页', en: 'Back to home' },
  forbiddenTitle: { zh: '无权访问', en: 'Not allowed' },
  forbiddenEdit: { zh: '您的角色不能编辑档案。', en: 'Your role cannot edit household files.' },
});
