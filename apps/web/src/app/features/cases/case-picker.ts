import { CASE_STATE_LABELS, type CaseStatus, type CaseSummary } from '@julu/contracts';

/** What a case picker keeps of a case: enough to name it, nothing about its petitioners. */
export interface CaseOption {
  id: string;
  caseNo: string;
  title: string;
  /** null for a linked case that could not be read. */
  status: CaseStatus | null;
}

/** The picker's own copy. */
export const CASE_PICKER_LABELS = {
  placeholder: '输入案件编号或信访人姓名',
  typeToFind: '请输入案件编号、信访人姓名或标题中的字词',
  noneFound: '没有找到您可查看的信访事项',
  /** A linked case whose details could not be read (shown instead of its internal id). */
  unreadable: '已关联的信访事项（暂时无法读取）',
} as const;

/** The API's limit on what a lookup may say (CaseLookupDto). */
const MAX_TERM = 50;

/** A case (a list's summary or its detail) as the picker keeps it. */
export function caseOptionOf(c: Pick<CaseSummary, 'id' | 'caseNo' | 'title' | 'status'>): CaseOption {
  return { id: c.id, caseNo: c.caseNo, title: c.title, status: c.status };
}

/** How an option reads: 案件编号, title and 状态 in Chinese, e.g. «1305292026000123 反映宅基地纠纷（已受理）». */
export function caseOptionLabel(c: CaseOption): string {
  if (c.status === null) return c.title;
  return `${c.caseNo} ${c.title}（${CASE_STATE_LABELS[c.status]}）`;
}

/** A linked case the picker could not read (gone, or out of reach): named as such, never by its id. */
export function unreadableCase(id: string): CaseOption {
  return { id, caseNo: '', title: CASE_PICKER_LABELS.unreadable, status: null };
}

/** What to send for what the user typed: trimmed and within the API's length, or null for nothing to look up. */
export function lookupTerm(typed: string): string | null {
  const term = typed.trim().slice(0, MAX_TERM).trim();
  return term ? term : null;
}

/** The options to offer: the matches, and the chosen case too (so the control keeps showing it). */
export function offeredOptions(found: readonly CaseOption[], chosen: CaseOption | null): CaseOption[] {
  return chosen && !found.some((c) => c.id === chosen.id) ? [...found, chosen] : [...found];
}
