import { ChangeDetectionStrategy, Component, inject, type OnInit, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import {
  type CreateIncidentRequest,
  INCIDENT_LEVEL_LABELS,
  INCIDENT_LEVELS,
  INCIDENT_NATURE_LABELS,
  INCIDENT_NATURES,
  INCIDENT_RECIPIENTS,
  type IncidentLevel,
  type IncidentNature,
  type OrgUnitDetail,
} from '@julu/contracts';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { ActionErrorComponent } from '../../core/actions/action-error.component';
import { ActionState } from '../../core/actions/action-state';
import { AuthService } from '../../core/auth/auth.service';
import { LABELS } from '../../core/labels';
import { localDateTime } from './countdown';
import { IncidentsApi } from './data-access/incidents.api';
import { DateFieldComponent } from '../../core/forms/date-field.component';

interface QuickReportForm {
  title: string;
  discoveredAt: string;
  level: IncidentLevel;
  nature: IncidentNature;
  townshipId: string;
  villageId: string;
  placeDetail: string;
  peopleCount: number;
  description: string;
  measures: string;
  phoneDone: boolean;
  phoneReportedAt: string;
  phoneTimeReason: string;
  reportedTo: string[];
}

/** 突发事件快报: one screen a township officer fills on a phone in the first minutes. */
@Component({
  selector: 'app-incident-report-page',
  imports: [
    ActionErrorComponent,
    DateFieldComponent,
    FormsModule,
    RouterLink,
    NzCardModule,
    NzInputModule,
    NzInputNumberModule,
    NzSelectModule,
    NzCheckboxModule,
    NzButtonModule,
    NzAlertModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './incident-report.page.html',
  styles: [
    '.field { display: block; margin-bottom: 12px; } .field > span { display: block; margin-bottom: 4px; } .req::after { content: " *"; color: #cf1322; }',
    'nz-select, nz-input-number, input[type=datetime-local] { width: 100%; } .hint { color: rgba(0,0,0,.45); font-size: 12px; } nz-alert { display: block; margin-bottom: 12px; }',
    '.actions { display: flex; gap: 12px; } .actions button { flex: 1; height: 44px; }',
  ],
})
export class IncidentReportPage implements OnInit {
  private readonly api = inject(IncidentsApi);
  private readonly router = inject(Router);
  /** Prefilled from an abnormal duty report (值班日报异常情况), when opened from it. */
  private readonly prefill = inject(ActivatedRoute).snapshot.queryParamMap;
  private readonly user = inject(AuthService).user();
  protected readonly labels = LABELS.incidents;
  protected readonly levels = INCIDENT_LEVELS;
  protected readonly levelLabels = INCIDENT_LEVEL_LABELS;
  protected readonly natures = INCIDENT_NATURES;
  protected readonly natureLabels = INCIDENT_NATURE_LABELS;
  protected readonly recipients = INCIDENT_RECIPIENTS;
  protected readonly townshipFixed = this.user?.role === 'TOWNSHIP_OFFICER';
  protected readonly townships = signal<OrgUnitDetail[]>([]);
  protected readonly villages = signal<OrgUnitDetail[]>([]);
  /** Loading the townships (error at the top); 报送 (a missing field or the API's refusal, under the button). */
  protected readonly loading = new ActionState();
  protected readonly saving = new ActionState();
  protected form: QuickReportForm = {
    title: this.prefill.get('title') ?? '',
    discoveredAt: localDateTime(new Date()),
    level: 'GENERAL',
    nature: 'GROUP_VISIT',
    townshipId: this.townshipFixed ? (this.user?.orgUnitId ?? '') : '',
    villageId: '',
    placeDetail: '',
    peopleCount: 1,
    description: this.prefill.get('description') ?? '',
    measures: '',
    phoneDone: false,
    phoneReportedAt: localDateTime(new Date()),
    phoneTimeReason: '',
    reportedTo: [],
  };
  /** The phone time as pre-filled: left unchanged, the report carries the time of filing. */
  private readonly phoneAtDefault = this.form.phoneReportedAt;
  /** One key per opened form: a retried submit never files the incident twice. */
  private readonly key = crypto.randomUUID();

  ngOnInit(): void {
    void this.load();
  }

  private async load(): Promise<void> {
    await this.loading.run(async () => {
      this.townships.set(await this.api.townships());
      if (this.form.townshipId) await this.townshipChanged(this.form.townshipId);
    });
  }

  protected async townshipChanged(id: string): Promise<void> {
    this.form.townshipId = id;
    this.form.villageId = '';
    this.villages.set(id ? await this.api.villages(id) : []);
  }

  protected async submit(): Promise<void> {
    const f = this.form;
    if (!f.title.trim() || !f.discoveredAt || !f.townshipId || !f.placeDetail.trim() || !f.description.trim()) {
      this.saving.fail(this.labels.required);
      return;
    }
    const body: CreateIncidentRequest = {
      title: f.title.trim(),
      discoveredAt: new Date(f.discoveredAt).toISOString(),
      level: f.level,
      nature: f.nature,
      townshipId: f.townshipId,
      placeDetail: f.placeDetail.trim(),
      peopleCount: f.peopleCount,
      description: f.description.trim(),
      measures: f.measures.trim(),
      ...(f.villageId ? { villageId: f.villageId } : {}),
      ...(f.phoneDone ? { phoneReportedAt: (f.phoneReportedAt === this.phoneAtDefault ? new Date() : new Date(f.phoneReportedAt)).toISOString(), reportedTo: f.reportedTo } : {}),
      ...(f.phoneDone && f.phoneTimeReason.trim() ? { phoneTimeReason: f.phoneTimeReason.trim() } : {}),
    };
    await this.saving.run(async () => {
      const created = await this.api.create(body, this.key);
      await this.router.navigate(['/incidents', created.id]);
    });
  }
}
