import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, ElementRef, inject, Injector, input, type OnInit, signal, viewChild } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import {
  canUse,
  HOTSPOT_ACTION_LABELS,
  HOTSPOT_STATUS_LABELS,
  type HotspotAction,
  type HotspotDetailView,
  type HotspotIncidentRequest,
  INCIDENT_LEVEL_LABELS,
  INCIDENT_LEVELS,
  INCIDENT_NATURE_LABELS,
  INCIDENT_NATURES,
  RISK_LEVEL_LABELS,
  UPWARD_DIRECTION_LABELS,
} from '@julu/contracts';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzDescriptionsModule } from 'ng-zorro-antd/descriptions';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { NzTimelineModule } from 'ng-zorro-antd/timeline';
import { ActionErrorComponent } from '../../core/actions/action-error.component';
import { ActionState } from '../../core/actions/action-state';
import { AuthService } from '../../core/auth/auth.service';
import { FormErrors } from '../../core/forms/form-errors';
import { FormFieldComponent } from '../../core/forms/form-field.component';
import { FormErrorsComponent } from '../../core/forms/form-errors.component';
import { HOTSPOTS_LABELS } from './hotspots.labels';
import { HotspotsApi } from './data-access/hotspots.api';
import { COLOUR_TAGS } from './hotspot-board';
import { ACTION_NOTE_FIELDS, actionNoteErrors, FOLLOW_UP_FIELDS, followUpErrors, HOTSPOT_INCIDENT_FIELDS, hotspotIncidentErrors } from './hotspot-detail-forms';

/** One hotspot: its fields, the actions the user may take, the append-only log and linked cases. */
@Component({
  selector: 'app-hotspot-detail-page',
  imports: [
    ActionErrorComponent,
    FormErrorsComponent,
    FormsModule,
    RouterLink,
    DatePipe,
    NzCardModule,
    NzDescriptionsModule,
    NzFormModule,
    FormFieldComponent,
    NzTagModule,
    NzButtonModule,
    NzInputModule,
    NzModalModule,
    NzAlertModule,
    NzTimelineModule,
    NzSelectModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './hotspot-detail.page.html',
  styles: [
    '.actions { display: flex; flex-wrap: wrap; gap: 8px; margin: 12px 0; } .actions > button, .actions > a { flex: 1 1 120px; min-height: 44px; } .hint { color: rgba(0,0,0,.45); font-size: 12px; }',
    'nz-select { width: 100%; } h4 { margin-top: 16px; } .log-meta { color: rgba(0,0,0,.45); font-size: 12px; } app-form-field ::ng-deep nz-form-item { margin-bottom: 12px; }',
  ],
})
export class HotspotDetailPage implements OnInit {
  readonly id = input.required<string>();
  private readonly api = inject(HotspotsApi);
  private readonly message = inject(NzMessageService);
  /** Those who may use the reception desk (接待登记) can register the hotspot as a case there. */
  protected readonly canRegisterCase = canUse(inject(AuthService).user()?.role, 'intake');
  protected readonly labels = HOTSPOTS_LABELS.hotspots;
  protected readonly statusLabels = HOTSPOT_STATUS_LABELS;
  protected readonly actionLabels = HOTSPOT_ACTION_LABELS;
  protected readonly levelLabels = RISK_LEVEL_LABELS;
  protected readonly directionLabels = UPWARD_DIRECTION_LABELS;
  protected readonly colourTags = COLOUR_TAGS;
  protected readonly hotspot = signal<HotspotDetailView | null>(null);
  /** Loading the hotspot (its error at the top); each form's problems under its controls, in its dialog. */
  protected readonly loading = new ActionState();
  protected readonly acting = signal<HotspotAction | null>(null);
  protected readonly levels = INCIDENT_LEVELS;
  protected readonly levelNames = INCIDENT_LEVEL_LABELS;
  protected readonly natures = INCIDENT_NATURES;
  protected readonly natureNames = INCIDENT_NATURE_LABELS;
  protected readonly reporting = signal(false);
  protected readonly incident = signal<{ id: string; no: string } | null>(null);
  protected incidentForm: HotspotIncidentRequest = { level: 'GENERAL', nature: 'GATHERING', placeDetail: '' };
  private incidentKey = crypto.randomUUID();
  protected note = '';
  protected followUp = '';
  private followUpKey = crypto.randomUUID();
  // The dialogs render in the overlay, outside this page's element: each form is its own host.
  private readonly page = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  private readonly injector = inject(Injector);
  private readonly actionForm = viewChild<ElementRef<HTMLElement>>('actionForm');
  private readonly followUpForm = viewChild<ElementRef<HTMLElement>>('followUpForm');
  private readonly incidentFormEl = viewChild<ElementRef<HTMLElement>>('incidentFormEl');
  protected readonly actionErrors = new FormErrors({
    fields: ACTION_NOTE_FIELDS,
    check: () => actionNoteErrors(this.note),
    host: () => this.actionForm()?.nativeElement ?? this.page,
    injector: this.injector,
  });
  protected readonly followUpErrors = new FormErrors({
    fields: FOLLOW_UP_FIELDS,
    check: () => followUpErrors(this.followUp),
    host: () => this.followUpForm()?.nativeElement ?? this.page,
    injector: this.injector,
  });
  protected readonly incidentErrors = new FormErrors({
    fields: HOTSPOT_INCIDENT_FIELDS,
    check: () => hotspotIncidentErrors(this.incidentForm),
    host: () => this.incidentFormEl()?.nativeElement ?? this.page,
    injector: this.injector,
  });

  ngOnInit(): void {
    void this.load();
  }

  /** The reception desk's prefill: the description as the subject (主题 is short), the demand and the township. */
  protected caseQuery(h: HotspotDetailView): Record<string, string> {
    return { title: h.description.trim().slice(0, 60), mainRequest: h.mainDemand, townshipId: h.townshipId };
  }

  private async load(): Promise<void> {
    await this.loading.run(async () => this.hotspot.set(await this.api.get(this.id())));
  }

  protected start(action: HotspotAction): void {
    this.note = '';
    this.actionErrors.reset();
    this.acting.set(action);
  }

  protected async act(): Promise<void> {
    const h = this.hotspot();
    const action = this.acting();
    if (!h || !action) return;
    const done = await this.actionErrors.submit(async () => {
      this.hotspot.set(await this.api.transition(h.id, { action, expectedVersion: h.version, note: this.note.trim() }));
      this.acting.set(null);
      this.message.success(this.labels.saved);
    });
    // Refused by the API (someone changed it meanwhile): the dialog keeps the message, the page shows what is on file.
    if (!done && actionNoteErrors(this.note).length === 0) await this.load();
  }

  protected async addFollowUp(): Promise<void> {
    const h = this.hotspot();
    if (!h) return;
    const added = await this.followUpErrors.submit(async () => {
      this.hotspot.set(await this.api.followUp(h.id, this.followUp.trim(), this.followUpKey));
      this.followUp = '';
      this.followUpKey = crypto.randomUUID();
    });
    if (added) this.followUpErrors.reset();
  }

  protected startIncident(h: HotspotDetailView): void {
    this.incidentForm = { level: 'GENERAL', nature: 'GATHERING', placeDetail: h.villageName ?? h.townshipName };
    this.incidentKey = crypto.randomUUID();
    this.incidentErrors.reset();
    this.reporting.set(true);
  }

  protected async reportIncident(): Promise<void> {
    const h = this.hotspot();
    if (!h) return;
    await this.incidentErrors.submit(async () => {
      const result = await this.api.reportIncident(h.id, { ...this.incidentForm, placeDetail: this.incidentForm.placeDetail.trim() }, this.incidentKey);
      this.hotspot.set(result.hotspot);
      this.incident.set({ id: result.incidentId, no: result.incidentNo });
      this.reporting.set(false);
      this.message.success(this.labels.incidentCreated);
    });
  }
}
