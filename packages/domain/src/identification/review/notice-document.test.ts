import { describe, expect, it } from 'vitest';
import { FILE_NO_PATTERN, formatFileNo } from './file-no';
import { renderNotice } from './notice-document';

const input = {
  orgName: '红花岗区中华路社区工会',
  scopes: ['单位', '社区'],
  start: '2026-09-30',
  end: '2026-10-12',
  hotline: '12351',
  entries: [
    { headName: '张建国', category: 'DIBAO' as const },
    { headName: '李四', category: 'DEEP' as const },
  ],
};

describe('renderNotice', () => {
  it('masks every name and shows the period, places and hotline', () => {
    const doc = renderNotice(input);
    expect(doc.rows).toEqual([
      ['1', '张*国', '低保户'],
      ['2', '李*', '深度困难'],
    ]);
    const text = JSON.stringify(doc);
    expect(text).not.toContain('张建国');
    expect(text).not.toContain('李四');
    expect(text).toContain('2026-09-30至2026-10-12');
    expect(text).toContain('单位、社区');
    expect(text).toContain('12351');
  });

  it('renders in English with the same rows masked', () => {
    const doc = renderNotice(input, 'en');
    expect(doc.columns).toEqual(['No.', 'Name', 'Category']);
    expect(doc.rows[0]).toEqual(['1', '张*国', 'Minimum-living-guarantee household']);
  });

  it('masking is idempotent, so a stored masked snapshot renders the same', () => {
    const once = renderNotice(input);
    const again = renderNotice({
      ...input,
      entries: once.rows.map(([, n]) => ({ headName: n, category: 'DIBAO' })),
    });
    expect(again.rows.map((r) => r[1])).toEqual(['张*国', '李*']);
  });
});

describe('formatFileNo', () => {
  it('pads the sequence to six digits', () => {
    expect(formatFileNo('520302', 2026, 123)).toBe('GZ-520302-2026-000123');
    expect(FILE_NO_PATTERN.test(formatFileNo('520302', 2026, 1))).toBe(true);
  });
});
