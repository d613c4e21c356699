import { chinaDate } from '@julu/domain';
import type { CanaryHttp } from './canary-http';
import type { Canary } from './canary-tokens';
import type { CanaryWorld, SeededCase } from './canary-seed';

type Cases = Record<'accT' | 'accU' | 'ordB' | 'ordB2' | 'ownA', SeededCase>;
const LOCAL_ONLY = ['OFFICER_A', 'HANDLER_H', 'HANDLER_X'] as const;

/**
 * Links the canary cases into every record the API lets them join: repeat links (also from a case
 * of township A), diversion flags, consultations and a decision, hotspots and backlog cases of
 * township A, return escorts; and gives township B an incident, a publicity event, a hotspot, a
 * backlog case and an escort of its own, each with a canary.
 */
export async function seedLinks(http: CanaryHttp, world: CanaryWorld, cases: Cases, units: { a: string; b: string }): Promise<void> {
  const tryLink = async (what: string, path: string, body: object, as: 'ADMIN' | 'RECEPTION' = 'ADMIN'): Promise<Record<string, unknown> | null> => {
    const res = await http.try(as, 'post', path, body);
    if (res.status >= 300) {
      world.refused.push(`${what}: ${res.status} ${res.body?.message ?? ''}`);
      return null;
    }
    return res.body;
  };
  await tryLink('repeat link ordB2 → ordB', `/api/cases/${cases.ordB2.id}/repeat-links`, { priorCaseId: cases.ordB.id, decision: 'CONFIRMED' });
  for (const prior of ['accT', 'accU', 'ordB'] as const) {
    await tryLink(`repeat link from a case of township A to ${prior}`, `/api/cases/${cases.ownA.id}/repeat-links`, { priorCaseId: cases[prior].id, decision: 'CONFIRMED' });
  }
  for (const c of [cases.accT, cases.accU, cases.ordB]) {
    await tryLink('diversion flag', `/api/diversion/cases/${c.id}/flag`, { reason: `涉法涉诉${c.canary.token}` });
    await tryLink('legal consultation', `/api/diversion/cases/${c.id}/consultations`, {
      kind: 'LEGAL',
      advisor: `律师${c.canary.token}`,
      content: `咨询${c.canary.token}`,
      heldOn: '2026-01-05',
    });
  }
  await tryLink(
    'diversion decision',
    `/api/diversion/cases/${cases.ordB2.id}/decision`,
    { expectedVersion: 1, route: 'LITIGATION', competentOrgan: '巨鹿县人民法院', note: `分流${cases.ordB2.canary.token}` },
    'RECEPTION',
  );

  const linked = [cases.accT, cases.accU, cases.ordB];
  const hotspotA = await http.send('ADMIN', 'post', '/api/hotspots', hotspotBody(units.a, '巨鹿镇', '本镇隐患'));
  world.record('/api/hotspots', String(hotspotA['id']), null);
  for (const c of linked) await tryLink(`hotspot of A links ${c.canary.label}`, `/api/hotspots/${hotspotA['id']}/cases`, { caseId: c.id });
  const backlogA = await tryLink(
    'backlog case of A linking the canaries',
    '/api/backlog-cases',
    backlogBody(
      units.a,
      '巨鹿镇',
      '本镇积案',
      linked.map((c) => c.id),
    ),
  );
  if (backlogA) world.record('/api/backlog-cases', String(backlogA['id']), null);
  else
    for (const c of linked) {
      const one = await tryLink(`backlog case of A linking ${c.canary.label}`, '/api/backlog-cases', backlogBody(units.a, '巨鹿镇', '本镇积案', [c.id]));
      if (one) world.record('/api/backlog-cases', String(one['id']), null);
    }
  for (const c of linked) {
    const escort = await tryLink(`escort of A linking ${c.canary.label}`, '/api/duty/escorts', { ...escortBody(units.a, '本镇劝返'), caseId: c.id });
    if (escort) world.record('/api/duty/escorts', String(escort['id']), null);
  }

  const b = world.canary('records of township B (hotspot, backlog, escort, incident, publicity)', LOCAL_ONLY);
  const hotspotB = await http.send('ADMIN', 'post', '/api/hotspots', hotspotBody(units.b, '王虎寨镇', `隐患${b.token}`));
  world.record('/api/hotspots', String(hotspotB['id']), b);
  await tryLink('hotspot of B links the ordinary case', `/api/hotspots/${hotspotB['id']}/cases`, { caseId: cases.ordB.id });
  await tryLink('hotspot of B: follow-up', `/api/hotspots/${hotspotB['id']}/follow-ups`, { content: `动态${b.token}` });
  const backlogB = await http.send('ADMIN', 'post', '/api/backlog-cases', backlogBody(units.b, '王虎寨镇', `积案${b.token}`, [cases.ordB.id]));
  world.record('/api/backlog-cases', String(backlogB['id']), b);
  const escortB = await http.send('ADMIN', 'post', '/api/duty/escorts', { ...escortBody(units.b, `劝返${b.token}`), petitionerNames: `信访人${b.token}`, caseId: cases.ordB.id });
  world.record('/api/duty/escorts', String(escortB['id']), b);
  const incident = await http.send('ADMIN', 'post', '/api/incidents', {
    title: `事件${b.token}`,
    discoveredAt: new Date(Date.now() - 7_200_000).toISOString(),
    level: 'GENERAL',
    nature: 'OTHER',
    townshipId: units.b,
    placeDetail: `地点${b.token}`,
    peopleCount: 3,
    description: `经过${b.token}`,
  });
  world.record('/api/incidents', String(incident['id']), b);
  await http.send('ADMIN', 'post', `/api/incidents/${incident['id']}/reports`, {
    kind: 'INITIAL',
    reportedAt: new Date(Date.now() - 3_600_000).toISOString(),
    timeReason: '演练数据补录',
    reportedTo: ['市信访局'],
    content: `初报${b.token}`,
  });
  const village = await http.unitId('王虎寨村');
  const event = await http.send('ADMIN', 'post', '/api/publicity/events', {
    heldOn: '2026-01-05',
    townshipId: units.b,
    villageIds: [village],
    form: 'MEETING',
    topic: `宣传${b.token}`,
    participants: 10,
    note: `备注${b.token}`,
  });
  world.record('/api/publicity/events', String(event['id']), b);
  await seedDuty(http, world, units.b, b);
  const photo = await http.upload('ADMIN', `/api/publicity/events/${event['id']}/photos`, `${b.token}.png`);
  world.record(`/api/publicity/events/${event['id']}/photos`, String(photo['id']), b);
}

/** A roster of township B (its leader: B's officer) and a subsidy sheet for this month. */
async function seedDuty(http: CanaryHttp, world: CanaryWorld, unitId: string, b: Canary): Promise<void> {
  const [leader]: { id: string }[] = await http.dataSource.query(`SELECT id FROM app_user WHERE username = 'canary-officer-b'`);
  const month = chinaDate(new Date()).slice(0, 7);
  const roster = await http.send('ADMIN', 'post', '/api/duty/rosters', {
    unitId,
    dateFrom: `${month}-01`,
    dateTo: `${month}-02`,
    pattern: 'H24',
    leaderIds: [leader?.id],
    staffIds: [],
    staffPerShift: 0,
  });
  world.record('/api/duty/rosters', String(roster['id']), b);
  const sheet = await http.try('ADMIN', 'post', '/api/duty/subsidy-sheets', { unitId, month });
  if (sheet.status < 300) {
    world.record('/api/duty/subsidy-sheets', String(sheet.body.id), b);
    return;
  }
  // A sheet needs worked shifts (weeks of duty); an empty draft written directly is enough to be found or not.
  const [row]: { id: string }[] = await http.dataSource.query(
    `INSERT INTO duty_subsidy_sheet (unit_id, month, date_from, date_to, budget_project_code, total_person_days, total_fen, unpaid_shifts, segments)
     VALUES ($1, $2::text, ($2::text || '-01')::date, ($2::text || '-28')::date, '13052924P00584012422H', 0, 0, 0, '[]'::jsonb) RETURNING id`,
    [unitId, month],
  );
  world.record('/api/duty/subsidy-sheets', String(row?.id), b);
}

const hotspotBody = (townshipId: string, township: string, description: string): Record<string, unknown> => ({
  foundOn: '2026-01-05',
  foundBy: '排查组',
  reportingOrg: township,
  townshipId,
  categoryCode: '01',
  description,
  mainDemand: description,
  peopleInvolved: 3,
  riskLevel: 3,
  leaderInCharge: '领导',
  responsibleOrg: township,
  responsiblePerson: '责任人',
  stabilityPerson: '稳控人',
  measuresResolve: '化解',
  measuresStability: '稳控',
  deadlineDays: 30,
});

const backlogBody = (townshipId: string, township: string, title: string, linkedCaseIds: string[]): Record<string, unknown> => ({
  title,
  origin: 'CITY',
  townshipId,
  linkedCaseIds,
  leader: '县领导',
  responsibleOrg: township,
  team: '专班',
  task: '化解',
  responsibility: '负总责',
  plan: '一案一策',
  deadline: '2026-12-31',
  supervisionLevel: null,
});

const escortBody = (unitId: string, matter: string): Record<string, unknown> => ({
  unitId,
  kind: 'PERSUADE',
  petitionerNames: '信访人',
  peopleCount: 1,
  foundAt: '2026-03-05T09:00:00+08:00',
  place: '北京',
  placeKind: 'NON_RECEPTION_SITE',
  matter,
  staff: ['工作人员'],
  leaderName: '带队',
  voluntary: true,
  voluntarinessNote: '经劝说自愿返回',
});
