import { describe, expect, it } from 'vitest';
import { missingApplicationForms } from './application';
import { sniffMime, UploadAttachmentSchema } from './attachments';
import { surveyDueOn } from './survey-schedule';

const bytes = (...b: number[]) => Uint8Array.from(b);
const ascii = (s: string) => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));

describe('sniffMime', () => {
  it.each([
    [bytes(0xff, 0xd8, 0xff, 0xe0), 'image/jpeg'],
    [bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a), 'image/png'],
    [ascii('RIFF\x10\x00\x00\x00WEBPVP8 '), 'image/webp'],
    [ascii('%PDF-1.4'), 'application/pdf'],
    [ascii('RIFF\x10\x00\x00\x00WAVEfmt '), null],
    [ascii('MZ\x90'), null],
    [ascii('<svg'), null],
    [bytes(0xff, 0xd8), null],
    [bytes(), null],
  ])('%# reads the type from the first bytes', (input, expected) => {
    expect(sniffMime(input)).toBe(expected);
  });
});

describe('missingApplicationForms', () => {
  const yes = { granted: true, version: 'v1', at: '2026-11-28T09:00:00+08:00' };
  const full = {
    consents: { general: yes, sensitive: yes, publicity: yes, incomeCheck: yes },
    incomeCommitmentSigned: true,
    incomeCheckAuthorised: true,
  };
  it('is empty when every consent and form is there', () => {
    expect(missingApplicationForms(full)).toEqual({});
  });
  it('names each missing consent and form', () => {
    const errors = missingApplicationForms({
      consents: { ...full.consents, sensitive: { ...yes, granted: false } },
      incomeCommitmentSigned: false,
      incomeCheckAuthorised: true,
    });
    expect(Object.keys(errors)).toEqual(['consents.sensitive', 'incomeCommitmentSigned']);
  });
});

describe('surveyDueOn', () => {
  it('adds calendar days across a month and a year end', () => {
    expect(surveyDueOn('2026-11-29', 5)).toBe('2026-12-04');
    expect(surveyDueOn('2026-12-30', 5)).toBe('2027-01-04');
  });
});

describe('UploadAttachmentSchema', () => {
  it('refuses content beyond the size limit before decoding it', () => {
    const tooLong = 'A'.repeat(Math.ceil((5 * 1024 * 1024) / 3) * 4 + 4);
    const r = UploadAttachmentSchema.safeParse({
      householdId: '0190c6a0-0000-7000-8000-000000000000',
      kind: 'ID_CARD',
      filename: 'a.png',
      contentBase64: tooLong,
    });
    expect(r.success).toBe(false);
  });
});
