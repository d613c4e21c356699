import type { EscortPlaceKind, ReturnEscortKind, ReturnEscortRequest, ReturnEscortView } from '@julu/contracts';
import type { Checked } from './duty-forms';

/** The 劝返/接返 form as the inputs hold it: times as `datetime-local` text, staff as one line. */
export interface EscortForm {
  unitId: string;
  kind: ReturnEscortKind;
  petitionerNames: string;
  peopleCount: number;
  foundAt: string;
  place: string;
  placeKind: EscortPlaceKind;
  matter: string;
  staff: string;
  leaderName: string;
  departureAt: string;
  arrivalAt: string;
  transport: string;
  costYuan: number;
  costNote: string;
  caseId: string;
  /** 是否自愿返回: null until the recorder chooses (never pre-ticked, DOMAIN.md §3.4). */
  voluntary: boolean | null;
  voluntarinessNote: string;
  followUp: string;
}

export function blankEscortForm(unitId = ''): EscortForm {
  return {
    unitId,
    kind: 'PERSUADE',
    petitionerNames: '',
    peopleCount: 1,
    foundAt: '',
    place: '',
    placeKind: 'NON_RECEPTION_SITE',
    matter: '',
    staff: '',
    leaderName: '',
    departureAt: '',
    arrivalAt: '',
    transport: '',
    costYuan: 0,
    costNote: '',
    caseId: '',
    voluntary: null,
    voluntarinessNote: '',
    followUp: '',
  };
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** An instant as a `datetime-local` value in the browser's time zone (the one the input reads it back in). */
export function toLocalInput(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(iso);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

const toInstant = (local: string): string | undefined => (local ? new Date(local).toISOString() : undefined);

/** A stored record back in the form, for editing. */
export function escortFormOf(e: ReturnEscortView): EscortForm {
  return {
    unitId: e.unitId,
    kind: e.kind,
    petitionerNames: e.petitionerNames,
    peopleCount: e.peopleCount,
    foundAt: toLocalInput(e.foundAt),
    place: e.place,
    placeKind: e.placeKind,
    matter: e.matter,
    staff: e.staff.join('、'),
    leaderName: e.leaderName,
    departureAt: toLocalInput(e.departureAt),
    arrivalAt: toLocalInput(e.arrivalAt),
    transport: e.transport,
    costYuan: e.costYuan,
    costNote: e.costNote,
    caseId: e.caseId ?? '',
    voluntary: e.voluntary,
    voluntarinessNote: e.voluntarinessNote,
    followUp: e.followUp,
  };
}

export const VOLUNTARY_NOT_CHOSEN = '请选择信访人是否自愿返回（是或否），不能默认';

/**
 * The body of POST (new) and PUT (edit) /api/duty/escorts, blank optional fields left out; or the
 * problem when 是否自愿返回 was not chosen (the API requires it too).
 */
export function escortRequestOf(f: EscortForm): Checked<ReturnEscortRequest> {
  if (f.voluntary === null) return { ok: false, problem: VOLUNTARY_NOT_CHOSEN };
  const value: ReturnEscortRequest = {
    unitId: f.unitId,
    kind: f.kind,
    petitionerNames: f.petitionerNames.trim(),
    peopleCount: Number(f.peopleCount),
    foundAt: toInstant(f.foundAt) ?? '',
    place: f.place.trim(),
    placeKind: f.placeKind,
    matter: f.matter.trim(),
    staff: f.staff.split(/[、,，\s]+/).filter(Boolean),
    leaderName: f.leaderName.trim(),
    departureAt: toInstant(f.departureAt),
    arrivalAt: toInstant(f.arrivalAt),
    transport: f.transport.trim(),
    costYuan: Number(f.costYuan),
    costNote: f.costNote.trim(),
    caseId: f.caseId.trim() || undefined,
    voluntary: f.voluntary,
    voluntarinessNote: f.voluntarinessNote.trim(),
    followUp: f.followUp.trim(),
  };
  return { ok: true, value };
}
