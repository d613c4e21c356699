import { afterNextRender, ChangeDetectionStrategy, Component, computed, type ElementRef, inject, type OnInit, signal, viewChild } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { ActivatedRoute, RouterLink } from '@angular/router';
import {
  CASE_SOURCE_LABELS,
  CASE_SOURCES,
  type CaseSummary,
  CHANNEL_LABELS,
  CHANNELS,
  type ContentCategory,
  MATTER_TYPE_LABELS,
  MATTER_TYPES,
  type OrgUnitDetail,
  type PetitionerView,
  type RepeatCandidate,
  type RepeatCandidatesResponse,
  type RepeatDecision,
  VISITED_LEVEL_LABELS,
  VISITED_LEVELS,
} from '@julu/contracts';
import { MAX_GROUP_REPRESENTATIVES, validateResidentId } from '@julu/domain';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { apiErrorMessage } from '../../core/api-error';
import { AuthService } from '../../core/auth/auth.service';
import { LABELS } from '../../core/labels';
import { CasesApi } from '../cases/data-access/cases.api';
import { ReceiptComponent, type ReceiptData } from './receipt.component';
import { caseRequest, localDateTime, petitionerRequest, prefillMatter, type ReceptionForm, receptionProblems, visitRequest } from './reception-form';

const emptyForm = (townshipId: string): ReceptionForm => {
  const now = localDateTime(new Date());
  return {
    person: { idNumber: '', name: '', mobile: '', townshipId, villageId: '', addressDetail: '' },
    matter: {
      channel: 'VISIT',
      source: 'DIRECT',
      matterType: 'APPEAL',
      categoryCode: '',
      title: '',
      mainRequest: '',
      factsAndReasons: '',
      townshipId,
      villageId: '',
      involvedUnitId: '',
      peopleCount: 1,
      visitedLevel: 'COUNTY',
      lawRelated: false,
      receivedOn: '',
    },
    visit: { arrivalAt: now, receptionStartedAt: now, talkOutcome: '' },
    representatives: [],
  };
};

/**
 * 接待登记台: the reception desk. Keyboard-first and ID number first: as soon as the number is
 * valid the person and their earlier cases appear; one save registers the person (if new), the
 * representatives, the case and the visit, and shows the case number and query code for the receipt.
 */
@Component({
  selector: 'app-reception-page',
  imports: [FormsModule, RouterLink, NzCardModule, NzInputModule, NzInputNumberModule, NzSelectModule, NzButtonModule, NzIconModule, NzAlertModule, NzCheckboxModule, NzTagModule, ReceiptComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './reception.page.html',
  styleUrl: './reception.page.css',
  host: { '(keydown)': 'shortcut($event)' },
})
export class ReceptionPage implements OnInit {
  private readonly api = inject(CasesApi);
  private readonly route = inject(ActivatedRoute);
  private readonly user = inject(AuthService).user();
  protected readonly labels = LABELS;
  protected readonly channels = CHANNELS;
  protected readonly channelLabels = CHANNEL_LABELS;
  protected readonly sources = CASE_SOURCES;
  protected readonly sourceLabels = CASE_SOURCE_LABELS;
  protected readonly matterTypes = MATTER_TYPES;
  protected readonly matterTypeLabels = MATTER_TYPE_LABELS;
  protected readonly levels = VISITED_LEVELS;
  protected readonly levelLabels = VISITED_LEVEL_LABELS;
  protected readonly maxRepresentatives = MAX_GROUP_REPRESENTATIVES;

  /** A township officer registers only for their own township. */
  private readonly fixedTownship = this.user?.role === 'TOWNSHIP_OFFICER' ? (this.user.orgUnitId ?? '') : '';
  protected readonly townshipFixed = this.fixedTownship !== '';
  protected form: ReceptionForm = emptyForm(this.fixedTownship);
  protected readonly townships = signal<OrgUnitDetail[]>([]);
  protected readonly units = signal<OrgUnitDetail[]>([]);
  protected readonly categories = signal<ContentCategory[]>([]);
  protected readonly personVillages = signal<OrgUnitDetail[]>([]);
  protected readonly matterVillages = signal<OrgUnitDetail[]>([]);
  protected readonly found = signal<PetitionerView | null>(null);
  protected readonly priorCases = signal<CaseSummary[]>([]);
  protected readonly idInfo = signal<string | null>(null);
  protected readonly problems = signal<string[]>([]);
  protected readonly saving = signal(false);
  protected readonly receipt = signal<ReceiptData | null>(null);
  protected readonly candidates = signal<RepeatCandidatesResponse | null>(null);
  /** Staff decisions on candidates, recorded on the new case once it is registered. */
  protected readonly decisions = signal<ReadonlyMap<string, { decision: RepeatDecision; candidate: RepeatCandidate }>>(new Map());
  protected readonly isVisit = computed(() => this.channel() === 'VISIT');
  private readonly channel = signal<string>('VISIT');
  /** One key per form: a retried save replays instead of registering twice. */
  private formKey = crypto.randomUUID();
  private readonly idInput = viewChild<ElementRef<HTMLInputElement>>('idInput');

  constructor() {
    // The desk starts at the ID number (keyboard-first), and again for each next visitor.
    afterNextRender(() => this.idInput()?.nativeElement.focus());
  }

  ngOnInit(): void {
    void this.loadReferenceData();
    // Opened from a hotspot (登记为信访事项): the matter arrives prefilled.
    const query = this.route.snapshot.queryParamMap;
    if (query.has('title') || query.has('mainRequest') || query.has('townshipId')) {
      this.form = prefillMatter(this.form, { title: query.get('title'), mainRequest: query.get('mainRequest'), townshipId: query.get('townshipId') }, this.fixedTownship);
      if (this.form.matter.townshipId && !this.fixedTownship) void this.loadVillages('matter', this.form.matter.townshipId);
    }
  }

  private async loadReferenceData(): Promise<void> {
    try {
      const [units, categories] = await Promise.all([this.api.units(), this.api.categories()]);
      this.townships.set(units.filter((u) => ['TOWN', 'TOWNSHIP', 'DEV_ZONE'].includes(u.type)));
      this.units.set(units.filter((u) => u.type === 'DEPARTMENT' || u.type === 'TOWN' || u.type === 'TOWNSHIP' || u.type === 'DEV_ZONE'));
      this.categories.set(categories.filter((c) => !c.retired));
      if (this.fixedTownship) await this.loadVillages('both', this.fixedTownship);
    } catch (error) {
      this.problems.set([apiErrorMessage(error)]);
    }
  }

  /** Looks the person up as soon as the ID number is complete and valid. */
  protected async idNumberChanged(value: string): Promise<void> {
    this.form.person.idNumber = value;
    this.found.set(null);
    this.priorCases.set([]);
    this.idInfo.set(null);
    this.candidates.set(null);
    this.decisions.set(new Map());
    const trimmed = value.trim();
    if (trimmed.length !== 18 && trimmed.length !== 15) return;
    const check = validateResidentId(trimmed);
    if (!check.valid) {
      this.idInfo.set(check.message);
      return;
    }
    this.idInfo.set(`${check.gender === 'MALE' ? LABELS.residentId.male : LABELS.residentId.female} · ${check.birthDate}`);
    try {
      const [person] = await this.api.findPetitionerByIdNumber(trimmed);
      if (!person) return;
      this.found.set(person);
      if (person.townshipId && !this.fixedTownship) {
        this.form.matter.townshipId = person.townshipId;
        await this.loadVillages('matter', person.townshipId);
      }
      this.priorCases.set((await this.api.list({ petitionerId: person.id, limit: 10 })).items);
      await this.refreshCandidates();
    } catch (error) {
      this.problems.set([apiErrorMessage(error)]);
    }
  }

  /** The person's township loads their villages, and becomes the problem location when none is chosen yet. */
  protected async personTownshipChanged(id: string): Promise<void> {
    this.form.person.townshipId = id;
    this.form.person.villageId = '';
    const follow = !this.fixedTownship && !this.form.matter.townshipId;
    if (follow) this.form.matter.townshipId = id;
    await this.loadVillages(follow ? 'both' : 'person', id);
  }

  protected async matterTownshipChanged(id: string): Promise<void> {
    this.form.matter.townshipId = id;
    this.form.matter.villageId = '';
    await this.loadVillages('matter', id);
  }

  /**
   * Earlier cases of the same person (and other people's same matter nearby), scored, as soon as
   * the person is known and again when the category or the text changes.
   */
  protected async refreshCandidates(): Promise<void> {
    const person = this.found();
    const idNumber = this.form.person.idNumber.trim();
    if (!person && !idNumber && !this.form.person.mobile.trim() && !this.form.person.name.trim()) return;
    try {
      const result = await this.api.repeatCandidates({
        ...(person ? { petitionerId: person.id } : { idNumber: idNumber || undefined, phone: this.form.person.mobile.trim() || undefined, name: this.form.person.name.trim() || undefined }),
        villageId: person?.villageId ?? (this.form.person.villageId || this.form.matter.villageId || undefined),
        categoryCode: this.form.matter.categoryCode || undefined,
        text: `${this.form.matter.title}${this.form.matter.mainRequest}`.trim() || undefined,
      });
      this.candidates.set(result.samePerson.length || result.sameMatter.length ? result : null);
    } catch (error) {
      this.problems.set([apiErrorMessage(error)]);
    }
  }

  protected decide(candidate: RepeatCandidate, decision: RepeatDecision): void {
    const next = new Map(this.decisions());
    if (next.get(candidate.caseId)?.decision === decision) next.delete(candidate.caseId);
    else next.set(candidate.caseId, { decision, candidate });
    this.decisions.set(next);
  }

  protected decisionOf(caseId: string): RepeatDecision | null {
    return this.decisions().get(caseId)?.decision ?? null;
  }

  protected channelChanged(channel: ReceptionForm['matter']['channel']): void {
    this.form.matter.channel = channel;
    this.channel.set(channel);
  }

  protected addRepresentative(): void {
    if (this.form.representatives.length >= MAX_GROUP_REPRESENTATIVES) {
      this.problems.set([`多人走访代表不得超过 ${MAX_GROUP_REPRESENTATIVES} 人（《信访工作条例》第二十条），请让来访群众推选不超过 ${MAX_GROUP_REPRESENTATIVES} 名代表`]);
      return;
    }
    this.form.representatives = [...this.form.representatives, { name: '', idNumber: '' }];
  }

  protected removeRepresentative(index: number): void {
    this.form.representatives = this.form.representatives.filter((_, i) => i !== index);
  }

  /** Ctrl+Enter anywhere on the desk saves. */
  protected shortcut(event: KeyboardEvent): void {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void this.save();
    }
  }

  protected async save(): Promise<void> {
    const problems = receptionProblems(this.form, this.found() !== null);
    this.problems.set(problems);
    if (problems.length > 0 || this.saving()) return;
    this.saving.set(true);
    try {
      const key = this.formKey;
      const primaryId = this.found()?.id ?? (await this.api.createPetitioner(petitionerRequest(this.form.person), `${key}-person`)).id;
      const representativeIds: string[] = [];
      for (const [i, rep] of this.form.representatives.entries()) {
        const known = rep.idNumber.trim() && validateResidentId(rep.idNumber).valid ? (await this.api.findPetitionerByIdNumber(rep.idNumber.trim()))[0] : undefined;
        const id = known?.id ?? (await this.api.createPetitioner(petitionerRequest({ ...rep, townshipId: this.form.matter.townshipId }), `${key}-rep${i}`)).id;
        representativeIds.push(id);
      }
      const newCase = caseRequest(this.form, primaryId, representativeIds);
      const result = this.isVisit()
        ? await this.api.registerVisit(visitRequest(this.form, newCase, representativeIds), `${key}-visit`).then(async (r) => ({
            detail: await this.api.get(r.visit.caseId),
            queryCode: r.queryCode ?? '',
          }))
        : await this.api.register(newCase, `${key}-case`).then((r) => ({ detail: r.case, queryCode: r.queryCode }));
      for (const { decision, candidate } of this.decisions().values()) {
        await this.api.decideRepeat(result.detail.id, { priorCaseId: candidate.caseId, decision, score: candidate.score, reasons: candidate.reasons });
      }
      const detail = this.decisions().size ? await this.api.get(result.detail.id) : result.detail;
      this.receipt.set({ caseDetail: detail, queryCode: result.queryCode });
    } catch (error) {
      this.problems.set([apiErrorMessage(error)]);
    } finally {
      this.saving.set(false);
    }
  }

  protected print(): void {
    window.print();
  }

  /** Clears the desk for the next visitor. */
  protected next(): void {
    this.form = emptyForm(this.fixedTownship);
    this.channel.set('VISIT');
    this.found.set(null);
    this.priorCases.set([]);
    this.idInfo.set(null);
    this.problems.set([]);
    this.receipt.set(null);
    this.candidates.set(null);
    this.decisions.set(new Map());
    this.formKey = crypto.randomUUID();
    setTimeout(() => this.idInput()?.nativeElement.focus());
  }

  protected categoryLabel(c: ContentCategory): string {
    const parent = c.parentCode ? this.categories().find((p) => p.code === c.parentCode) : null;
    const aliases = c.aliases.length ? `（${c.aliases.join('、')}）` : '';
    return parent ? `${parent.label} / ${c.label}` : `${c.label}${aliases}`;
  }

  private async loadVillages(which: 'person' | 'matter' | 'both', townshipId: string): Promise<void> {
    const villages = townshipId ? await this.api.units(townshipId) : [];
    if (which !== 'matter') this.personVillages.set(villages);
    if (which !== 'person') this.matterVillages.set(villages);
  }
}
