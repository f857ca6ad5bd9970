/**
 * The worker's 6-digit PIN. Refused when it is one digit repeated (000000), a run up or down
 * (123456, 987654), or two digits alternating (121212): the first codes anybody guesses.
 */
export type PinProblem = 'FORMAT' | 'TRIVIAL';

export function pinProblem(pin: string): PinProblem | null {
  if (!/^\d{6}$/.test(pin)) return 'FORMAT';
  const digits = [...pin].map(Number);
  const steps = digits.slice(1).map((d, i) => (d - digits[i]! + 10) % 10);
  const allSame = steps.every((s) => s === 0);
  const runUp = steps.every((s) => s === 1);
  const runDown = steps.every((s) => s === 9);
  const alternating = digits.every((d, i) => d === digits[i % 2]);
  const halvesRepeat = pin.slice(0, 3) === pin.slice(3);
  return allSame || runUp || runDown || alternating || halvesRepeat ? 'TRIVIAL' : null;
}
