import type { CanaryHttp } from './canary-http';
import { createServiceContext } from '../deadline-services';
import { IndicatorComputationService, IndicatorEventsService, INDICATOR_JOB_PROVIDERS } from '../../src/modules/indicators';
import { ExportProcessorService } from '../../src/modules/petitions/ledgers/export-processor.service';
import { LedgerWriterService } from '../../src/modules/petitions/ledgers/ledger-writer.service';
import { VIEWERS } from './canary-tokens';

/**
 * The worker's share, run as the scheduler would (no queue in between): every viewer asks for the
 * ledger exports (all, and filtered to township B), the files are written, and the indicators are
 * recomputed so that dashboards and drill-downs have rows.
 */
export async function runWorkerJobs(http: CanaryHttp, env: Record<string, string>, townshipB: string): Promise<void> {
  const jobs: string[] = [];
  for (const viewer of VIEWERS) {
    for (const body of [
      { ledger: 'CASES', query: {} },
      { ledger: 'VISITS', query: {} },
      { ledger: 'CASES', query: { townshipId: townshipB } },
    ]) {
      const res = await http.try(viewer, 'post', '/api/exports', body);
      if (res.status < 300) jobs.push(res.body.id);
      else throw new Error(`export request as ${viewer}: ${res.status} ${JSON.stringify(res.body)}`);
    }
  }
  const services = await createServiceContext(env, [LedgerWriterService, ExportProcessorService, ...INDICATOR_JOB_PROVIDERS]);
  try {
    for (const id of jobs) await services.get(ExportProcessorService).run(id);
    await services.get(IndicatorEventsService).markYear(http.dataSource);
    await services.get(IndicatorComputationService).processDirty(true);
  } finally {
    await services.close();
  }
}
