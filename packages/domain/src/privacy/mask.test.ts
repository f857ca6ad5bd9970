import { describe, expect, it } from 'vitest';
import { maskBankAccount, maskIdNumber, maskNameForNotice, maskPhone } from './mask';

describe('maskIdNumber', () => {
  it.each([
    ['520102198001010013', '520102********0013'],
    ['11010519491231002X', '110105********002X'],
    [' 520102198001010013 ', '520102********0013'],
    ['520102800101001', '520102*****1001'],
    ['5201021980', '**********'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(maskIdNumber(input)).toBe(expected);
  });
});

describe('maskPhone', () => {
  it.each([
    ['13812341234', '138****1234'],
    ['138 1234 1234', '138****1234'],
    ['138-1234-1234', '138****1234'],
    ['0851-85551234', '********1234'],
    ['85551234', '****1234'],
    ['+8613812341234', '**********1234'],
    ['1234567', '*******'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(maskPhone(input)).toBe(expected);
  });
});

describe('maskBankAccount', () => {
  it.each([
    ['6222021234567891234', '**** **** **** 1234'],
    ['6222 0212 3456 7890', '**** **** **** 7890'],
    ['62220212345678', '**** **** **** 5678'],
    ['1234567', '**** **** **** ****'],
    ['', '**** **** **** ****'],
  ])('%j → %j', (input, expected) => {
    expect(maskBankAccount(input)).toBe(expected);
  });
});

describe('maskNameForNotice', () => {
  it.each([
    ['张三', '张*'],
    ['张小三', '张*三'],
    ['欧阳娜娜', '欧**娜'],
    ['阿依古丽·买买提', '阿******提'],
    [' 李四 ', '李*'],
    ['𠮷田', '𠮷*'],
    ['王', '*'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(maskNameForNotice(input)).toBe(expected);
  });
});
