import type { CaseAction, CaseTransitionRequest, CloseReason, DiversionRoute, HandlingOutcome, NoReacceptanceGround, SettlementKind, SupervisionLevel } from '@julu/contracts';
import { transitionRule } from '@julu/domain';
import { LABELS } from '../../core/labels';

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
  const notes: Partial<Record<CaseAction, string>> = LABELS.workflow.noteLabels;
  return field === 'note' ? (notes[action] ?? LABELS.workflow.fields.note) : LABELS.workflow.fields[field];
}

/** An unchecked confirmation counts as not filled in. */
const isBlank = (value: unknown): boolean => value === null || value === undefined || value === false || (typeof value === 'string' && value.trim() === '');

/** A local calendar day as YYYY-MM-DD. */
export function localDay(date: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** What keeps the form from being sent, in Chinese (empty when it may be sent). */
export function transitionProblems(action: CaseAction, form: TransitionForm): string[] {
  const problems: string[] = [];
  for (const { field, required } of transitionFields(action)) {
    const value = form[field];
    if (required && isBlank(value)) {
      problems.push(LABELS.workflow.required.replace('{field}', fieldLabel(action, field).replace(/（.*）$/, '')));
      continue;
    }
    if (field === 'extensionDays' && value !== null && !isWholeIn(value as number, 1, 30)) problems.push(LABELS.workflow.extensionRange);
    if (field === 'feedbackDays' && value !== null && !isWholeIn(value as number, 1, 90)) problems.push(LABELS.workflow.feedbackRange);
  }
  return problems;
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
