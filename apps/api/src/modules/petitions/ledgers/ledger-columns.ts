import { CASE_SOURCE_LABELS, CHANNEL_LABELS, MATTER_TYPE_LABELS, CASE_STATUS_LABELS } from '@julu/contracts';

/** One column of a ledger sheet: its Chinese header, width, and how a row's value is read. */
export interface LedgerColumn<Row> {
  header: string;
  width: number;
  value: (row: Row) => string | number | Date | null;
}

export interface CaseLedgerRow {
  case_no: string;
  registered_at: Date;
  channel: keyof typeof CHANNEL_LABELS;
  source: keyof typeof CASE_SOURCE_LABELS;
  matter_type: keyof typeof MATTER_TYPE_LABELS;
  category_label: string;
  title: string;
  main_request: string;
  petitioner_names: string | null;
  petitioner_id_masked: string | null;
  petitioner_phone_masked: string | null;
  township_name: string;
  village_name: string | null;
  involved_unit_name: string | null;
  people_count: number;
  is_group: boolean;
  is_skip_level: boolean;
  is_joint_letter: boolean;
  is_law_related: boolean;
  is_repeat: boolean;
  prior_case_no: string | null;
  status: string;
  registered_by_name: string;
}

export interface VisitLedgerRow {
  case_no: string;
  arrival_at: Date;
  reception_started_at: Date;
  person_count: number;
  is_group: boolean;
  petitioner_names: string | null;
  petitioner_id_masked: string | null;
  representative_names: string | null;
  title: string;
  category_label: string;
  township_name: string;
  village_name: string | null;
  talk_outcome: string | null;
  received_by_name: string;
}

const yes = (b: boolean): string => (b ? '是' : '否');

/** 信访事项台账: the columns county bureaus keep (personal data masked, as in every list). */
export const CASE_LEDGER_COLUMNS: LedgerColumn<CaseLedgerRow>[] = [
  { header: '信访件编号', width: 20, value: (r) => r.case_no },
  { header: '登记时间', width: 18, value: (r) => r.registered_at },
  { header: '信访形式', width: 10, value: (r) => CHANNEL_LABELS[r.channel] },
  { header: '来源', width: 12, value: (r) => CASE_SOURCE_LABELS[r.source] },
  { header: '事项类型', width: 12, value: (r) => MATTER_TYPE_LABELS[r.matter_type] },
  { header: '内容分类', width: 16, value: (r) => r.category_label },
  { header: '主题', width: 30, value: (r) => r.title },
  { header: '主要诉求', width: 40, value: (r) => r.main_request },
  { header: '信访人', width: 16, value: (r) => r.petitioner_names },
  { header: '证件号码', width: 22, value: (r) => r.petitioner_id_masked },
  { header: '联系电话', width: 14, value: (r) => r.petitioner_phone_masked },
  { header: '问题属地（乡镇）', width: 14, value: (r) => r.township_name },
  { header: '问题属地（村）', width: 14, value: (r) => r.village_name },
  { header: '涉及单位', width: 18, value: (r) => r.involved_unit_name },
  { header: '人数', width: 6, value: (r) => r.people_count },
  { header: '集体访', width: 8, value: (r) => yes(r.is_group) },
  { header: '越级', width: 6, value: (r) => yes(r.is_skip_level) },
  { header: '联名信', width: 8, value: (r) => yes(r.is_joint_letter) },
  { header: '涉法涉诉', width: 8, value: (r) => yes(r.is_law_related) },
  { header: '重复信访', width: 8, value: (r) => yes(r.is_repeat) },
  { header: '原事项编号', width: 20, value: (r) => r.prior_case_no },
  { header: '状态', width: 10, value: (r) => CASE_STATUS_LABELS[r.status] ?? r.status },
  { header: '登记人', width: 12, value: (r) => r.registered_by_name },
];

/** 来访登记台账: one row per visit (批次), with persons (人次) and reception times. */
export const VISIT_LEDGER_COLUMNS: LedgerColumn<VisitLedgerRow>[] = [
  { header: '信访件编号', width: 20, value: (r) => r.case_no },
  { header: '到达时间', width: 18, value: (r) => r.arrival_at },
  { header: '开始接谈时间', width: 18, value: (r) => r.reception_started_at },
  { header: '等候（分钟）', width: 10, value: (r) => Math.round((r.reception_started_at.getTime() - r.arrival_at.getTime()) / 60_000) },
  { header: '人次', width: 6, value: (r) => r.person_count },
  { header: '集体访', width: 8, value: (r) => yes(r.is_group) },
  { header: '信访人', width: 16, value: (r) => r.petitioner_names },
  { header: '证件号码', width: 22, value: (r) => r.petitioner_id_masked },
  { header: '代表', width: 20, value: (r) => r.representative_names },
  { header: '事项', width: 30, value: (r) => r.title },
  { header: '内容分类', width: 16, value: (r) => r.category_label },
  { header: '问题属地（乡镇）', width: 14, value: (r) => r.township_name },
  { header: '问题属地（村）', width: 14, value: (r) => r.village_name },
  { header: '接谈情况', width: 40, value: (r) => r.talk_outcome },
  { header: '接待人', width: 12, value: (r) => r.received_by_name },
];
