import { ChangeDetectionStrategy, Component, ElementRef, inject, Injector, type OnInit, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import {
  type CreateIncidentRequest,
  INCIDENT_LEVEL_LABELS,
  INCIDENT_LEVELS,
  INCIDENT_NATURE_LABELS,
  INCIDENT_NATURES,
  INCIDENT_RECIPIENTS,
  type OrgUnitDetail,
} from '@julu/contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { ActionErrorComponent } from '../../core/actions/action-error.component';
import { ActionState } from '../../core/actions/action-state';
import { AuthService } from '../../core/auth/auth.service';
import { INCIDENTS_LABELS } from './incidents.labels';
import { localDateTime } from './countdown';
import { IncidentsApi } from './data-access/incidents.api';
import { DateFieldComponent } from '../../core/forms/date-field.component';
import { FormErrors } from '../../core/forms/form-errors';
import { FormFieldComponent } from '../../core/forms/form-field.component';
import { FormErrorsComponent } from '../../core/forms/form-errors.component';
import { QUICK_REPORT_FIELDS, quickReportErrors, type QuickReportForm } from './incident-forms';

/** 突发事件快报: one screen a township officer fills on a phone in the first minutes. */
@Component({
  selector: 'app-incident-report-page',
  imports: [
    ActionErrorComponent,
    DateFieldComponent,
    FormErrorsComponent,
    FormsModule,
    NzFormModule,
    FormFieldComponent,
    RouterLink,
    NzCardModule,
    NzInputModule,
    NzInputNumberModule,
    NzSelectModule,
    NzCheckboxModule,
    NzButtonModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './incident-report.page.html',
  styles: [
    'app-form-field ::ng-deep nz-form-item { margin-bottom: 16px; } nz-select, nz-input-number, app-date-field { width: 100%; } .hint { color: rgba(0,0,0,.45); font-size: 12px; } app-action-error { display: block; margin-bottom: 12px; }',
    '.actions { display: flex; gap: 12px; } .actions button { flex: 1; height: 44px; }',
  ],
})
export class IncidentReportPage implements OnInit {
  private readonly api = inject(IncidentsApi);
  private readonly router = inject(Router);
  /** Prefilled from an abnormal duty report (值班日报异常情况), when opened from it. */
  private readonly prefill = inject(ActivatedRoute).snapshot.queryParamMap;
  private readonly user = inject(AuthService).user();
  protected readonly labels = INCIDENTS_LABELS.incidents;
  protected readonly levels = INCIDENT_LEVELS;
  protected readonly levelLabels = INCIDENT_LEVEL_LABELS;
  protected readonly natures = INCIDENT_NATURES;
  protected readonly natureLabels = INCIDENT_NATURE_LABELS;
  protected readonly recipients = INCIDENT_RECIPIENTS;
  protected readonly townshipFixed = this.user?.role === 'TOWNSHIP_OFFICER';
  protected readonly townships = signal<OrgUnitDetail[]>([]);
  protected readonly villages = signal<OrgUnitDetail[]>([]);
  /** Loading the townships (error at the top). */
  protected readonly loading = new ActionState();
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
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  /** 报送's problems under their controls (the API's too); a refusal of the whole beside the button. */
  protected readonly f = new FormErrors({
    fields: QUICK_REPORT_FIELDS,
    check: () => quickReportErrors(this.form, new Date(), this.form.phoneReportedAt !== this.phoneAtDefault),
    host: () => this.host,
    injector: inject(Injector),
  });

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
    this.f.edited('townshipId');
    this.villages.set(id ? await this.api.villages(id) : []);
  }

  protected async submit(): Promise<void> {
    // Built after the check: an empty time is refused under its control, never turned into a date.
    await this.f.submit(async () => {
      const f = this.form;
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
      const created = await this.api.create(body, this.key);
      await this.router.navigate(['/incidents', created.id]);
    });
  }
}
