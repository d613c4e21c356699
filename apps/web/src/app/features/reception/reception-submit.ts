import type { CaseDetail, CreatePetitionerRequest, PetitionerView, RepeatCandidate, RepeatDecision } from '@julu/contracts';
import { validateResidentId } from '@julu/domain';
import type { CasesApi } from '../cases/data-access/cases.api';
import { apiErrors, type ReceptionError, type RequestScope } from './reception-errors';
import { caseRequest, type PersonEntry, petitionerRequest, type ReceptionForm, visitRequest } from './reception-form';

/** A save that failed, with each problem placed on the control it concerns. */
export class ReceptionSubmitError extends Error {
  constructor(readonly errors: ReceptionError[]) {
    super(errors.map((e) => e.message).join('；'));
  }
}

export interface ReceptionSaved {
  detail: CaseDetail;
  queryCode: string;
}

/**
 * One desk form, saved in steps (person, representatives, case or visit, repeat decisions). The
 * idempotency key of each step is derived from the form's key, so a retried save replays what
 * already went through; people created by an earlier attempt are reused while their entry is unchanged.
 */
export class ReceptionSubmission {
  private readonly created = new Map<string, string>();

  constructor(
    private readonly api: CasesApi,
    readonly formKey: string = crypto.randomUUID(),
  ) {}

  async save(
    form: ReceptionForm,
    found: PetitionerView | null,
    decisions: Iterable<{ decision: RepeatDecision; candidate: RepeatCandidate }>,
    isVisit: boolean,
  ): Promise<ReceptionSaved> {
    const primaryId = found?.id ?? (await this.person(petitionerRequest(form.person), { kind: 'person' }));
    const representativeIds: string[] = [];
    for (const [index, rep] of form.representatives.entries()) {
      representativeIds.push(await this.representative(rep, form.matter.townshipId, index));
    }
    const newCase = caseRequest(form, primaryId, representativeIds);
    const result = await this.step({ kind: 'case' }, async () =>
      isVisit
        ? this.api
            .registerVisit(visitRequest(form, newCase, representativeIds), `${this.formKey}-visit`)
            .then(async (r) => ({ detail: await this.api.get(r.visit.caseId), queryCode: r.queryCode ?? '' }))
        : this.api.register(newCase, `${this.formKey}-case`).then((r) => ({ detail: r.case, queryCode: r.queryCode })),
    );
    let decided = false;
    for (const { decision, candidate } of decisions) {
      await this.step({ kind: 'case' }, () =>
        this.api.decideRepeat(result.detail.id, { priorCaseId: candidate.caseId, decision, score: candidate.score, reasons: candidate.reasons }),
      );
      decided = true;
    }
    return decided ? { ...result, detail: await this.api.get(result.detail.id) } : result;
  }

  /** A representative already on file (same document number) is linked, not registered again. */
  private async representative(rep: PersonEntry, townshipId: string, index: number): Promise<string> {
    const scope: RequestScope = { kind: 'representative', index };
    const number = rep.idNumber.trim();
    const searchable = number && (rep.idType !== 'RESIDENT_ID' || validateResidentId(number).valid);
    const [known] = searchable ? await this.step(scope, () => this.api.findPetitionerByIdNumber(number)) : [];
    return known?.id ?? this.person(petitionerRequest({ ...rep, townshipId }), scope);
  }

  private async person(request: CreatePetitionerRequest, scope: RequestScope): Promise<string> {
    const entry = JSON.stringify(request);
    const earlier = this.created.get(entry);
    if (earlier) return earlier;
    const id = (await this.step(scope, () => this.api.createPetitioner(request, `${this.formKey}-p${this.created.size}`))).id;
    this.created.set(entry, id);
    return id;
  }

  private async step<T>(scope: RequestScope, call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      throw new ReceptionSubmitError(apiErrors(error, scope));
    }
  }
}
