import fc from 'fast-check';
import { convertLegacyResidentId, isValidResidentId, OTHER_DOCUMENT_HINT, residentIdCheckChar, residentIdEntryProblem, validateResidentId } from './resident-id';

const TODAY = new Date('2026-11-25T04:00:00Z');

describe('GB 11643 resident ID check', () => {
  it.each([
    ['11010519491231002X', '1949-12-31', 'FEMALE'],
    ['53010219200508011X', '1920-05-08', 'MALE'],
  ])('accepts the DOMAIN.md vector %s', (id, birthDate, gender) => {
    const result = validateResidentId(id, TODAY);
    expect(result).toEqual({
      valid: true,
      normalized: id,
      addressCode: id.slice(0, 6),
      birthDate,
      gender,
      convertedFromLegacy: false,
    });
  });

  it('accepts a lower-case x and normalises it to X', () => {
    const result = validateResidentId('11010519491231002x', TODAY);
    expect(result.valid && result.normalized).toBe('11010519491231002X');
  });

  it('trims surrounding whitespace', () => {
    expect(isValidResidentId('  11010519491231002X ', TODAY)).toBe(true);
  });

  it.each([
    ['', 'FORMAT'],
    ['1101051949123100', 'FORMAT'],
    ['1101051949123100211', 'FORMAT'],
    ['11010519491231002Y', 'FORMAT'],
    ['X10105194912310021', 'FORMAT'],
    ['110105194912310021', 'CHECKSUM'],
    ['110105194913310025', 'BIRTH_DATE_INVALID'],
    ['110105190002290027', 'BIRTH_DATE_INVALID'],
    ['110105184912310020', 'BIRTH_DATE_INVALID'],
  ])('rejects %p with %s', (id, error) => {
    const result = validateResidentId(id, TODAY);
    expect(result.valid).toBe(false);
    expect(!result.valid && result.error).toBe(error);
    expect(!result.valid && result.message.length).toBeGreaterThan(5);
  });

  it('accepts 29 February of a leap year and rejects it in other years', () => {
    const leap = '13052920000229001';
    const common = '13052919990229001';
    expect(isValidResidentId(leap + residentIdCheckChar(leap), TODAY)).toBe(true);
    const result = validateResidentId(common + residentIdCheckChar(common), TODAY);
    expect(!result.valid && result.error).toBe('BIRTH_DATE_INVALID');
  });

  it('rejects a birth date after today in China Standard Time', () => {
    const tomorrow = '13052920261126001';
    const today = '13052920261125001';
    const result = validateResidentId(tomorrow + residentIdCheckChar(tomorrow), TODAY);
    expect(!result.valid && result.error).toBe('BIRTH_DATE_FUTURE');
    expect(isValidResidentId(today + residentIdCheckChar(today), TODAY)).toBe(true);
    // 2026-11-25T17:00Z is already 26 November in Shanghai.
    expect(isValidResidentId(tomorrow + residentIdCheckChar(tomorrow), new Date('2026-11-25T17:00:00Z'))).toBe(true);
  });

  describe('legacy 15-digit numbers', () => {
    it('inserts 19 and appends the check character', () => {
      expect(convertLegacyResidentId('110105491231002')).toBe('11010519491231002X');
    });

    it('uses the 18xx century for sequences 996-999', () => {
      expect(convertLegacyResidentId('130529050101996').slice(6, 10)).toBe('1805');
    });

    it('is validated after conversion', () => {
      const result = validateResidentId('110105491231002', TODAY);
      expect(result).toMatchObject({ valid: true, normalized: '11010519491231002X', convertedFromLegacy: true });
      expect(validateResidentId('110105491331002', TODAY).valid).toBe(false);
    });
  });

  it('property: every valid number loses validity when any one digit of the first 17 changes', () => {
    const birthDate = fc
      .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2020-12-31T00:00:00Z'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10).replace(/-/g, ''));
    const seq = fc.integer({ min: 0, max: 999 }).map((n) => String(n).padStart(3, '0'));
    const position = fc.integer({ min: 0, max: 16 });
    const delta = fc.integer({ min: 1, max: 9 });
    fc.assert(
      fc.property(birthDate, seq, position, delta, (birth, sequence, pos, d) => {
        const first17 = `130529${birth}${sequence}`;
        const id = first17 + residentIdCheckChar(first17);
        expect(isValidResidentId(id, TODAY)).toBe(true);
        const changed = first17.slice(0, pos) + ((Number(first17[pos]) + d) % 10) + first17.slice(pos + 1);
        const mutated = changed + id[17];
        const result = validateResidentId(mutated, TODAY);
        // A single changed digit is always caught by MOD 11-2 (or makes the date impossible).
        expect(result.valid).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('property: gender follows the parity of the 17th digit', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999 }), (n) => {
        const first17 = `13052919800101${String(n).padStart(3, '0')}`;
        const result = validateResidentId(first17 + residentIdCheckChar(first17), TODAY);
        expect(result.valid && result.gender).toBe(n % 2 === 1 ? 'MALE' : 'FEMALE');
      }),
    );
  });

  it('tells the desk what is wrong with a number entered as a 居民身份证, and the way out', () => {
    expect(residentIdEntryProblem('11010519491231002X', TODAY)).toBeNull();
    expect(residentIdEntryProblem('110105194912310021', TODAY)).toBe(`身份证号码校验位不正确，请核对号码是否抄错；${OTHER_DOCUMENT_HINT}`);
    expect(residentIdEntryProblem('11010519491231', TODAY)).toContain('应为18位');
    expect(OTHER_DOCUMENT_HINT).toContain('证件类型');
  });
});
