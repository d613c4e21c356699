import fc from 'fast-check';
import type { JsonSchema } from './request-schemas';

/** Strings people and attackers send: control characters, emoji, SQL, paths, markup, odd numbers. */
const NASTY_STRINGS = [
  '',
  ' ',
  '\u0000',
  '\u0000\u0001\u001f\u007f',
  '\t\r\n',
  "'; DROP TABLE petition_case; --",
  "' OR '1'='1",
  '%',
  '\\',
  '../../../etc/passwd',
  '<script>alert(1)</script>',
  '😀👨‍👩‍👧‍👦🇨🇳',
  '\ud800',
  'ＡＢＣ１２３',
  '䀀'.repeat(300),
  'NaN',
  'Infinity',
  '-0',
  '1e309',
  '99999999999999999999999',
  '2026-02-30',
  '2026-13-01T25:61:00Z',
  '0000-00-00',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  'true',
  'null',
  '{}',
  '[]',
];

const NASTY_NUMBERS = [0, -1, 1.5, -2147483649, 2147483648, Number.MAX_SAFE_INTEGER + 2, 1e21, -1e21, Number.MAX_VALUE, Number.MIN_VALUE];

const anyString = fc.oneof(fc.constantFrom(...NASTY_STRINGS), fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 40 }));
const hugeString = fc.constantFrom(10_000, 100_000, 600_000).chain((n) => fc.constantFrom('a', '中', '😀', "'").map((c) => c.repeat(n)));

/** Junk of any JSON type, nested a little. */
export const junk: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constant(null),
    fc.boolean(),
    fc.constantFrom(...NASTY_NUMBERS),
    fc.integer(),
    anyString,
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('__proto__', 'constructor', 'id', '$where')), tie('value'), { maxKeys: 3 }),
  ),
})).value;

/**
 * Ids of real records (org units, users, cases, …): a uuid field names one of them half the time,
 * so that payloads get past "not found" into the services' own rules.
 */
export const realIds: string[] = [];

/** Dates a date pattern lets through that the calendar or PostgreSQL may not. */
const EDGE_DATES = ['2026-02-29', '2026-02-30', '2026-02-31', '2025-02-29', '0000-01-01', '0001-01-01', '9999-12-31', '1900-01-01', '2026-04-31'];

/** A value that satisfies the schema as far as the schema says (patterns, enums, ranges). */
export function validValue(s: JsonSchema, depth = 0): fc.Arbitrary<unknown> {
  if (s.enum && s.enum.length > 0) return fc.constantFrom(...s.enum);
  switch (s.type) {
    case 'integer':
      return fc.integer({ min: s.minimum ?? -1000, max: s.maximum ?? 100_000 });
    case 'number':
      return fc.double({ min: s.minimum ?? -1000, max: s.maximum ?? 100_000, noNaN: true, noDefaultInfinity: true });
    case 'boolean':
      return fc.boolean();
    case 'array':
      return depth > 3 ? fc.constant([]) : fc.array(validValue(s.items ?? { type: 'string' }, depth + 1), { maxLength: 3 });
    case 'string':
      return validString(s);
    case undefined:
    default:
      if (!s.properties || depth > 3) return fc.constant({});
      return fc.record(Object.fromEntries(Object.entries(s.properties).map(([k, v]) => [k, validValue(v, depth + 1)])), {
        requiredKeys: (s.required ?? []).filter((k) => s.properties?.[k]),
      });
  }
}

function validString(s: JsonSchema): fc.Arbitrary<string> {
  if (s.format === 'uuid') return realIds.length > 0 ? fc.oneof(fc.uuid(), fc.constantFrom(...realIds)) : fc.uuid();
  if (s.format === 'date-time') return fc.date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString());
  if (typeof s.example === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(s.example))
    return fc.oneof({ arbitrary: fc.constant(s.example), weight: 3 }, { arbitrary: fc.constantFrom(...EDGE_DATES), weight: 1 });
  if (s.pattern) {
    const matching = fc.stringMatching(new RegExp(s.pattern)).filter((x) => x.length <= (s.maxLength ?? 10_000));
    const dates = EDGE_DATES.filter((d) => new RegExp(s.pattern ?? '').test(d));
    return dates.length > 0 ? fc.oneof({ arbitrary: matching, weight: 3 }, { arbitrary: fc.constantFrom(...dates), weight: 1 }) : matching;
  }
  return fc.string({ unit: 'grapheme', minLength: s.minLength ?? 0, maxLength: Math.min(s.maxLength ?? 40, 60) });
}

/** A value of the wrong kind for the schema, or at its edges. */
function wrongValue(s: JsonSchema): fc.Arbitrary<unknown> {
  const edges: fc.Arbitrary<unknown>[] = [junk, hugeString, fc.constantFrom(...NASTY_STRINGS), fc.constantFrom(...NASTY_NUMBERS)];
  if (s.type === 'integer' || s.type === 'number') edges.push(fc.constantFrom((s.minimum ?? 0) - 1, (s.maximum ?? 2 ** 31) + 1, 0.5, '1', [1]));
  if (s.type === 'string' && s.maxLength) edges.push(fc.constant('字'.repeat(s.maxLength + 1)));
  if (s.type === 'array') edges.push(fc.array(junk, { minLength: 1, maxLength: 5 }), fc.constant({ 0: 'a' }), fc.array(fc.uuid(), { minLength: 200, maxLength: 300 }));
  return fc.oneof(...edges);
}

/** What a mutated payload did, for the summary. */
export type Mutation = 'valid' | 'wrong-field' | 'missing-required' | 'unknown-field' | 'junk-body' | 'array-body' | 'null-body' | 'nested-junk';

/** A schema-derived payload with one kind of damage (or none). */
export function mutatedPayload(s: JsonSchema): fc.Arbitrary<{ mutation: Mutation; body: unknown }> {
  const fields = Object.keys(s.properties ?? {});
  const valid = validValue(s) as fc.Arbitrary<Record<string, unknown>>;
  const variants: fc.Arbitrary<{ mutation: Mutation; body: unknown }>[] = [
    valid.map((body) => ({ mutation: 'valid' as const, body })),
    junk.map((body) => ({ mutation: 'junk-body' as const, body })),
    fc.array(valid, { minLength: 1, maxLength: 2 }).map((body) => ({ mutation: 'array-body' as const, body })),
    fc.constant({ mutation: 'null-body' as const, body: null }),
    fc.tuple(valid, fc.string({ minLength: 1, maxLength: 12 }), junk).map(([body, k, v]) => ({ mutation: 'unknown-field' as const, body: { ...body, [`x_${k}`]: v } })),
  ];
  if (fields.length > 0) {
    const field = fc.constantFrom(...fields);
    variants.push(
      fc.tuple(valid, field).chain(([body, f]) => wrongValue(s.properties?.[f] ?? {}).map((v) => ({ mutation: 'wrong-field' as const, body: { ...body, [f]: v } }))),
      fc.tuple(valid, field).map(([body, f]) => ({ mutation: 'nested-junk' as const, body: { ...body, [f]: { [f]: body[f], $gt: '', nested: [[[{}]]] } } })),
    );
  }
  if ((s.required ?? []).length > 0) {
    variants.push(
      fc.tuple(valid, fc.constantFrom(...(s.required ?? []))).map(([body, f]) => {
        const copy = { ...body };
        delete copy[f];
        return { mutation: 'missing-required' as const, body: copy };
      }),
    );
  }
  return fc.oneof(...variants);
}

/** Path parameter values that are not a record's id, or name no record. */
export const randomPathParameter: fc.Arbitrary<string> = fc.oneof(
  fc.uuid(),
  fc.constantFrom(
    'not-a-uuid',
    '..%2F..%2Fetc%2Fpasswd',
    '%2e%2e',
    '0',
    '-1',
    '1e309',
    'null',
    'undefined',
    '%00',
    '%E2%80%AE',
    encodeURIComponent("1' OR '1'='1"),
    'x'.repeat(2000),
    '00000000-0000-0000-0000-000000000000',
  ),
  fc.string({ minLength: 1, maxLength: 30 }).map((x) => encodeURIComponent(x)),
);

/** Bodies that are not JSON, or JSON under a content type that says otherwise. */
export const rawBodies = fc.constantFrom(
  { contentType: 'application/json', body: '{"a": ' },
  { contentType: 'application/json', body: '\u0000\u0001' },
  { contentType: 'application/json', body: '{"__proto__": {"admin": true}}' },
  { contentType: 'application/json', body: '[' + '['.repeat(5000) },
  { contentType: 'text/plain', body: 'hello' },
  { contentType: 'application/x-www-form-urlencoded', body: 'a=1&a=2&b[c]=3' },
  { contentType: 'application/xml', body: '<a>1</a>' },
  { contentType: 'multipart/form-data; boundary=x', body: '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--x--' },
  { contentType: 'application/json; charset=utf-16', body: '{}' },
);
