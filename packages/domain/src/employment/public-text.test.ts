import { describe, expect, it } from 'vitest';
import { redactPersonalData } from './public-text';

describe('redactPersonalData', () => {
  it.each([
    ['联系电话13812345678', '联系电话***********'],
    ['身份证520302198001010013请勿外传', '身份证******************请勿外传'],
    ['旧证520302800101001', '旧证***************'],
    ['持C1驾照,2年以上经验', '持C1驾照,2年以上经验'],
    ['月薪3000-4500元,电话0851-28221234', '月薪3000-4500元,电话0851-28221234'],
    ['编号123456789012', '编号123456789012'],
  ])('%s → %s', (input, expected) => expect(redactPersonalData(input)).toBe(expected));

  it('blanks out the names it is told are personal, but not a single character', () => {
    expect(redactPersonalData('联系人周桂兰,周一至周五', ['周桂兰', '周', null])).toBe(
      '联系人***,周一至周五',
    );
  });
});
