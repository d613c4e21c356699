import { afterNextRender, ChangeDetectionStrategy, Component, computed, ElementRef, inject, Injector, type OnInit, signal, viewChild } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { ActivatedRoute, RouterLink } from '@angular/router';
import {
  CASE_SOURCE_LABELS,
  CASE_SOURCES,
  type CaseSummary,
  CHANNEL_LABELS,
  CHANNELS,
  type ContentCategory,
  ID_TYPE_LABELS,
  ID_TYPES,
  type IdType,
  MATTER_TYPE_LABELS,
  MATTER_TYPES,
  type OrgUnitDetail,
  type PetitionerView,
  type RepeatCandidatesResponse,
  VISITED_LEVEL_LABELS,
  VISITED_LEVELS,
} from '@julu/contracts';
import { MAX_GROUP_REPRESENTATIVES, validateResidentId } from '@julu/domain';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzSpaceModule } from 'ng-zorro-antd/space';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { apiErrorMessage } from '../../core/api-error';
import { AuthService } from '../../core/auth/auth.service';
import { RESIDENT_ID_LABELS } from '../resident-id/resident-id.labels';
import { RECEPTION_LABELS } from './reception.labels';
import { CasesApi } from '../cases/data-access/cases.api';
import { ReceiptComponent, type ReceiptData, receiptPeople } from './receipt.component';
import { RepeatCandidatesComponent, type RepeatDecisions } from './repeat-candidates.component';
import { idNumberProblem, type ReceptionError, receptionErrors } from './reception-errors';
import { emptyReceptionForm as emptyForm, localDate, prefillMatter, type ReceptionForm } from './reception-form';
import { focusFirstInvalid } from '../../core/forms/focus-first-invalid';
import { ReceptionSubmission, ReceptionSubmitError } from './reception-submit';

/**
 * 接待登记台: the reception desk. Keyboard-first and ID number first: as soon as the number is
 * valid the person and their earlier cases appear; one save registers the person (if new), the
 * representatives, the case and the visit, and shows the receipt. Every problem lands on its
 * control (nz-form-control), and the first one is scrolled to and focused.
 */
@Component({
  selector: 'app-reception-page',
  imports: [
    FormsModule,
    RouterLink,
    NzCardModule,
    NzFormModule,
    NzInputModule,
    NzInputNumberModule,
    NzSelectModule,
    NzSpaceModule,
    NzDatePickerModule,
    NzButtonModule,
    NzIconModule,
    NzAlertModule,
    NzCheckboxModule,
    NzTagModule,
    ReceiptComponent,
    RepeatCandidatesComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './reception.page.html',
  styleUrl: './reception.page.css',
  host: { '(keydown)': 'shortcut($event)' },
})
export class ReceptionPage implements OnInit {
  private readonly api = inject(CasesApi);
  private readonly route = inject(ActivatedRoute);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly user = inject(AuthService).user();
  protected readonly labels = RECEPTION_LABELS;
  protected readonly channels = CHANNELS;
  protected readonly channelLabels = CHANNEL_LABELS;
  protected readonly sources = CASE_SOURCES;
  protected readonly sourceLabels = CASE_SOURCE_LABELS;
  protected readonly matterTypes = MATTER_TYPES;
  protected readonly matterTypeLabels = MATTER_TYPE_LABELS;
  protected readonly levels = VISITED_LEVELS;
  protected readonly levelLabels = VISITED_LEVEL_LABELS;
  protected readonly idTypes = ID_TYPES;
  protected readonly idTypeLabels = ID_TYPE_LABELS;
  protected readonly maxRepresentatives = MAX_GROUP_REPRESENTATIVES;
  /** Letters and online submissions cannot be received in the future. */
  protected readonly afterToday = (d: Date): boolean => localDate(d) > localDate(new Date());

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
  /** Problems the desk found itself (on save, then on every change; the ID number as typed). */
  private readonly clientErrors = signal<ReceptionError[]>([]);
  /** Problems the API reported on the last save, until their control is edited. */
  private readonly apiErrors = signal<ReceptionError[]>([]);
  private readonly errors = computed(() => [...this.clientErrors(), ...this.apiErrors()]);
  private readonly fieldErrors = computed(() => {
    const byField = new Map<string, string>();
    for (const e of this.errors()) if (e.field && !byField.has(e.field)) byField.set(e.field, e.message);
    return byField;
  });
  /** Problems no control owns: shown beside the save button. */
  protected readonly formErrors = computed(() =>
    this.errors()
      .filter((e) => !e.field || !this.shown(e.field))
      .map((e) => e.message),
  );
  protected readonly saving = signal(false);
  protected readonly receipt = signal<ReceiptData | null>(null);
  protected readonly candidates = signal<RepeatCandidatesResponse | null>(null);
  /** Staff decisions on candidates, recorded on the new case once it is registered. */
  protected readonly decisions = signal<RepeatDecisions>(new Map());
  protected readonly isVisit = computed(() => this.channel() === 'VISIT');
  private readonly channel = signal<string>('VISIT');
  /** After the first save attempt every change re-checks the form. */
  private attempted = false;
  /** One submission per form: a retried save replays instead of registering twice. */
  private submission = new ReceptionSubmission(this.api);
  private readonly idInput = viewChild<ElementRef<HTMLInputElement>>('idInput');
  private readonly receiptPanel = viewChild<ElementRef<HTMLElement>>('receiptPanel');

  constructor() {
    // The desk starts at the ID number (keyboard-first; 居民身份证 is the default type).
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

  protected error(field: string): string {
    return this.fieldErrors().get(field) ?? '';
  }

  protected status(field: string): 'error' | '' {
    return this.fieldErrors().has(field) ? 'error' : '';
  }

  /** A control was edited: its API error goes; after a save attempt the form is checked again. */
  protected changed(field: string): void {
    this.apiErrors.set(this.apiErrors().filter((e) => e.field !== field));
    this.clientErrors.set(this.attempted ? receptionErrors(this.form, this.found() !== null) : this.liveIdErrors());
  }

  private fail(message: string, field: string | null = null): void {
    this.apiErrors.set([...this.apiErrors().filter((e) => field === null || e.field !== field), { field, message }]);
  }

  private async loadReferenceData(): Promise<void> {
    try {
      const [units, categories] = await Promise.all([this.api.units(), this.api.categories()]);
      this.townships.set(units.filter((u) => ['TOWN', 'TOWNSHIP', 'DEV_ZONE'].includes(u.type)));
      this.units.set(units.filter((u) => u.type === 'DEPARTMENT' || u.type === 'TOWN' || u.type === 'TOWNSHIP' || u.type === 'DEV_ZONE'));
      this.categories.set(categories.filter((c) => !c.retired));
      if (this.fixedTownship) await this.loadVillages('both', this.fixedTownship);
    } catch (error) {
      this.fail(apiErrorMessage(error));
    }
  }

  /** Looks the person up as soon as the number is complete (a resident ID: and valid). */
  protected async idNumberChanged(value: string): Promise<void> {
    this.form.person.idNumber = value;
    this.found.set(null);
    this.priorCases.set([]);
    this.idInfo.set(null);
    this.candidates.set(null);
    this.decisions.set(new Map());
    this.changed('person.idNumber');
    const trimmed = value.trim();
    if (this.form.person.idType !== 'RESIDENT_ID' || (trimmed.length !== 18 && trimmed.length !== 15)) return;
    const check = validateResidentId(trimmed);
    if (!check.valid) return;
    this.idInfo.set(`${check.gender === 'MALE' ? RESIDENT_ID_LABELS.residentId.male : RESIDENT_ID_LABELS.residentId.female} · ${check.birthDate}`);
    await this.lookUpPerson(trimmed);
  }

  /** Leaving the number: a resident ID of the wrong length is flagged; another document is looked up. */
  protected async idNumberLeft(): Promise<void> {
    const number = this.form.person.idNumber.trim();
    if (!number || this.found()) return;
    if (this.form.person.idType === 'RESIDENT_ID') {
      const problem = idNumberProblem('RESIDENT_ID', number);
      if (problem) this.fail(problem, 'person.idNumber');
      return;
    }
    await this.lookUpPerson(number);
  }

  protected async idTypeChanged(idType: IdType): Promise<void> {
    this.form.person.idType = idType;
    await this.idNumberChanged(this.form.person.idNumber);
  }

  private async lookUpPerson(idNumber: string): Promise<void> {
    try {
      const [person] = await this.api.findPetitionerByIdNumber(idNumber);
      if (!person) return;
      this.found.set(person);
      this.changed('person.idNumber');
      if (person.townshipId && !this.fixedTownship) {
        this.form.matter.townshipId = person.townshipId;
        await this.loadVillages('matter', person.townshipId);
      }
      this.priorCases.set((await this.api.list({ petitionerId: person.id, limit: 10 })).items);
      await this.refreshCandidates();
    } catch (error) {
      this.fail(apiErrorMessage(error));
    }
  }

  /** The person's township loads their villages, and becomes the problem location when none is chosen yet. */
  protected async personTownshipChanged(id: string): Promise<void> {
    this.form.person.townshipId = id;
    this.form.person.villageId = '';
    const follow = !this.fixedTownship && !this.form.matter.townshipId;
    if (follow) this.form.matter.townshipId = id;
    this.changed('person.townshipId');
    await this.loadVillages(follow ? 'both' : 'person', id);
  }

  protected async matterTownshipChanged(id: string): Promise<void> {
    this.form.matter.townshipId = id;
    this.form.matter.villageId = '';
    this.changed('matter.townshipId');
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
        ...(person
          ? { petitionerId: person.id }
          : { idNumber: idNumber || undefined, phone: this.form.person.mobile.trim() || undefined, name: this.form.person.name.trim() || undefined }),
        villageId: person?.villageId ?? (this.form.person.villageId || this.form.matter.villageId || undefined),
        categoryCode: this.form.matter.categoryCode || undefined,
        text: `${this.form.matter.title}${this.form.matter.mainRequest}`.trim() || undefined,
      });
      this.candidates.set(result.samePerson.length || result.sameMatter.length ? result : null);
    } catch (error) {
      this.fail(apiErrorMessage(error));
    }
  }

  protected channelChanged(channel: ReceptionForm['matter']['channel']): void {
    this.form.matter.channel = channel;
    this.channel.set(channel);
    this.changed('matter.channel');
  }

  protected addRepresentative(): void {
    if (this.form.representatives.length >= MAX_GROUP_REPRESENTATIVES) {
      const message = `多人走访代表不得超过 ${MAX_GROUP_REPRESENTATIVES} 人（《信访工作条例》第二十条），请让来访群众推选不超过 ${MAX_GROUP_REPRESENTATIVES} 名代表`;
      this.fail(message, 'representatives');
      return;
    }
    this.form.representatives = [...this.form.representatives, { idType: 'RESIDENT_ID', idNumber: '', name: '' }];
    const index = this.form.representatives.length - 1;
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLInputElement>(`#reception-rep-name-${index}`)?.focus(), { injector: this.injector });
  }

  protected removeRepresentative(index: number): void {
    this.form.representatives = this.form.representatives.filter((_, i) => i !== index);
    // API errors of representatives after the removed one would now point at the wrong row.
    this.apiErrors.set(this.apiErrors().filter((e) => !e.field?.startsWith('rep.')));
    this.changed('representatives');
  }

  /** Ctrl+Enter saves; on the receipt, P prints and N starts the next visitor. */
  protected shortcut(event: KeyboardEvent): void {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      if (!this.receipt()) void this.save();
      return;
    }
    if (!this.receipt() || event.ctrlKey || event.metaKey || event.altKey) return;
    const key = event.key.toLowerCase();
    if (key === 'p' || key === 'n') {
      event.preventDefault();
      if (key === 'p') this.print();
      else this.next();
    }
  }

  protected async save(): Promise<void> {
    if (this.saving()) return;
    this.attempted = true;
    const problems = receptionErrors(this.form, this.found() !== null);
    this.clientErrors.set(problems);
    this.apiErrors.set([]);
    if (problems.length > 0) {
      this.focusFirstError();
      return;
    }
    this.saving.set(true);
    try {
      const saved = await this.submission.save(this.form, this.found(), this.decisions().values(), this.isVisit());
      this.receipt.set({ caseDetail: saved.detail, queryCode: saved.queryCode, ...receiptPeople(saved.detail, this.form, this.found()) });
      afterNextRender(() => this.receiptPanel()?.nativeElement.focus(), { injector: this.injector });
    } catch (error) {
      this.apiErrors.set(error instanceof ReceptionSubmitError ? error.errors : [{ field: null, message: apiErrorMessage(error) }]);
      this.focusFirstError();
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
    this.clientErrors.set([]);
    this.apiErrors.set([]);
    this.receipt.set(null);
    this.candidates.set(null);
    this.decisions.set(new Map());
    this.attempted = false;
    this.submission = new ReceptionSubmission(this.api);
    // The receipt may have been scrolled: bring the number back with its label, then type.
    afterNextRender(
      () => {
        const input = this.idInput()?.nativeElement;
        input?.scrollIntoView({ block: 'center' });
        input?.focus({ preventScroll: true });
      },
      { injector: this.injector },
    );
  }

  protected categoryLabel(c: ContentCategory): string {
    const parent = c.parentCode ? this.categories().find((p) => p.code === c.parentCode) : null;
    const aliases = c.aliases.length ? `（${c.aliases.join('、')}）` : '';
    return parent ? `${parent.label} / ${c.label}` : `${c.label}${aliases}`;
  }

  /** Live, before any save attempt: only a resident ID number already long enough to judge. */
  private liveIdErrors(): ReceptionError[] {
    const p = this.form.person;
    const problem = p.idNumber.trim().length >= 18 && !this.found() ? idNumberProblem(p.idType, p.idNumber) : null;
    return problem ? [{ field: 'person.idNumber', message: problem }] : [];
  }

  /** Whether a control for the field is on screen (the person's fields hide once they are known). */
  private shown(field: string): boolean {
    return !(this.found() && field.startsWith('person.') && field !== 'person.idNumber' && field !== 'person.idType');
  }

  /** Scrolls to the first control marked invalid (in reading order) and puts the cursor in it. */
  private focusFirstError(): void {
    afterNextRender(() => focusFirstInvalid(this.host.nativeElement, (field) => this.fieldErrors().has(field)), { injector: this.injector });
  }

  private async loadVillages(which: 'person' | 'matter' | 'both', townshipId: string): Promise<void> {
    const villages = townshipId ? await this.api.units(townshipId) : [];
    if (which !== 'matter') this.personVillages.set(villages);
    if (which !== 'person') this.matterVillages.set(villages);
  }
}
