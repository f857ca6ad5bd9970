import { describe, expect, it } from 'vitest';
import { HardshipCause } from '../household/enums';
import { cellText, parseEnumLabel, parseEnumList, parseYesNo, parseYuan } from './cells';

describe('parseYuan (exact: no float touches the amount)', () => {
  it.each([
    ['1500', 150_000],
    ['1500.5', 150_050],
    ['1,200.05', 120_005],
    ['0.1', 10],
    ['0', 0],
    [cellText(1500.5), 150_050],
    [cellText(0.07), 7],
  ])('%j → %i fen', (text, fen) => {
    expect(parseYuan(text)).toEqual({ ok: true, value: fen });
  });
  it.each([
    ['-100', '不能为负'],
    ['12.345', '两位小数'],
    ['12元', '以元为单位'],
    [cellText(1e21), '以元为单位'],
  ])('%j is refused (%s)', (text, zh) => {
    const r = parseYuan(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message.zh).toContain(zh);
  });
});

describe('enum cells take the Chinese label, the code, or the national form number', () => {
  it('reads labels and codes and lists the choices otherwise', () => {
    expect(parseEnumLabel('下岗失业', HardshipCause)).toEqual({ ok: true, value: 'LAID_OFF' });
    expect(parseEnumLabel('laid_off', HardshipCause)).toEqual({ ok: true, value: 'LAID_OFF' });
    const bad = parseEnumLabel('因病', HardshipCause);
    expect(bad.ok ? '' : bad.message.zh).toContain('可选：无劳动能力、');
  });
  it('splits lists on 、 and commas, caps their length and refuses repeats', () => {
    expect(parseEnumList('子女上学、下岗失业', HardshipCause, 3)).toEqual({
      ok: true,
      value: ['CHILD_SCHOOLING', 'LAID_OFF'],
    });
    expect(parseEnumList('9,3', HardshipCause, 3, { '9': 'CHILD_SCHOOLING', '3': 'LAID_OFF' }).ok).toBe(true);
    expect(parseEnumList('其他、其他', HardshipCause, 3).ok).toBe(false);
    expect(parseEnumList('1、2、3、4', HardshipCause, 3, { '1': 'OTHER' }).ok).toBe(false);
  });
  it('reads yes/no', () => {
    expect([parseYesNo('是'), parseYesNo(cellText(false)), parseYesNo('也许').ok]).toEqual([
      { ok: true, value: true },
      { ok: true, value: false },
      false,
    ]);
  });
});
