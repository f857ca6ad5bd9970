import fc from 'fast-check';

/** Strings that have broken parsers, SQL, HTML and text handling elsewhere. */
export const NASTY_STRINGS: readonly string[] = [
  '',
  ' ',
  '\u3000',
  "' or 1=1 --",
  "'; drop table household; --",
  '"; delete from audit_event; --',
  "1' union select password_hash from staff_user --",
  '%',
  '_',
  '\\',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '\u0000',
  'a\u0000b',
  '\ud800',
  '\udfff',
  'x\ud83dy',
  '\u202eabc\u202c',
  '\u200b\u200c\u200d\ufeff',
  'e\u0301\u0301\u0301\u0301\u0301',
  '👨‍👩‍👧‍👦🇨🇳',
  '張三\u0000',
  '../../etc/passwd',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection probe, on purpose.
  '${7*7}{{7*7}}',
  '__proto__',
  'constructor',
  'NaN',
  '-0',
  '1e308',
  '9007199254740993',
  '2026-02-30',
  '0000-00-00',
  '9999-12-31',
  '2026-11-29T25:61:00Z',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '52030219800101001X',
  '520302198001010013\u0000',
  '13812341234; drop table household',
];

export const HUGE_STRINGS: readonly string[] = [
  'A'.repeat(100_000),
  '你'.repeat(100_000),
  '\u0301'.repeat(100_000),
];

/** Numbers JSON can carry that money, counts and versions must refuse or handle. */
export const NASTY_NUMBERS: readonly number[] = [
  0,
  -0,
  -1,
  1,
  0.5,
  -0.01,
  1.5,
  2 ** 31,
  -(2 ** 31) - 1,
  2 ** 53,
  Number.MAX_SAFE_INTEGER,
  Number.MAX_SAFE_INTEGER + 2,
  -Number.MAX_SAFE_INTEGER - 2,
  1e21,
  1e308,
  -1e308,
  5e-324,
  2026,
  99999,
];

/** An array or object nested `depth` deep. */
export function deeplyNested(depth: number, asArray: boolean): unknown {
  let v: unknown = 'leaf';
  for (let i = 0; i < depth; i++) v = asArray ? [v] : { a: v };
  return v;
}

const DEEP = [deeplyNested(1000, true), deeplyNested(1000, false)];

/** A scalar from the lists above or from fast-check's own generators. */
export function hostileScalar(ids: readonly string[]): fc.Arbitrary<unknown> {
  return fc.oneof(
    { arbitrary: fc.constantFrom(...NASTY_STRINGS), weight: 4 },
    { arbitrary: fc.constantFrom(...NASTY_NUMBERS), weight: 3 },
    { arbitrary: fc.constantFrom(true, false, null), weight: 1 },
    { arbitrary: fc.uuid(), weight: 2 },
    { arbitrary: ids.length > 0 ? fc.constantFrom(...ids) : fc.uuid(), weight: 2 },
    { arbitrary: fc.string({ unit: 'binary', maxLength: 40 }), weight: 2 },
    { arbitrary: fc.integer(), weight: 1 },
    { arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }), weight: 1 },
    { arbitrary: fc.constantFrom(...HUGE_STRINGS), weight: 1 },
  );
}

/** Any JSON-carryable value: scalars, arrays, objects (prototype-ish keys included), deep nesting. */
export function hostileValue(ids: readonly string[]): fc.Arbitrary<unknown> {
  const scalar = hostileScalar(ids);
  const key = fc.oneof(fc.constantFrom('__proto__', 'constructor', 'id', '', '\u0000'), fc.string());
  const { value } = fc.letrec((tie) => ({
    value: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      { arbitrary: scalar, weight: 6 },
      { arbitrary: fc.array(tie('value'), { maxLength: 4 }), weight: 1 },
      { arbitrary: fc.dictionary(key, tie('value'), { maxKeys: 4 }), weight: 1 },
      { arbitrary: fc.constantFrom(...DEEP), weight: 1 },
    ),
  }));
  return value;
}

/**
 * An input for a procedure with the given top-level keys: a bare hostile value, an object whose
 * every key is hostile, or a plausible object (ids where a key names an id) with one key hostile.
 */
export function hostileInput(keys: readonly string[], ids: readonly string[]): fc.Arbitrary<unknown> {
  const any = hostileValue(ids);
  if (keys.length === 0) return any;
  const idLike = ids.length > 0 ? fc.oneof(fc.uuid(), fc.constantFrom(...ids)) : fc.uuid();
  const plausible = (k: string): fc.Arbitrary<unknown> =>
    /(^id|Id|Ids)$/.test(k) ? (/Ids$/.test(k) ? fc.array(idLike, { maxLength: 3 }) : idLike) : any;
  const allHostile = fc.record(Object.fromEntries(keys.map((k) => [k, any])), { requiredKeys: [] });
  const oneHostile = fc
    .tuple(fc.record(Object.fromEntries(keys.map((k) => [k, plausible(k)]))), fc.constantFrom(...keys), any)
    .map(([base, k, v]) => ({ ...base, [k]: v }));
  return fc.oneof(
    { arbitrary: any, weight: 1 },
    { arbitrary: allHostile, weight: 2 },
    { arbitrary: oneHostile, weight: 3 },
  );
}
