import type { Canary, CanaryIdentity, Viewer } from './canary-tokens';
import { newIdentity, newToken } from './canary-tokens';
import type { CanaryHttp } from './canary-http';
import { seedLinks } from './canary-links';
import { chinaDate } from '@julu/domain';

export const TOWNSHIP_A = '巨鹿镇';
export const TOWNSHIP_B = '王虎寨镇';
/** The demo handler's unit, accused by one accusation. */
export const UNIT_H = '县人力资源和社会保障局';
/** Another unit, with a handler the sweep creates; canary cases are assigned to it. */
export const UNIT_X = '县民政局';

/** Canaries and their records: the test's source of truth for what each viewer may not meet. */
export class CanaryWorld {
  readonly canaries: Canary[] = [];
  readonly identities: CanaryIdentity[] = [];
  /** Ids of records carrying a canary, by id. */
  readonly hiddenIds = new Map<string, Canary>();
  /** Ids by kind (the list route that lists them), for detail routes. */
  readonly idsByKind = new Map<string, string[]>();
  /** What the API refused while seeding (a link it does not allow is a protection, not a failure). */
  readonly refused: string[] = [];
  readonly notes: string[] = [];

  canary(label: string, hiddenFrom: readonly Viewer[]): Canary {
    const c: Canary = { token: newToken(), label, hiddenFrom };
    this.canaries.push(c);
    return c;
  }

  record(kind: string, id: string, c: Canary | null): string {
    this.idsByKind.set(kind, [...(this.idsByKind.get(kind) ?? []), id]);
    if (c) this.hiddenIds.set(id, c);
    return id;
  }
}

export interface SeededCase {
  id: string;
  canary: Canary;
  petitionerId: string;
  notices: string[];
}

/** Creates the canary records through the API (as reception, the handlers and an administrator). */
export async function seedCanaries(http: CanaryHttp, world: CanaryWorld): Promise<Record<'accT' | 'accU' | 'ordB' | 'ordB2' | 'ownA', SeededCase>> {
  const [a, b, h, x] = [await http.unitId(TOWNSHIP_A), await http.unitId(TOWNSHIP_B), await http.unitId(UNIT_H), await http.unitId(UNIT_X)];
  const accT = world.canary(`accusation against ${TOWNSHIP_A} (located there, assigned to ${UNIT_X})`, ['OFFICER_A', 'OFFICER_B', 'HANDLER_H']);
  const accT_P = world.canary(`petitioner of the accusation against ${TOWNSHIP_A}`, accT.hiddenFrom);
  // Assigned to the unit it accuses if the API lets it (the known leak), else to UNIT_X.
  const accUAssign = await assignable(http, world, h);
  const accU = world.canary(
    `accusation against ${UNIT_H} (in ${TOWNSHIP_B}, assigned to ${accUAssign === h ? UNIT_H : UNIT_X})`,
    accUAssign === h ? ['OFFICER_A', 'HANDLER_H', 'HANDLER_X'] : ['OFFICER_A', 'HANDLER_H'],
  );
  const accU_P = world.canary(`petitioner of the accusation against ${UNIT_H}`, accU.hiddenFrom);
  const ordB = world.canary(`ordinary case of ${TOWNSHIP_B} (assigned to ${UNIT_X})`, ['OFFICER_A', 'HANDLER_H']);
  const ordB_P = world.canary(`petitioner of the ordinary case of ${TOWNSHIP_B}`, ordB.hiddenFrom);
  const ordB2 = world.canary(`repeat of the ordinary case of ${TOWNSHIP_B} (diverted, unassigned)`, ['OFFICER_A', 'HANDLER_H', 'HANDLER_X']);

  const petitioner = async (c: Canary, townshipId: string): Promise<string> => {
    const identity = newIdentity(c.label);
    world.identities.push(identity);
    const body = {
      name: `信访人${c.token}`,
      idType: 'RESIDENT_ID',
      idNumber: identity.idNumber,
      mobile: identity.mobile,
      townshipId,
      addressDetail: `住址${c.token}`,
      occupation: `职业${c.token}`,
      workplace: `单位${c.token}`,
    };
    return world.record('/api/petitioners', String((await http.send('RECEPTION', 'post', '/api/petitioners', body))['id']), c);
  };
  const register = async (c: Canary, p: string, townshipId: string, extra: Record<string, unknown>): Promise<SeededCase> => {
    const body = {
      channel: 'VISIT',
      source: 'DIRECT',
      matterType: 'APPEAL',
      categoryCode: '03',
      peopleCount: 1,
      lawRelated: false,
      title: `事项${c.token}`,
      mainRequest: `诉求${c.token}`,
      factsAndReasons: `事实${c.token}`,
      locationDetail: `地点${c.token}`,
      townshipId,
      petitioners: [{ petitionerId: p, role: 'PRIMARY' }],
      ...extra,
    };
    const res = await http.send('RECEPTION', 'post', '/api/cases', body);
    const id = String((res['case'] as { id: string }).id);
    return { id: world.record('/api/cases', id, c), canary: c, petitionerId: p, notices: [] };
  };

  const cases = {
    accT: await register(accT, await petitioner(accT_P, a), a, { matterType: 'ACCUSATION', involvedUnitId: a }),
    accU: await register(accU, await petitioner(accU_P, b), b, { matterType: 'ACCUSATION', involvedUnitId: h }),
    ordB: await register(ordB, await petitioner(ordB_P, b), b, {}),
    ordB2: { id: '', canary: ordB2, petitionerId: '', notices: [] } as SeededCase,
    ownA: { id: '', canary: ordB2, petitionerId: '', notices: [] } as SeededCase,
  };
  cases.ordB2 = await register(ordB2, cases.ordB.petitionerId, b, {});
  const plain = String((await http.send('RECEPTION', 'post', '/api/petitioners', { name: '本镇信访人', idType: 'OTHER', townshipId: a }))['id']);
  const ownRes = await http.send('RECEPTION', 'post', '/api/cases', {
    channel: 'LETTER',
    receivedOn: chinaDate(new Date()),
    source: 'DIRECT',
    matterType: 'APPEAL',
    categoryCode: '03',
    peopleCount: 1,
    title: '本镇普通事项',
    mainRequest: '本镇诉求',
    townshipId: a,
    petitioners: [{ petitionerId: plain, role: 'PRIMARY' }],
  });
  cases.ownA = { id: String((ownRes['case'] as { id: string }).id), canary: ordB2, petitionerId: plain, notices: [] };
  world.record('/api/cases', cases.ownA.id, null);

  await walk(http, world, cases.accT, x, 'HANDLER_X');
  // The accused unit cannot open the case it was assigned, so the bureau accepts it on intake.
  await walk(http, world, cases.accU, accUAssign, accUAssign === h ? 'RECEPTION' : 'HANDLER_X');
  await walk(http, world, cases.ordB, x, 'HANDLER_X');
  await seedLinks(http, world, cases, { a, b });
  return cases;
}

/** Whether an accusation may be assigned to the unit it accuses (today it may: the known leak). */
async function assignable(http: CanaryHttp, world: CanaryWorld, accused: string): Promise<string> {
  const x = await http.unitId(UNIT_X);
  const b = await http.unitId(TOWNSHIP_B);
  const p = String((await http.send('RECEPTION', 'post', '/api/petitioners', { name: '探测信访人', idType: 'OTHER', townshipId: b }))['id']);
  const res = await http.send('RECEPTION', 'post', '/api/cases', {
    channel: 'LETTER',
    receivedOn: chinaDate(new Date()),
    source: 'DIRECT',
    matterType: 'ACCUSATION',
    involvedUnitId: accused,
    categoryCode: '03',
    peopleCount: 1,
    title: '探测检举',
    mainRequest: '探测',
    townshipId: b,
    petitioners: [{ petitionerId: p, role: 'PRIMARY' }],
  });
  const id = (res['case'] as { id: string }).id;
  const probe = await http.try('RECEPTION', 'post', `/api/cases/${id}/transitions`, { action: 'ASSIGN', expectedVersion: 1, handlingUnitId: accused, feedbackDays: 30 });
  if (probe.status < 300) {
    world.notes.push(`an accusation was assigned to the unit it accuses (${UNIT_H}): ${probe.status}`);
    return accused;
  }
  world.refused.push(`ASSIGN of an accusation to the accused unit: ${probe.status} ${probe.body?.message}`);
  return x;
}

/** Assigns the case, has the unit accept it (a notice), delivers the notice, records an evaluation and a visit. */
async function walk(http: CanaryHttp, world: CanaryWorld, c: SeededCase, unitId: string, acceptor: Viewer): Promise<void> {
  const version = async (): Promise<number> => (await http.get('RECEPTION', `/api/cases/${c.id}/workflow`)).body.version;
  await http.send('RECEPTION', 'post', `/api/cases/${c.id}/transitions`, {
    action: 'ASSIGN',
    expectedVersion: await version(),
    handlingUnitId: unitId,
    feedbackDays: 30,
    note: `交办${c.canary.token}`,
  });
  const accepted = await http.send(acceptor, 'post', `/api/cases/${c.id}/transitions`, { action: 'ACCEPT', expectedVersion: await version(), note: `受理${c.canary.token}` });
  for (const n of (accepted['notices'] as { id: string }[]) ?? []) {
    c.notices.push(world.record('/api/notices', n.id, c.canary));
    await http.send('RECEPTION', 'post', `/api/notices/${n.id}/delivery`, { method: 'IN_PERSON', deliveredAt: new Date().toISOString() });
  }
  await http.send('RECEPTION', 'post', `/api/cases/${c.id}/evaluations`, { stage: 'ACCEPTANCE', result: 'SATISFIED' });
  const now = Date.now();
  await http.send('RECEPTION', 'post', '/api/visits', {
    caseId: c.id,
    arrivalAt: new Date(now - 3_600_000).toISOString(),
    receptionStartedAt: new Date(now - 1_800_000).toISOString(),
    personCount: 1,
    representativeIds: [],
    talkOutcome: `接谈${c.canary.token}`,
  });
  const attachment = await http.upload('RECEPTION', `/api/cases/${c.id}/attachments`, `${c.canary.token}.png`);
  world.record(`/api/cases/${c.id}/attachments`, String(attachment['id']), c.canary);
}
