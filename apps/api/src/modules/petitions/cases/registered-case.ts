import type { CaseDetail, CreateCaseRequest, CurrentUser } from '@julu/contracts';
import type { caseFlags } from '@julu/domain';
import type { IntakeFacts } from './case-intake-facts';

/** A case written by the registering transaction but not yet numbered (the number is taken last). */
export interface CaseDraft {
  id: string;
  year: number;
  queryCode: string;
  registeredAt: Date;
  registeredOn: string;
  receivedOn: string;
  request: CreateCaseRequest;
  user: CurrentUser;
  facts: IntakeFacts;
  flags: ReturnType<typeof caseFlags>;
}

const DAY_MS = 86_400_000;

/**
 * The detail of a case just registered, from what the transaction wrote (the same fields
 * CaseQueriesService.detailIn reads back, which cases.int-spec compares): a new case is not yet
 * a repeat, has no prior case and is REGISTERED; its first-listed petitioner heads the summary.
 */
export function registeredCaseDetail(draft: CaseDraft, caseNo: string): CaseDetail {
  const { request, facts, flags } = draft;
  return {
    id: draft.id,
    caseNo,
    registeredAt: draft.registeredAt.toISOString(),
    channel: request.channel,
    source: request.source,
    matterType: request.matterType,
    categoryCode: facts.category.code,
    categoryLabel: facts.category.label,
    title: request.title.trim(),
    townshipId: request.townshipId,
    townshipName: facts.townshipName,
    villageName: facts.villageName,
    status: 'REGISTERED',
    peopleCount: request.peopleCount,
    flags: { group: flags.group, skipLevel: flags.skipLevel, jointLetter: flags.jointLetter, lawRelated: flags.lawRelated, repeat: false },
    primaryPetitionerName: facts.petitioners[0]?.name ?? null,
    channelSubtype: request.channelSubtype ?? null,
    mainRequest: request.mainRequest.trim(),
    factsAndReasons: request.factsAndReasons?.trim() || null,
    villageId: request.villageId ?? null,
    locationDetail: request.locationDetail?.trim() || null,
    involvedUnitId: request.involvedUnitId ?? null,
    involvedUnitName: facts.involvedUnitName,
    jointSigners: request.jointSigners ?? 0,
    visitedLevel: request.visitedLevel ?? null,
    registeredByName: draft.user.displayName,
    receivedOn: draft.receivedOn,
    registrationDelayDays: Math.round((Date.parse(draft.registeredOn) - Date.parse(draft.receivedOn)) / DAY_MS),
    petitioners: request.petitioners.map((p, i) => ({
      petitionerId: p.petitionerId,
      name: facts.petitioners[i].name,
      role: p.role,
      idNumberMasked: facts.petitioners[i].idNumberMasked,
    })),
    priorCaseId: null,
    priorCaseNo: null,
    repeatCount: 0,
  };
}
