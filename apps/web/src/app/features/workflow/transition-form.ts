import type { CaseAction, CaseTransitionRequest, CloseReason, DiversionRoute, HandlingOutcome, NoReacceptanceGround, SettlementKind, SupervisionLevel } from '@julu/contracts';
import { transitionRule } from '@julu/domain';
import type { FieldError } from '../../core/forms/form-errors';
import { WORKFLOW_LABELS } from './workflow.labels';

/** The payload fields an action's form can show (CaseTransitionRequest minus action and version). */
export type TransitionField = Exclude<keyof CaseTransitionRequest, 'action' | 'expectedVersion'>;

/** The order fields appear in; the free-text note comes last. */
const FIELD_ORDER: readonly TransitionField[] = [
  'handlingUnitId',
  'feedbackDays',
  'priorCaseId',
  'sameMatterConfirmed',
  'noReacceptanceGround',
  'diversionRoute',
  'competentOrgan',
  'outcome',
  'legalBasis',
  'settlementKind',
  'extensionDays',
  'closeReason',
  'supervisionLevel',
  'requestedOn',
  'reviewOrgan',
  'opinionNo',
  'receivedOn',
  'note',
];

/** Fields an action accepts but does not require (the rest come from `requires` in the transition table). */
const OPTIONAL_FIELDS: Partial<Record<CaseAction, readonly TransitionField[]>> = {
  REPLY_REVIEW: ['legalBasis'],
  REPLY_REREVIEW: ['legalBasis'],
  REQUEST_REVIEW: ['requestedOn', 'receivedOn'],
  REQUEST_REREVIEW: ['requestedOn', 'receivedOn'],
};

export interface FormField {
  field: TransitionField;
  required: boolean;
}

/** What the form of an action asks for: the required fields of the transition table, its optional ones, and always a note. */
export function transitionFields(action: CaseAction): FormField[] {
  const required = new Set(transitionRule(action).requires as readonly string[]);
  const optional = new Set<TransitionField>([...(OPTIONAL_FIELDS[action] ?? []), 'note']);
  return FIELD_ORDER.filter((field) => required.has(field) || optional.has(field)).map((field) => ({ field, required: required.has(field) }));
}

/** The form's values as the user edits them ('' / null = not filled in). */
export interface TransitionForm {
  note: string;
  handlingUnitId: string;
  feedbackDays: number | null;
  outcome: HandlingOutcome | '';
  legalBasis: string;
  settlementKind: SettlementKind | '';
  diversionRoute: DiversionRoute | '';
  competentOrgan: string;
  priorCaseId: string;
  sameMatterConfirmed: boolean;
  noReacceptanceGround: NoReacceptanceGround | '';
  extensionDays: number | null;
  closeReason: CloseReason | '';
  supervisionLevel: SupervisionLevel | '';
  reviewOrgan: string;
  opinionNo: string;
  receivedOn: Date | null;
  requestedOn: Date | null;
}

export const emptyTransitionForm = (): TransitionForm => ({
  note: '',
  handlingUnitId: '',
  feedbackDays: null,
  outcome: '',
  legalBasis: '',
  settlementKind: '',
  diversionRoute: '',
  competentOrgan: '',
  priorCaseId: '',
  sameMatterConfirmed: false,
  noReacceptanceGround: '',
  extensionDays: null,
  closeReason: '',
  supervisionLevel: '',
  reviewOrgan: '',
  opinionNo: '',
  receivedOn: null,
  requestedOn: null,
});

/** The label of a field in this action's form (the note is named for what it records, e.g. 处理意见). */
export function fieldLabel(action: CaseAction, field: TransitionField): string {
  const notes: Partial<Record<CaseAction, string>> = WORKFLOW_LABELS.workflow.noteLabels;
  return field === 'note' ? (notes[action] ?? WORKFLOW_LABELS.workflow.fields.note) : WORKFLOW_LABELS.workflow.fields[field];
}

/** An unchecked confirmation counts as not filled in. */
const isBlank = (value: unknown): boolean => value === null || value === undefined || value === false || (typeof value === 'string' && value.trim() === '');

/** A local calendar day as YYYY-MM-DD. */
export function localDay(date: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Fields chosen from a list (a missing one is 请选择…, not 请填写…). */
const CHOSEN: ReadonlySet<TransitionField> = new Set([
  'handlingUnitId',
  'priorCaseId',
  'noReacceptanceGround',
  'diversionRoute',
  'outcome',
  'settlementKind',
  'closeReason',
  'supervisionLevel',
]);

/** Free-text fields the API takes with at least 2 characters, and at most this many (CaseTransitionDto). */
const TEXT_LIMITS: Partial<Record<TransitionField, number>> = { note: 2000, legalBasis: 1000, competentOrgan: 100, reviewOrgan: 100, opinionNo: 40 };

/** The name of a field inside a message: its label without the explanation in brackets. */
const shortName = (action: CaseAction, field: TransitionField): string => fieldLabel(action, field).replace(/（.*）$/, '');

function missing(action: CaseAction, field: TransitionField): string {
  if (field === 'sameMatterConfirmed') return '请核对后勾选“同人同事”确认：同一信访人以同一事实和理由提出的同一事项才能不再受理';
  return `${CHOSEN.has(field) ? '请选择' : '请填写'}${shortName(action, field)}`;
}

function textProblem(action: CaseAction, field: TransitionField, value: string): string | null {
  const max = TEXT_LIMITS[field];
  const text = value.trim();
  if (max === undefined || !text) return null;
  if (text.length < 2) return `${shortName(action, field)}至少写 2 个字`;
  return text.length > max ? `${shortName(action, field)}不能超过 ${max} 字（现有 ${text.length} 字），请精简` : null;
}

function dateProblems(form: TransitionForm, today: Date): FieldError[] {
  const errors: FieldError[] = [];
  const received = form.receivedOn ? localDay(form.receivedOn) : null;
  if (received && received > localDay(today)) errors.push({ field: 'receivedOn', message: '收到申请日期不能晚于今天' });
  if (form.requestedOn && localDay(form.requestedOn) > (received ?? localDay(today))) {
    errors.push({ field: 'requestedOn', message: '信访人提出申请的日期不能晚于收到申请的日期（不填收到日期即为今天）' });
  }
  return errors;
}

/**
 * What keeps the form from being sent, each on its control, in Chinese (empty when it may be sent):
 * the API's own rules (the transition table's required fields, CaseTransitionDto's ranges and
 * lengths, the 复查/复核 request dates), so the user learns them before the round trip.
 */
export function transitionErrors(action: CaseAction, form: TransitionForm, today = new Date()): FieldError[] {
  const errors: FieldError[] = [];
  for (const { field, required } of transitionFields(action)) {
    const value = form[field];
    if (required && isBlank(value)) {
      errors.push({ field, message: missing(action, field) });
      continue;
    }
    if (typeof value === 'string') {
      const problem = textProblem(action, field, value);
      if (problem) errors.push({ field, message: problem });
    }
    if (field === 'extensionDays' && value !== null && !isWholeIn(value as number, 1, 30)) errors.push({ field, message: WORKFLOW_LABELS.workflow.extensionRange });
    if (field === 'feedbackDays' && value !== null && !isWholeIn(value as number, 1, 90)) errors.push({ field, message: WORKFLOW_LABELS.workflow.feedbackRange });
  }
  const dated = transitionFields(action).some((f) => f.field === 'receivedOn');
  return dated ? [...errors, ...dateProblems(form, today)] : errors;
}

const isWholeIn = (n: number, min: number, max: number): boolean => Number.isInteger(n) && n >= min && n <= max;

/** The request body: the action, the version the user saw, and only the fields this action takes that were filled in. */
export function buildTransitionRequest(action: CaseAction, form: TransitionForm, expectedVersion: number): CaseTransitionRequest {
  const body: CaseTransitionRequest = { action, expectedVersion };
  const target = body as unknown as Record<TransitionField, unknown>;
  for (const { field } of transitionFields(action)) {
    const value = form[field];
    if (isBlank(value)) continue;
    target[field] = value instanceof Date ? localDay(value) : typeof value === 'string' ? value.trim() : value;
  }
  return body;
}
