import { describe, expect, it } from 'vitest';
import {
  ACTIVATION_CODE_ALPHABET,
  formatActivationCode,
  generateActivationCode,
  normalizeActivationCode,
} from './activation-code';
import { pinProblem } from './pin';

describe('PIN rules', () => {
  it.each([
    ['12345', 'FORMAT'],
    ['12345a', 'FORMAT'],
    ['000000', 'TRIVIAL'],
    ['123456', 'TRIVIAL'],
    ['654321', 'TRIVIAL'],
    ['890123', 'TRIVIAL'],
    ['121212', 'TRIVIAL'],
    ['520520', 'TRIVIAL'],
    ['583920', null],
    ['204871', null],
  ])('%s → %s', (pin, problem) => expect(pinProblem(pin)).toBe(problem));
});

describe('activation codes', () => {
  it('draws ten characters from the unambiguous alphabet', () => {
    let i = 0;
    const code = generateActivationCode((n) => i++ % n);
    expect(code).toHaveLength(10);
    expect([...code].every((c) => ACTIVATION_CODE_ALPHABET.includes(c))).toBe(true);
    expect(ACTIVATION_CODE_ALPHABET).not.toMatch(/[01OIL]/);
  });
  it('reads back what a worker types from paper', () => {
    expect(normalizeActivationCode(' abcde-fghjk ')).toBe('ABCDEFGHJK');
    expect(formatActivationCode('ABCDEFGHJK')).toBe('ABCDE-FGHJK');
  });
});
