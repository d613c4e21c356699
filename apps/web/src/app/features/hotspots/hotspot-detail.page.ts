import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, input, type OnInit, signal } from '@angular/core';
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
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { NzTimelineModule } from 'ng-zorro-antd/timeline';
import { ActionErrorComponent } from '../../core/actions/action-error.component';
import { ActionState } from '../../core/actions/action-state';
import { AuthService } from '../../core/auth/auth.service';
import { LABELS } from '../../core/labels';
import { HotspotsApi } from './data-access/hotspots.api';
import { COLOUR_TAGS } from './hotspot-board';

/** One hotspot: its fields, the actions the user may take, the append-only log and linked cases. */
@Component({
  selector: 'app-hotspot-detail-page',
  imports: [
    ActionErrorComponent,
    FormsModule,
    RouterLink,
    DatePipe,
    NzCardModule,
    NzDescriptionsModule,
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
    'nz-select { width: 100%; margin-bottom: 8px; } h4 { margin-top: 16px; } .log-meta { color: rgba(0,0,0,.45); font-size: 12px; } textarea { margin-bottom: 8px; }',
  ],
})
export class HotspotDetailPage implements OnInit {
  readonly id = input.required<string>();
  private readonly api = inject(HotspotsApi);
  private readonly message = inject(NzMessageService);
  /** Those who may use the reception desk (接待登记) can register the hotspot as a case there. */
  protected readonly canRegisterCase = canUse(inject(AuthService).user()?.role, 'intake');
  protected readonly labels = LABELS.hotspots;
  protected readonly statusLabels = HOTSPOT_STATUS_LABELS;
  protected readonly actionLabels = HOTSPOT_ACTION_LABELS;
  protected readonly levelLabels = RISK_LEVEL_LABELS;
  protected readonly directionLabels = UPWARD_DIRECTION_LABELS;
  protected readonly colourTags = COLOUR_TAGS;
  protected readonly hotspot = signal<HotspotDetailView | null>(null);
  /** Loading the hotspot (its error at the top); each action's error beside its button, in its dialog. */
  protected readonly loading = new ActionState();
  protected readonly transitioning = new ActionState();
  protected readonly addingFollowUp = new ActionState();
  protected readonly reportingIncident = new ActionState();
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
    this.transitioning.clear();
    this.acting.set(action);
  }

  protected async act(): Promise<void> {
    const h = this.hotspot();
    const action = this.acting();
    if (!h || !action) return;
    const done = await this.transitioning.run(async () => {
      this.hotspot.set(await this.api.transition(h.id, { action, expectedVersion: h.version, note: this.note.trim() }));
      this.acting.set(null);
      this.message.success(this.labels.saved);
    });
    // Refused (someone changed it meanwhile): the dialog keeps the message, the page shows what is on file.
    if (!done) await this.load();
  }

  protected async addFollowUp(): Promise<void> {
    const h = this.hotspot();
    if (!h) return;
    await this.addingFollowUp.run(async () => {
      this.hotspot.set(await this.api.followUp(h.id, this.followUp.trim(), this.followUpKey));
      this.followUp = '';
      this.followUpKey = crypto.randomUUID();
    });
  }

  protected startIncident(h: HotspotDetailView): void {
    this.incidentForm = { level: 'GENERAL', nature: 'GATHERING', placeDetail: h.villageName ?? h.townshipName };
    this.incidentKey = crypto.randomUUID();
    this.reportingIncident.clear();
    this.reporting.set(true);
  }

  protected async reportIncident(): Promise<void> {
    const h = this.hotspot();
    if (!h) return;
    await this.reportingIncident.run(async () => {
      const result = await this.api.reportIncident(h.id, { ...this.incidentForm, placeDetail: this.incidentForm.placeDetail.trim() }, this.incidentKey);
      this.hotspot.set(result.hotspot);
      this.incident.set({ id: result.incidentId, no: result.incidentNo });
      this.reporting.set(false);
      this.message.success(this.labels.incidentCreated);
    });
  }
}
