import { jsonDepthExceeds } from './body-parsing';

describe('jsonDepthExceeds', () => {
  it.each([
    ['{"a":[1,{"b":2}]}', 3, false],
    ['{"a":[1,{"b":[2]}]}', 3, true],
    ['{"a":"[[[[{{{{"}', 1, false],
    ['{"a":"\\\\"}', 1, false],
    ['{"a":"\\"[[["}', 1, false],
    ['[[["]"]]]', 2, true],
  ])('%s with at most %d levels: exceeds = %p', (json, max, expected) => {
    expect(jsonDepthExceeds(Buffer.from(json), max)).toBe(expected);
  });
});
