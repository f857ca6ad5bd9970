import { describe, expect, it } from 'vitest';
import { readStoredLang, storeLang } from './lang';
import { defineMessages, translate } from './translator';

const messages = defineMessages({
  greet: { zh: '你好，{name}', en: 'Hello, {name}' },
});

describe('i18n', () => {
  it('translates with placeholders', () => {
    expect(translate(messages, 'zh-CN', 'greet', { name: '张三' })).toBe('你好，张三');
    expect(translate(messages, 'en', 'greet', { name: 'Li' })).toBe('Hello, Li');
  });

  it('defaults to Chinese and persists a choice', () => {
    const store = new Map<string, string>();
    const storage = {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => store.set(k, v),
    };
    expect(readStoredLang(storage)).toBe('zh-CN');
    storeLang('en', storage);
    expect(readStoredLang(storage)).toBe('en');
    store.set('bangfu.lang', 'fr');
    expect(readStoredLang(storage)).toBe('zh-CN');
  });
});
