// Demo duty and ledgers for a fresh `npm start`, through the running API as the demo users would:
// a published 24-hour roster for 巨鹿镇 (the township officer's township) whose first shift is the
// one running now, an incident reported in time, and a hotspot in the risk ledger.

const CHINA_OFFSET_MS = 8 * 3600_000;
const HANDOVER = '08:30';

/** The China-time calendar date of an instant. */
const chinaDate = (ms) => new Date(ms + CHINA_OFFSET_MS).toISOString().slice(0, 10);
const addDays = (date, days) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86400_000).toISOString().slice(0, 10);

/**
 * The duty date whose 24-hour shift (08:30 to 08:30) is running at `now`: today after 08:30 China
 * time, yesterday before it, so the officer finds a shift open for 签到 whenever the demo starts.
 */
export function currentDutyDate(now = Date.now()) {
  const [h, m] = HANDOVER.split(':').map(Number);
  return chinaDate(now - (h * 60 + m) * 60_000);
}

/** A two-week roster for the township officer's township, generated and published by the officer. */
export async function seedDemoRoster(township, now = Date.now()) {
  const me = await township.get('/api/auth/me');
  const dateFrom = currentDutyDate(now);
  const roster = await township.post('/api/duty/rosters', {
    unitId: me.orgUnitId,
    dateFrom,
    dateTo: addDays(dateFrom, 13),
    pattern: 'H24',
    dayStart: HANDOVER,
    leaderIds: [me.id],
    staffIds: [],
    // One person in the township: the officer leads each shift and stands the watch alone.
    staffPerShift: 0,
    dutyPhone: '0319-5321110',
  });
  await township.post(`/api/duty/rosters/${roster.id}/publish`, {});
  return roster;
}

/** An incident in 巨鹿镇 reported by phone and in writing within the limits, and a hotspot. */
export async function seedDemoLedgers(township) {
  const me = await township.get('/api/auth/me');
  const incident = await township.post('/api/incidents', {
    title: '王庄村十余名村民聚集反映土地补偿',
    discoveredAt: new Date(Date.now() - 10 * 60_000).toISOString(),
    level: 'GENERAL',
    nature: 'OTHER',
    townshipId: me.orgUnitId,
    placeDetail: '巨鹿镇政府门前',
    peopleCount: 12,
    description: '村民对征地补偿分配有异议，镇领导已到场接谈，情绪稳定',
  });
  await township.post(`/api/incidents/${incident.id}/reports`, { kind: 'PHONE', reportedTo: ['县信访局'], content: '电话报告：村民聚集，镇领导已到场' });
  await township.post(`/api/incidents/${incident.id}/reports`, { kind: 'INITIAL', reportedTo: ['县信访局'], content: '书面初报：十余名村民聚集反映土地补偿分配问题，已接谈稳控' });
  await township.post('/api/hotspots', {
    foundOn: chinaDate(Date.now()),
    foundBy: '巨鹿镇排查组',
    reportingOrg: '巨鹿镇',
    townshipId: me.orgUnitId,
    categoryCode: '01',
    description: '王庄村征地补偿分配争议，部分村民多次到镇反映',
    mainDemand: '请求公开补偿分配方案并重新核算',
    peopleInvolved: 12,
    riskLevel: 2,
    leaderInCharge: '巨鹿镇镇长',
    responsibleOrg: '巨鹿镇',
    responsiblePerson: '赵干事',
    stabilityPerson: '王庄村支部书记',
    measuresResolve: '公开分配方案，逐户核算',
    measuresStability: '包村干部每日走访',
    deadlineDays: 30,
  });
}
