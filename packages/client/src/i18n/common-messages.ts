import { defineMessages } from './translator';

/** Words every SPA uses. Apps add their own dictionary on top with `createUseT`. */
export const commonMessages = defineMessages({
  loading: { zh: '加载中…', en: 'Loading…' },
  retry: { zh: '重试', en: 'Retry' },
  save: { zh: '保存', en: 'Save' },
  cancel: { zh: '取消', en: 'Cancel' },
  confirm: { zh: '确定', en: 'OK' },
  back: { zh: '返回', en: 'Back' },
  empty: { zh: '暂无数据', en: 'No data' },
  none: { zh: '—', en: '—' },
  yes: { zh: '是', en: 'Yes' },
  no: { zh: '否', en: 'No' },
  loadFailed: { zh: '加载失败', en: 'Failed to load' },
  switchLang: { zh: 'English', en: '中文' },
  switchLangHint: { zh: '切换语言', en: 'Switch language' },
});

export type CommonMessages = typeof commonMessages;
