import { describe, expect, it } from 'vitest';
import { carriesPersonalData, renderNotification, scrubDeliveryError } from './templates';

describe('renderNotification', () => {
  it('renders the SMS reminder in both languages with the count only', () => {
    expect(renderNotification('JOB_MATCH_SUMMARY', { count: 3 })).toEqual({
      zh: '您有3个新的岗位推荐,请登录帮扶服务平台查看。',
      en: 'You have 3 new job recommendations; sign in to the Bangfu service platform to see them.',
    });
  });

  it('refuses params a template does not define, so personal data cannot ride along', () => {
    expect(() => renderNotification('JOB_MATCH_SUMMARY', { count: 1, name: '张建国' })).toThrow();
    expect(() => renderNotification('JOB_MATCH', { positionId: 'x', title: '家政' })).toThrow();
  });
});

describe('carriesPersonalData', () => {
  it.each([
    ['您有3个新的岗位推荐,请登录帮扶服务平台查看。', false],
    ['请致电13812341234', true],
    ['身份证520302198001010011', true],
    ['账号6222020200112233445', true],
    ['张建国您好', true],
  ])('%s → %s', (text, expected) => {
    expect(carriesPersonalData(text, ['张建国'])).toBe(expected);
  });
});

describe('scrubDeliveryError', () => {
  it('blanks long digit runs a gateway may echo back', () => {
    expect(scrubDeliveryError('invalid number 13812341234')).toBe('invalid number ***********');
  });
});
