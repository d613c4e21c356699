import type { DataSource } from 'typeorm';
import { type SeededApp, startSeededApp } from '../../../test/seeded-app';
import { chinaDate } from '@julu/domain';

const PASSWORD = 'categories-test-password-1';

describe('content-category dictionary administration (real PostgreSQL)', () => {
  let t: SeededApp;
  let dataSource: DataSource;
  let auth: SeededApp['auth'];
  const http = () => t.http();

  beforeAll(async () => {
    t = await startSeededApp(PASSWORD, ['admin', 'reception']);
    ({ dataSource, auth } = t);
  });

  afterAll(async () => {
    await t.close();
  });

  it('adds an L2 entry; a case keeps the label and version it was registered with after a rename', async () => {
    const created = await http().post('/api/content-categories').set(auth.admin).send({ code: '0401', label: '土地承包', parentCode: '04' }).expect(201);
    expect(created.body).toMatchObject({ code: '0401', parentCode: '04', version: 1, retired: false });
    const list = await http().get('/api/content-categories').set(auth.reception).expect(200);
    const codes = list.body.map((c: { code: string }) => c.code);
    expect(codes.indexOf('0401')).toBe(codes.indexOf('04') + 1);

    const townshipId = (await dataSource.query(`SELECT id FROM org_unit WHERE name = '巨鹿镇'`))[0].id;
    const person = await http().post('/api/petitioners').set(auth.reception).send({ name: '分类测试', idType: 'OTHER', townshipId }).expect(201);
    const registered = await http()
      .post('/api/cases')
      .set(auth.reception)
      .send({
        channel: 'LETTER',
        receivedOn: chinaDate(new Date()),
        source: 'DIRECT',
        matterType: 'APPEAL',
        categoryCode: '0401',
        title: '承包地纠纷',
        mainRequest: '请求调处',
        townshipId,
        peopleCount: 1,
        petitioners: [{ petitionerId: person.body.id, role: 'PRIMARY' }],
      })
      .expect(201);
    expect(registered.body.case.categoryLabel).toBe('农村农业/土地承包');

    const renamed = await http().patch('/api/content-categories/0401').set(auth.admin).send({ label: '土地承包经营' }).expect(200);
    expect(renamed.body).toMatchObject({ label: '土地承包经营', aliases: ['土地承包'], version: 2 });
    const stored = await dataSource.query('SELECT category_label, category_version FROM petition_case WHERE id = $1', [registered.body.case.id]);
    expect(stored).toEqual([{ category_label: '农村农业/土地承包', category_version: 1 }]);
    const audit = await dataSource.query(`SELECT changes FROM audit_log WHERE action = 'category.update' AND entity_id = '0401'`);
    expect(audit[0].changes).toMatchObject({ label: { before: '土地承包', after: '土地承包经营' }, version: { before: 1, after: 2 } });
  });

  it('retires an entry (new cases may not use it) and refuses to retire an L1 with entries in use', async () => {
    const l1 = await http().patch('/api/content-categories/04').set(auth.admin).send({ retired: true }).expect(409);
    expect(l1.body.message).toContain('在用的二级分类');
    await http().patch('/api/content-categories/0401').set(auth.admin).send({ retired: true }).expect(200);
    const townshipId = (await dataSource.query(`SELECT id FROM org_unit WHERE name = '巨鹿镇'`))[0].id;
    const person = await http().post('/api/petitioners').set(auth.reception).send({ name: '停用测试', idType: 'OTHER', townshipId }).expect(201);
    const refused = await http()
      .post('/api/cases')
      .set(auth.reception)
      .send({
        channel: 'LETTER',
        receivedOn: chinaDate(new Date()),
        source: 'DIRECT',
        matterType: 'APPEAL',
        categoryCode: '0401',
        title: '承包地纠纷',
        mainRequest: '请求调处',
        townshipId,
        peopleCount: 1,
        petitioners: [{ petitionerId: person.body.id, role: 'PRIMARY' }],
      })
      .expect(400);
    expect(refused.body.message).toContain('已停用');
  });

  it.each([
    [{ code: '0501', label: '治安', parentCode: '04' }, 400, '上级代码 04'],
    [{ code: '040101', label: '三级', parentCode: '04' }, 400, '两位（一级）或四位（二级）'],
    [{ code: '01', label: '重复代码' }, 409, '已被'],
    [{ code: '99', label: '城乡建设' }, 409, '同级已有'],
    [{ code: '0402', label: '子分类', parentCode: '77' }, 400, '不存在'],
  ])('refuses %p', async (body, status, message) => {
    const res = await http().post('/api/content-categories').set(auth.admin).send(body).expect(status);
    expect(res.body.message).toContain(message);
  });
});
