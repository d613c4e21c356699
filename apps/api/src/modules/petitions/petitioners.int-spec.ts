import { residentIdCheckChar } from '@julu/domain';
import type { DataSource } from 'typeorm';
import { type SeededApp, startSeededApp } from '../../../test/seeded-app';

const PASSWORD = 'petitioner-test-password-1';
const residentId = (first17: string): string => first17 + residentIdCheckChar(first17);
const ZHANG = residentId('13052919800101123');
const LI = residentId('13052919751231002');

describe('petitioners: protected personal data, lookup, reveal and territory (real PostgreSQL)', () => {
  let t: SeededApp;
  let dataSource: DataSource;
  let auth: SeededApp['auth'];
  const unit = async (name: string): Promise<string> => (await dataSource.query('SELECT id FROM org_unit WHERE name = $1', [name]))[0].id;
  const http = () => t.http();
  const lookup = (as: Record<string, string>, body: Record<string, string>) => http().post('/api/petitioners/lookup').set(as).send(body);
  let zhangId: string;

  beforeAll(async () => {
    t = await startSeededApp(PASSWORD, ['admin', 'reception', 'township', 'supervisor']);
    ({ dataSource, auth } = t);
    const created = await http()
      .post('/api/petitioners')
      .set(auth.reception)
      .send({
        name: '张三',
        idType: 'RESIDENT_ID',
        idNumber: ZHANG.toLowerCase(),
        mobile: '+86 138-0000-0000',
        landline: '0319-5212345',
        villageId: await unit('小马庄村'),
        addressDetail: '小马庄村东街 12 号',
        politicalStatus: 'MASSES',
        occupation: '农民',
      })
      .expect(201);
    zhangId = created.body.id;
  });

  afterAll(async () => {
    await t.close();
  });

  it('answers with masked values and the derived gender and birth year; the township follows the village', async () => {
    const res = await http().get(`/api/petitioners/${zhangId}`).set(auth.reception).expect(200);
    expect(res.body).toMatchObject({
      name: '张三',
      idNumberMasked: `1305**********${ZHANG.slice(-4)}`,
      mobileMasked: '138****0000',
      landlineMasked: '*******2345',
      gender: 'MALE',
      birthYear: 1980,
      townshipName: '巨鹿镇',
      villageName: '小马庄村',
      hasAddressDetail: true,
    });
    // Nothing in the view completes the masked number: neither the birth date nor digits 5–6.
    expect(res.body).not.toHaveProperty('birthDate');
    for (const part of [ZHANG.slice(6, 14), '1980-01-01', ZHANG.slice(0, 6)]) expect(JSON.stringify(res.body)).not.toContain(part);
    expect(JSON.stringify(res.body)).not.toContain('东街');
  });

  it('stores ciphertext only; the blind index still finds the person by the full ID number (also its 15-digit form)', async () => {
    const [row] = await dataSource.query('SELECT id_number_enc, mobile_enc, address_detail_enc, id_number_bidx FROM petitioner WHERE id = $1', [zhangId]);
    expect(row.id_number_enc).toMatch(/^v2\./);
    expect(row.id_number_enc).not.toContain(ZHANG);
    expect(row.mobile_enc).not.toContain('13800000000');
    expect(row.address_detail_enc).not.toContain('东街');
    // No plaintext at rest completes the number: the masked copy lacks digits 5–14, only the birth year is kept.
    for (const part of [ZHANG.slice(0, 17), ZHANG.slice(0, 6), ZHANG.slice(6, 14), '1980-01-01']) {
      const plainHits = await dataSource.query(`SELECT count(*)::int AS n FROM petitioner p WHERE p.id = $2 AND p::text LIKE '%' || $1 || '%'`, [part, zhangId]);
      expect(plainHits[0].n).toBe(0);
    }

    const byId = await lookup(auth.reception, { idNumber: ZHANG }).expect(200);
    expect(byId.body.map((p: { id: string }) => p.id)).toEqual([zhangId]);
    const legacy = ZHANG.slice(0, 6) + ZHANG.slice(8, 17);
    const byLegacy = await lookup(auth.reception, { idNumber: legacy }).expect(200);
    expect(byLegacy.body.map((p: { id: string }) => p.id)).toEqual([zhangId]);
    // Each lookup by a whole number is audited: who, by what, whom it found; never the number.
    const audited: { actor_username: string; changes: { by: { after: string }; found: { after: string[] } } }[] = await dataSource.query(
      `SELECT actor_username, changes FROM audit_log WHERE action = 'petitioner.lookup' AND entity_id = $1 ORDER BY id`,
      [zhangId],
    );
    expect(audited.slice(-2).map((a) => [a.changes.by.after, a.changes.found.after])).toEqual([
      ['idNumber', [zhangId]],
      ['idNumber', [zhangId]],
    ]);
    const leaked = await dataSource.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'petitioner.lookup' AND (changes::text LIKE '%' || $1 || '%' OR changes::text LIKE '%' || $2 || '%')`,
      [ZHANG, legacy],
    );
    expect(leaked[0].n).toBe(0);
  });

  it('takes lookups only in a POST body: no route reads an ID or phone number from the URL', async () => {
    await http().get(`/api/petitioners?idNumber=${ZHANG}`).set(auth.reception).expect(404);
    await http().get('/api/petitioners?phone=13800000000').set(auth.reception).expect(404);
    const unknownField = await lookup(auth.reception, { idNumber: ZHANG, passwordHash: 'x' }).expect(400);
    expect(unknownField.body.code).toBe('UNKNOWN_FIELD');
  });

  it('finds by mobile or landline in any format, and by name within a village', async () => {
    for (const phone of ['13800000000', '138 0000 0000', '0086-13800000000', '0319-5212345']) {
      const res = await lookup(auth.reception, { phone }).expect(200);
      expect(res.body.map((p: { id: string }) => p.id)).toEqual([zhangId]);
    }
    const byName = await lookup(auth.supervisor, { name: '张三', villageId: await unit('小马庄村') }).expect(200);
    expect(byName.body).toHaveLength(1);
    const elsewhere = await lookup(auth.supervisor, { name: '张三', villageId: await unit('老马庄村') }).expect(200);
    expect(elsewhere.body).toEqual([]);
    const none = await lookup(auth.reception, {}).expect(400);
    expect(none.body.message).toContain('证件号码、电话号码或姓名');
  });

  it('reveals one full value for a reason and audits it; without a reason it refuses', async () => {
    const res = await http().post(`/api/petitioners/${zhangId}/reveal`).set(auth.reception).send({ field: 'idNumber', reason: '办理回访，核对身份' }).expect(200);
    expect(res.body).toEqual({ field: 'idNumber', value: ZHANG });
    const address = await http().post(`/api/petitioners/${zhangId}/reveal`).set(auth.supervisor).send({ field: 'addressDetail', reason: '上门走访' }).expect(200);
    expect(address.body.value).toBe('小马庄村东街 12 号');
    const audit = await dataSource.query(`SELECT actor_username, reason, changes FROM audit_log WHERE action = 'petitioner.reveal' AND entity_id = $1 ORDER BY id`, [zhangId]);
    expect(audit).toEqual([
      { actor_username: 'reception', reason: '办理回访，核对身份', changes: { field: { after: 'idNumber' } } },
      { actor_username: 'supervisor', reason: '上门走访', changes: { field: { after: 'addressDetail' } } },
    ]);
    const noReason = await http().post(`/api/petitioners/${zhangId}/reveal`).set(auth.reception).send({ field: 'idNumber', reason: '' }).expect(400);
    expect(noReason.body.message).toContain('查看事由');
    const badField = await http().post(`/api/petitioners/${zhangId}/reveal`).set(auth.reception).send({ field: 'passwordHash', reason: '看看而已啊' }).expect(400);
    expect(badField.body.message).toContain('字段须为');
  });

  it('binds each ciphertext to its row and column: a value copied to another row or field is not revealed', async () => {
    const other = await http()
      .post('/api/petitioners')
      .set(auth.reception)
      .send({ name: '王二', idType: 'OTHER', idNumber: 'E12345678', mobile: '13912340001', townshipId: await unit('巨鹿镇') })
      .expect(201);
    await dataSource.query(
      `UPDATE petitioner SET id_number_enc = (SELECT id_number_enc FROM petitioner WHERE id = $1), mobile_enc = (SELECT id_number_enc FROM petitioner WHERE id = $2) WHERE id = $2`,
      [zhangId, other.body.id],
    );
    for (const field of ['idNumber', 'mobile']) {
      const res = await http().post(`/api/petitioners/${other.body.id}/reveal`).set(auth.reception).send({ field, reason: '核对移动后的密文' });
      expect(res.status).not.toBe(200);
      expect(JSON.stringify(res.body)).not.toContain(ZHANG);
    }
    const own = await http().post(`/api/petitioners/${zhangId}/reveal`).set(auth.reception).send({ field: 'idNumber', reason: '核对原记录' }).expect(200);
    expect(own.body.value).toBe(ZHANG);
  });

  it('forbids caching of every answer with personal data (Cache-Control: no-store), errors included', async () => {
    const answers = [
      await http().get(`/api/petitioners/${zhangId}`).set(auth.reception).expect(200),
      await lookup(auth.reception, { idNumber: ZHANG }).expect(200),
      await http().post(`/api/petitioners/${zhangId}/reveal`).set(auth.reception).send({ field: 'mobile', reason: '核实缓存头' }).expect(200),
      await http().get('/api/petitioners/00000000-0000-4000-8000-000000000000').set(auth.reception).expect(404),
      await http().get('/api/cases?limit=1').set(auth.supervisor).expect(200),
      await http().get('/api/auth/me').set(auth.reception).expect(200),
    ];
    for (const res of answers) expect(res.headers['cache-control']).toBe('no-store');
  });

  it('keeps a township officer inside their township: foreign records are not found, foreign registration is refused', async () => {
    const foreign = await http()
      .post('/api/petitioners')
      .set(auth.admin)
      .send({ name: '李四', idType: 'RESIDENT_ID', idNumber: LI, townshipId: await unit('王虎寨镇') })
      .expect(201);
    await http().get(`/api/petitioners/${foreign.body.id}`).set(auth.township).expect(404);
    await http().post(`/api/petitioners/${foreign.body.id}/reveal`).set(auth.township).send({ field: 'idNumber', reason: '越权查看测试' }).expect(404);
    const found = await lookup(auth.township, { idNumber: LI }).expect(200);
    expect(found.body).toEqual([]);
    await http().get(`/api/petitioners/${zhangId}`).set(auth.township).expect(200);

    const elsewhere = await http()
      .post('/api/petitioners')
      .set(auth.township)
      .send({ name: '王五', idType: 'OTHER', townshipId: await unit('王虎寨镇') })
      .expect(403);
    expect(elsewhere.body.message).toContain('只能登记本乡镇');
    const duplicate = await http()
      .post('/api/petitioners')
      .set(auth.township)
      .send({ name: '李四', idType: 'RESIDENT_ID', idNumber: LI, townshipId: await unit('巨鹿镇') })
      .expect(409);
    expect(duplicate.body.message).toContain('其他乡镇');
    expect(JSON.stringify(duplicate.body)).not.toContain(foreign.body.id);
  });

  it.each([
    [{ idNumber: '130529198001011230' }, 'idNumber', '校验'],
    [{ mobile: '1380000' }, 'mobile', '11 位'],
    [{ landline: '12' }, 'landline', '7–12 位'],
  ])('refuses %p naming the field', async (fields, field, message) => {
    const before = await dataSource.query('SELECT count(*)::int AS n FROM petitioner');
    const res = await http()
      .post('/api/petitioners')
      .set(auth.reception)
      .send({ name: '赵六', idType: 'RESIDENT_ID', ...fields })
      .expect(400);
    expect(res.body.message).toContain(message);
    expect(res.body.details).toEqual([expect.objectContaining({ field })]);
    expect(await dataSource.query('SELECT count(*)::int AS n FROM petitioner')).toEqual(before);
  });

  it.each([
    ['a wrong check digit', residentId('13052919900315004').slice(0, 17) + (residentId('13052919900315004').endsWith('1') ? '2' : '1'), '校验位不正确'],
    ['14 digits', '13052919900315', '应为18位'],
  ])('refuses a 居民身份证 with %s, also when the type is left to its default, and says how to enter another document', async (_, idNumber, message) => {
    const before = await dataSource.query('SELECT count(*)::int AS n FROM petitioner');
    for (const body of [
      { name: '钱七', idType: 'RESIDENT_ID', idNumber },
      { name: '钱七', idNumber },
    ]) {
      const res = await http().post('/api/petitioners').set(auth.reception).send(body).expect(400);
      expect(res.body.message).toContain(message);
      expect(res.body.message).toContain('证件类型');
      expect(res.body.details).toEqual([{ field: 'idNumber', message: res.body.message }]);
    }
    expect(await dataSource.query('SELECT count(*)::int AS n FROM petitioner')).toEqual(before);
  });

  it('keeps the document type chosen explicitly: another document is stored as written, never as a resident ID', async () => {
    const res = await http()
      .post('/api/petitioners')
      .set(auth.reception)
      .send({ name: '孙八', idType: 'HK_MACAO_TAIWAN', idNumber: 'h1234567890', townshipId: await unit('巨鹿镇') })
      .expect(201);
    expect(res.body).toMatchObject({ idType: 'HK_MACAO_TAIWAN', gender: null, birthYear: null, idNumberMasked: expect.stringMatching(/^H123\*+7890$/) });
    const unknown = await http().post('/api/petitioners').set(auth.reception).send({ name: '孙八', idType: 'DRIVING_LICENCE', idNumber: 'x1' }).expect(400);
    expect(unknown.body.message).toContain('请选择证件类型（居民身份证、护照、港澳台居民证件、其他证件）');
    expect(unknown.body.message).not.toMatch(/RESIDENT_ID|PASSPORT/);
  });

  it('refuses a village that is not in the chosen township', async () => {
    const res = await http()
      .post('/api/petitioners')
      .set(auth.reception)
      .send({ name: '赵六', idType: 'OTHER', townshipId: await unit('王虎寨镇'), villageId: await unit('小马庄村') })
      .expect(400);
    expect(res.body.message).toContain('不属于所选乡镇');
  });

  it('registers one person once even when the same ID number is submitted concurrently', async () => {
    const id = residentId('13052920000229004');
    const results = await Promise.all(
      Array.from({ length: 5 }, () => http().post('/api/petitioners').set(auth.reception).send({ name: '并发', idType: 'RESIDENT_ID', idNumber: id })),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409]);
    const conflict = results.find((r) => r.status === 409);
    expect(conflict?.body.details).toEqual({ petitionerId: results.find((r) => r.status === 201)?.body.id });
  });
});
