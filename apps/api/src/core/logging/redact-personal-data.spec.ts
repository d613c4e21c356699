import { REDACTED_ID_NUMBER as ID, REDACTED_PHONE as PHONE, redactPersonalData, redactUrl } from './redact-personal-data';

describe('redactPersonalData', () => {
  it.each([
    ['id 13052919800101123X found', `id ${ID} found`],
    ['id 13052919800101123x found', `id ${ID} found`],
    ['身份证130529198001011234。', `身份证${ID}。`],
    ['old 130529800101123 number', `old ${ID} number`],
    ['mobile 13800000000', `mobile ${PHONE}`],
    ['电话13800000000.', `电话${PHONE}.`],
    ['+86 138-0000-0000 or 0086-13912345678', `${PHONE} or ${PHONE}`],
    ['8613800000000', PHONE],
    ['电话：138 0000 0000', `电话：${PHONE}`],
    ['landline 0319-5212345 and 03195212345 and (010)12345678', `landline ${PHONE} and ${PHONE} and ${PHONE}`],
    ['{"parameters":["张三","13052919800101123X","13800000000"]}', `{"parameters":["张三","${ID}","${PHONE}"]}`],
  ])('redacts %s', (input, expected) => {
    expect(redactPersonalData(input)).toBe(expected);
  });

  it.each([
    'reqId 0138a2d4-5b6c-4d7e-8f90-013812345678 stays',
    'uuid 12345678-1234-4123-8123-130529198001 stays',
    '"time":1765098000123,"pid":4321,"responseTime":12',
    'case no 1305292025000123 is 16 digits',
    'count 1234567 and year 2026 and 12000000000 (not a mobile prefix)',
    'hash 9f8e7d6c5b4a13800000000aa',
    '"ratio":0.03195212345',
    'sha 13052919800101123Xab',
  ])('leaves %s alone', (input) => {
    expect(redactPersonalData(input)).toBe(input);
  });

  it('redacts URLs, also percent- or plus-encoded numbers', () => {
    expect(redactUrl('/api/petitioners?idNumber=13052919800101123X&phone=13800000000')).toBe(`/api/petitioners?idNumber=${ID}&phone=${PHONE}`);
    expect(redactUrl('/api/x?phone=%2B86%20138%200000%200000')).toBe(`/api/x?phone=${PHONE}`);
    expect(redactUrl('/api/x?phone=138+0000+0000')).toBe(`/api/x?phone=${PHONE}`);
    expect(redactUrl('/api/x?bad=%E0%A4%A&id=13052919800101123X')).toBe(`/api/x?bad=%E0%A4%A&id=${ID}`);
  });
});
