import { AuditService } from '../audit/audit.service';
import type { DataSource } from 'typeorm';
import { type SeededApp, startSeededApp } from '../../../test/seeded-app';
import { importVillages } from './village-import';

const PASSWORD = 'org-test-password-1';

describe('org tree: reading, administration and aliases (real PostgreSQL)', () => {
  let t: SeededApp;
  let dataSource: DataSource;
  let auth: SeededApp['auth'];
  const unitId = async (name: string): Promise<string> => (await dataSource.query('SELECT id FROM org_unit WHERE name = $1 AND retired_at IS NULL', [name]))[0].id;
  const http = () => t.http();

  beforeAll(async () => {
    t = await startSeededApp(PASSWORD, ['admin', 'township']);
    ({ dataSource, auth } = t);
  });

  afterAll(async () => {
    await t.close();
  });

  it('lists the administrative units, and a township’s villages from the seed file', async () => {
    const top = await http().get('/api/org-units').set(auth.township).expect(200);
    const names = top.body.map((u: { name: string }) => u.name);
    expect(names).toEqual(expect.arrayContaining(['巨鹿县', '巨鹿镇', '观寨镇', '张王疃乡', '巨鹿县信访局', '县公安局']));
    expect(names).not.toContain('乍补寨村');
    const guanzhai = top.body.find((u: { name: string }) => u.name === '观寨镇');
    expect(guanzhai).toMatchObject({ code: '130529107', type: 'TOWN', aliases: ['观寨乡'], retired: false, childCount: 27 });

    const villages = await http().get(`/api/org-units?parentId=${guanzhai.id}`).set(auth.township).expect(200);
    expect(villages.body).toHaveLength(27);
    expect(villages.body.map((v: { name: string }) => v.name)).toContain('乍补寨村');
  });

  it('names the county and bureau it serves to anyone, from the org tree, and follows a rename', async () => {
    const res = await http().get('/api/public/deployment').expect(200);
    expect(res.body).toEqual({ countyName: '巨鹿县', bureauName: '巨鹿县信访局' });

    const bureauId = await unitId('巨鹿县信访局');
    await http().patch(`/api/org-units/${bureauId}`).set(auth.admin).send({ name: '巨鹿县人民来访接待中心' }).expect(200);
    expect((await http().get('/api/public/deployment').expect(200)).body.bureauName).toBe('巨鹿县人民来访接待中心');
    await http().patch(`/api/org-units/${bureauId}`).set(auth.admin).send({ name: '巨鹿县信访局' }).expect(200);
  });

  it('resolves a former township name to the current unit', async () => {
    const res = await http()
      .get(`/api/org-units/resolve?name=${encodeURIComponent('观寨乡')}`)
      .set(auth.township)
      .expect(200);
    expect(res.body).toHaveLength(1);
    expect(res.body[0]).toMatchObject({ unit: { name: '观寨镇', code: '130529107' }, matchedAlias: '观寨乡', township: null });
  });

  it('adds a village, renames it (old name kept as alias, audited) and retires it', async () => {
    const parentId = await unitId('张王疃乡');
    const created = await http().post('/api/org-units').set(auth.admin).send({ name: '新兴村', type: 'VILLAGE', parentId, code: '130529201230' }).expect(201);
    expect(created.body).toMatchObject({ name: '新兴村', type: 'VILLAGE', parentId, code: '130529201230', aliases: [] });

    const renamed = await http().patch(`/api/org-units/${created.body.id}`).set(auth.admin).send({ name: '兴旺村' }).expect(200);
    expect(renamed.body).toMatchObject({ name: '兴旺村', aliases: ['新兴村'] });
    const resolved = await http()
      .get(`/api/org-units/resolve?name=${encodeURIComponent('新兴村')}`)
      .set(auth.township)
      .expect(200);
    expect(resolved.body[0]).toMatchObject({ unit: { id: created.body.id, name: '兴旺村' }, township: { name: '张王疃乡' }, matchedAlias: '新兴村' });

    const retired = await http().patch(`/api/org-units/${created.body.id}`).set(auth.admin).send({ retired: true }).expect(200);
    expect(retired.body.retired).toBe(true);
    const active = await http().get(`/api/org-units?parentId=${parentId}`).set(auth.admin).expect(200);
    expect(active.body.map((v: { id: string }) => v.id)).not.toContain(created.body.id);
    const all = await http().get(`/api/org-units?parentId=${parentId}&includeRetired=true`).set(auth.admin).expect(200);
    expect(all.body.map((v: { id: string }) => v.id)).toContain(created.body.id);

    const audit = await dataSource.query(`SELECT action, changes FROM audit_log WHERE entity_id = $1 ORDER BY id`, [created.body.id]);
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['org_unit.create', 'org_unit.update', 'org_unit.update']);
    expect(audit[1].changes).toEqual({ name: { before: '新兴村', after: '兴旺村' } });
    expect(audit[2].changes).toEqual({ retired: { before: false, after: true } });
  });

  it('turns 乡 into 镇 keeping the old name resolvable', async () => {
    const id = await unitId('堤村乡');
    const res = await http().patch(`/api/org-units/${id}`).set(auth.admin).send({ name: '堤村镇', type: 'TOWN' }).expect(200);
    expect(res.body).toMatchObject({ name: '堤村镇', type: 'TOWN', aliases: ['堤村乡'] });
  });

  it.each([
    [{ name: '某村', type: 'VILLAGE', parent: '县公安局' }, 400, '不能设在县直单位'],
    [{ name: '某镇', type: 'TOWN', parent: '巨鹿镇' }, 400, '不能设在镇'],
    [{ name: '某村', type: 'VILLAGE', parent: '巨鹿镇', code: '130529101299' }, 400, '须以上级单位代码 130529100 开头'],
    [{ name: '某村', type: 'VILLAGE', parent: '巨鹿镇', code: '1305291' }, 400, '区划代码须为 9 位'],
    [{ name: '小马庄村', type: 'VILLAGE', parent: '巨鹿镇' }, 409, '已有名为 小马庄村'],
    [{ name: '   ', type: 'VILLAGE', parent: '巨鹿镇' }, 400, '请输入单位名称'],
    [{ name: '县', type: 'COUNTY', parent: '巨鹿县' }, 400, '单位类型须为'],
  ])('refuses to add %p (%i) with a message that says why', async (spec: { name: string; type: string; parent: string; code?: string }, status, message) => {
    const before = await dataSource.query('SELECT count(*)::int AS n FROM org_unit');
    const res = await http()
      .post('/api/org-units')
      .set(auth.admin)
      .send({ name: spec.name, type: spec.type, parentId: await unitId(spec.parent), ...(spec.code ? { code: spec.code } : {}) })
      .expect(status);
    expect(res.body.message).toContain(message);
    expect(await dataSource.query('SELECT count(*)::int AS n FROM org_unit')).toEqual(before);
  });

  it('refuses to retire a unit that still has villages or enabled accounts, and to turn a village into a town', async () => {
    const juluzhen = await unitId('巨鹿镇');
    const withVillages = await http().patch(`/api/org-units/${juluzhen}`).set(auth.admin).send({ retired: true }).expect(409);
    expect(withVillages.body.message).toContain('未撤销的下级单位');
    const withUsers = await http()
      .patch(`/api/org-units/${await unitId('县人力资源和社会保障局')}`)
      .set(auth.admin)
      .send({ retired: true })
      .expect(409);
    expect(withUsers.body.message).toContain('启用的账号');
    const village = await http()
      .patch(`/api/org-units/${await unitId('小马庄村')}`)
      .set(auth.admin)
      .send({ type: 'TOWN' })
      .expect(400);
    expect(village.body.message).toContain('不能把村改为镇');
    await http().patch('/api/org-units/not-a-uuid').set(auth.admin).send({ name: 'x' }).expect(404);
    await http().patch('/api/org-units/00000000-0000-4000-8000-000000000000').set(auth.admin).send({ name: 'x' }).expect(404);
  });

  it('sets, validates and clears a 机关代字 (document_abbr), audited, one 代字 per organ', async () => {
    const hr = await unitId('县人力资源和社会保障局');
    const set = await http().patch(`/api/org-units/${hr}`).set(auth.admin).send({ documentAbbr: '巨人社' }).expect(200);
    expect(set.body).toMatchObject({ name: '县人力资源和社会保障局', documentAbbr: '巨人社' });
    expect((await dataSource.query('SELECT document_abbr FROM org_unit WHERE id = $1', [hr]))[0].document_abbr).toBe('巨人社');
    // Only Chinese characters, 1 to 8 of them: the 代字 starts a notice number (巨人社受告〔2026〕1号).
    for (const bad of ['JRS', '巨人社1', '巨 人社', '巨人社（办）', '', '一二三四五六七八九']) {
      const res = await http().patch(`/api/org-units/${hr}`).set(auth.admin).send({ documentAbbr: bad }).expect(400);
      expect(res.body.message).toContain('机关代字须为 1–8 个汉字');
    }
    // Another organ's 代字 is refused (numbers run per 代字), and a village issues no notices.
    const taken = await http()
      .patch(`/api/org-units/${await unitId('县公安局')}`)
      .set(auth.admin)
      .send({ documentAbbr: '巨信' })
      .expect(409);
    expect(taken.body.message).toContain('机关代字 巨信 已由 巨鹿县信访局 使用');
    const village = await http()
      .patch(`/api/org-units/${await unitId('小马庄村')}`)
      .set(auth.admin)
      .send({ documentAbbr: '小马' })
      .expect(400);
    expect(village.body.message).toContain('村不出具告知书');
    // Only an administrator edits the tree.
    await http().patch(`/api/org-units/${hr}`).set(auth.township).send({ documentAbbr: '巨劳' }).expect(403);
    const cleared = await http().patch(`/api/org-units/${hr}`).set(auth.admin).send({ documentAbbr: null }).expect(200);
    expect(cleared.body.documentAbbr).toBeNull();
    const audit = await dataSource.query(`SELECT action, changes FROM audit_log WHERE entity_id = $1 AND action = 'org_unit.update' ORDER BY id`, [hr]);
    expect(audit.map((a: { changes: unknown }) => a.changes)).toEqual([{ documentAbbr: { before: null, after: '巨人社' } }, { documentAbbr: { before: '巨人社', after: null } }]);
  });

  it('imports an official village list: codes the seeded names, renames by code, adds new ones', async () => {
    const result = await dataSource.transaction((m) =>
      importVillages(m, new AuditService(), [
        { code: '130529107204', townshipCode: '130529107', name: '乍补寨村', kind: 'VILLAGE' },
        { code: '130529107299', townshipCode: '130529107', name: '新观村', kind: 'VILLAGE' },
        { code: '130529999201', townshipCode: '130529999', name: '无主村', kind: 'VILLAGE' },
      ]),
    );
    expect(result).toEqual({ inserted: 1, renamed: 0, coded: 1, unchanged: 0, unknownTownships: ['130529999'] });
    const again = await dataSource.transaction((m) =>
      importVillages(m, new AuditService(), [{ code: '130529107204', townshipCode: '130529107', name: '乍补寨新村', kind: 'VILLAGE' }]),
    );
    expect(again).toMatchObject({ renamed: 1, inserted: 0 });
    const row = await dataSource.query(`SELECT name, aliases FROM org_unit WHERE code = '130529107204'`);
    expect(row).toEqual([{ name: '乍补寨新村', aliases: ['乍补寨村'] }]);
  });

  it('DOMAIN.md §5: an official list marks each township it covers complete for the village coverage', async () => {
    const complete = async (name: string): Promise<boolean> => (await dataSource.query('SELECT village_list_complete AS c FROM org_unit WHERE name = $1', [name]))[0].c;
    expect(await complete('官亭镇')).toBe(false);
    expect(await complete('巨鹿镇')).toBe(true);
    await dataSource.transaction((m) => importVillages(m, new AuditService(), [{ code: '130529103201', townshipCode: '130529103', name: '官亭村', kind: 'VILLAGE' }]));
    expect(await complete('官亭镇')).toBe(true);
  });
});
