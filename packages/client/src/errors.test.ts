import { describe, expect, it } from 'vitest';
import { domainCode, errorMessage, fieldErrors } from './errors';

const conflict = {
  name: 'TRPCClientError',
  message: 'conflict',
  data: {
    domainCode: 'VERSION_CONFLICT',
    messages: { zh: '档案已被他人修改', en: 'Changed by someone else' },
  },
};

const validation = {
  name: 'TRPCClientError',
  data: {
    domainCode: 'VALIDATION',
    messages: { zh: '输入有误', en: 'Invalid input' },
    fieldErrors: { 'members.0.idNumber': ['校验码错误 / wrong check digit'] },
  },
};

describe('errors', () => {
  it('reads the domain code and the message in the chosen language', () => {
    expect(domainCode(conflict)).toBe('VERSION_CONFLICT');
    expect(errorMessage(conflict, 'zh-CN')).toBe('档案已被他人修改');
    expect(errorMessage(conflict, 'en')).toBe('Changed by someone else');
  });

  it('explains a failure without a server answer as a network problem', () => {
    const network = { name: 'TRPCClientError', message: 'Failed to fetch' };
    expect(domainCode(network)).toBeNull();
    expect(errorMessage(network, 'zh-CN')).toContain('网络');
  });

  it('returns field errors by dotted path, cut to one language on request', () => {
    expect(fieldErrors(validation)).toEqual({ 'members.0.idNumber': ['校验码错误 / wrong check digit'] });
    expect(fieldErrors(validation, 'zh-CN')).toEqual({ 'members.0.idNumber': ['校验码错误'] });
    expect(fieldErrors(validation, 'en')).toEqual({ 'members.0.idNumber': ['wrong check digit'] });
    expect(fieldErrors(conflict)).toEqual({});
  });

  it('reads the field errors of a domain rule from the same place', () => {
    const duplicate = {
      data: {
        domainCode: 'DUPLICATE_ID_NUMBER',
        messages: { zh: '已建档', en: 'Already filed' },
        fieldErrors: { 'members.1.idNumber': ['已在南明区总工会建档 / already filed'] },
        details: { memberIndex: 1 },
      },
    };
    expect(fieldErrors(duplicate, 'zh-CN')).toEqual({ 'members.1.idNumber': ['已在南明区总工会建档'] });
  });
});
