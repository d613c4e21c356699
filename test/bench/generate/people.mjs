// 信访人: names, valid resident ID numbers and phones, stored as the API stores them — AES-256-GCM
// ciphertext (`v2.<keyId>.<iv>.<tag>.<ct>`, bound to table, row id and column as associated data),
// HMAC-SHA256 blind indexes and masked copies — with the
// keys the API is started with (PII_KEYS, PII_ACTIVE_KEY_ID, PII_BLIND_INDEX_KEY).
import { createCipheriv, createHmac } from 'node:crypto';
import { rng } from './random.mjs';

const SURNAMES =
  '王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN = '建国秀英志强丽娟海涛春梅立新玉兰文华振华桂芝永刚淑珍红霞国庆晓明翠花金凤长江保平红梅学军爱民素芬德胜小燕';
/** Hebei county-level region codes (the first six digits of a resident ID). */
const REGIONS = ['130529', '130102', '130104', '130203', '130304', '130402', '130503', '130602', '130702', '130802', '130902', '131002', '131102', '130524', '130531'];
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

export function personName(r) {
  const at = 2 * r.int(GIVEN.length / 2);
  return SURNAMES[r.int(SURNAMES.length)] + GIVEN.slice(at, at + (r.chance(0.7) ? 2 : 1));
}

/** A GB 11643 resident ID unique per index (birth day and sequence are derived from it). */
export function residentId(index, r) {
  const birth = new Date(Date.UTC(1940, 0, 1) + (index % 25_000) * 86_400_000);
  const body = `${r.pick(REGIONS)}${birth.toISOString().slice(0, 10).replaceAll('-', '')}${String(Math.floor(index / 25_000) % 1000).padStart(3, '0')}`;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(body[i]) * WEIGHTS[i];
  return { id: body + CHECK[sum % 11], birthYear: birth.getUTCFullYear(), gender: Number(body[16]) % 2 === 1 ? 'MALE' : 'FEMALE' };
}

/** maskIdNumber of libs/domain: first 4 and last 4 characters. */
const maskId = (v) => `${v.slice(0, 4)}${'*'.repeat(v.length - 8)}${v.slice(-4)}`;
const maskMobile = (d) => `${d.slice(0, 3)}****${d.slice(-4)}`;

/** The cipher of the API (personal-data-cipher.ts) with a deterministic, never-repeated IV. */
export function personalDataCipher(env) {
  const [keyId, material] = env.PII_KEYS.split(',')[0].split(':');
  if (keyId !== env.PII_ACTIVE_KEY_ID) throw new Error('the generator encrypts with the first PII key, which must be the active one');
  const key = Buffer.from(material, 'base64');
  const indexKey = Buffer.from(env.PII_BLIND_INDEX_KEY, 'base64');
  let counter = 0;
  return {
    /** `rowId` and `column` are the associated data, as PersonalDataCipher.associatedData builds it. */
    encrypt(plain, rowId, column) {
      const iv = Buffer.alloc(12);
      iv.writeUInt32BE(0xb3c4, 0);
      iv.writeDoubleBE(++counter, 4);
      const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: 16 });
      cipher.setAAD(Buffer.from(`v2:petitioner:${rowId}:${column}`, 'utf8'));
      const ct = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return ['v2', keyId, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), ct.toString('base64url')].join('.');
    },
    blindIndex: (kind, normalized) => createHmac('sha256', indexKey).update(`${kind}:${normalized}`).digest('hex'),
  };
}

export const PETITIONER_COLUMNS = [
  'id',
  'name',
  'id_type',
  'id_number_enc',
  'id_number_bidx',
  'id_number_masked',
  'gender',
  'birth_year',
  'mobile_enc',
  'mobile_bidx',
  'mobile_masked',
  'township_id',
  'village_id',
  'address_detail_enc',
  'occupation',
  'created_by',
  'created_at',
  'updated_at',
];

/** Who petitioner `index` is (the same draws every time, so a benchmark can look a person up). */
export function petitionerFacts(seed, index) {
  const r = rng(seed, 'petitioner', index);
  const name = personName(r);
  const resident = r.chance(0.92) ? residentId(index, r) : null;
  const mobile = r.chance(0.75) ? `1${r.pick(['3', '5', '7', '8', '9'])}${r.digits(9)}` : null;
  const address = r.chance(0.5) ? `${r.range(1, 99)}排${r.range(1, 30)}号` : null;
  return { name, resident, mobile, address, occupation: r.pick(['农民', '个体经营', '退休职工', '务工人员', '教师', null]) };
}

/** The petitioner row of a case plan that introduces a new person. */
export function petitionerRow(plan, ctx, cipher) {
  const { name, resident, mobile, address, occupation } = petitionerFacts(ctx.seed, plan.index);
  return [
    plan.petitionerId,
    name,
    resident ? 'RESIDENT_ID' : 'OTHER',
    resident ? cipher.encrypt(resident.id, plan.petitionerId, 'id_number_enc') : null,
    resident ? cipher.blindIndex('id_number', resident.id) : null,
    resident ? maskId(resident.id) : null,
    resident?.gender ?? null,
    resident?.birthYear ?? null,
    mobile ? cipher.encrypt(mobile, plan.petitionerId, 'mobile_enc') : null,
    mobile ? cipher.blindIndex('phone', mobile) : null,
    mobile ? maskMobile(mobile) : null,
    plan.townshipId,
    plan.villageId,
    address ? cipher.encrypt(address, plan.petitionerId, 'address_detail_enc') : null,
    occupation,
    ctx.receptionId,
    plan.registeredAt,
    plan.registeredAt,
  ];
}
