import { chinaDate } from '@julu/domain';
import { IndicatorComputationService } from '../src/modules/indicators/indicator-computation.service';
import { IndicatorEventsService } from '../src/modules/indicators/indicator-events.service';
import { createIndicatorServices } from './deadline-services';
import type { SeededApp } from './seeded-app';

type Headers = Record<string, string>;

/**
 * What the indicator int specs do to put records behind a figure, through the real HTTP API as the
 * reception desk would: a letter case registered in a township, a workflow action, a notice delivered,
 * and every snapshot of the year recomputed.
 */
export interface IndicatorTestKit {
  /** A letter (信件) case of one new petitioner, registered today; `over` replaces any field of the request. */
  register(townshipId: string, lawRelated?: boolean, over?: Record<string, unknown>): Promise<{ id: string; caseNo: string }>;
  act(caseId: string, body: Record<string, unknown>, auth?: Headers): Promise<{ notices: { id: string; kind: string }[] }>;
  deliver(noticeId: string, auth?: Headers): Promise<unknown>;
  /** Marks every period of the year dirty and recomputes them all, as the nightly job does. */
  recomputeAll(): Promise<void>;
}

export function indicatorTestKit(t: SeededApp, env: Record<string, string>, label: string): IndicatorTestKit {
  return {
    async register(townshipId, lawRelated = false, over = {}) {
      const person = await t.http().post('/api/petitioners').set(t.auth.reception).send({ name: label, idType: 'OTHER', townshipId }).expect(201);
      const res = await t
        .http()
        .post('/api/cases')
        .set(t.auth.reception)
        .send({
          channel: 'LETTER',
          receivedOn: chinaDate(new Date()),
          source: 'DIRECT',
          matterType: 'APPEAL',
          categoryCode: '03',
          title: `${label}事项`,
          mainRequest: '请求处理',
          townshipId,
          peopleCount: 1,
          lawRelated,
          petitioners: [{ petitionerId: person.body.id, role: 'PRIMARY' }],
          ...over,
        })
        .expect(201);
      return { id: res.body.case.id, caseNo: res.body.case.caseNo };
    },
    async act(caseId, body, auth = t.auth.reception) {
      const { version } = (await t.http().get(`/api/cases/${caseId}/workflow`).set(auth).expect(200)).body;
      return (
        await t
          .http()
          .post(`/api/cases/${caseId}/transitions`)
          .set(auth)
          .send({ expectedVersion: version, ...body })
          .expect(201)
      ).body;
    },
    deliver: (noticeId, auth = t.auth.reception) =>
      t.http().post(`/api/notices/${noticeId}/delivery`).set(auth).send({ method: 'IN_PERSON', deliveredAt: new Date().toISOString() }).expect(201),
    async recomputeAll() {
      const services = await createIndicatorServices(env);
      try {
        await services.get(IndicatorEventsService).markYear(t.dataSource);
        await services.get(IndicatorComputationService).processDirty(true);
      } finally {
        await services.close();
      }
    },
  };
}
