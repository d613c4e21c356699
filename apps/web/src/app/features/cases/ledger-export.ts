import { HttpErrorResponse } from '@angular/common/http';
import { type CaseListQuery, type ExportJobView, type Ledger, LEDGER_LABELS } from '@julu/contracts';
import { saveFile } from '../../core/download';
import type { CasesApi } from './data-access/cases.api';
import { chinaDate } from '@julu/domain';

/**
 * Downloads a ledger: at once when small; when the API answers 409 (too many rows) it starts a
 * background export and reports its progress until the file is ready, then downloads it.
 */
export async function exportLedger(api: CasesApi, ledger: Ledger, query: CaseListQuery, onProgress: (job: ExportJobView) => void): Promise<void> {
  const filters: CaseListQuery = { ...query };
  delete filters.after;
  delete filters.limit;
  const fileName = `${LEDGER_LABELS[ledger]}-${chinaDate(new Date())}.xlsx`;
  try {
    saveFile(await api.ledger(ledger, filters), fileName);
    return;
  } catch (error) {
    if (!(error instanceof HttpErrorResponse) || error.status !== 409) throw error;
  }
  let job = await api.requestExport({ ledger, query: filters }, crypto.randomUUID());
  onProgress(job);
  while (job.status === 'QUEUED' || job.status === 'RUNNING') {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    job = await api.exportJob(job.id);
    onProgress(job);
  }
  if (job.status === 'FAILED') throw new Error(job.error ?? '导出失败');
  saveFile(await api.exportFile(job.id), job.fileName);
}
