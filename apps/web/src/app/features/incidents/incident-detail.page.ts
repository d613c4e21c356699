import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, ElementRef, inject, Injector, input, type OnInit, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import {
  INCIDENT_LEVEL_LABELS,
  INCIDENT_NATURE_LABELS,
  INCIDENT_RECIPIENTS,
  INCIDENT_REPORT_KIND_LABELS,
  INCIDENT_SOURCE_LABELS,
  type IncidentDetail,
  type IncidentReportKind,
  REPORT_VERDICT_LABELS,
} from '@julu/contracts';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { NzTimelineModule } from 'ng-zorro-antd/timeline';
import { ActionErrorComponent } from '../../core/actions/action-error.component';
import { ActionState } from '../../core/actions/action-state';
import { INCIDENTS_LABELS } from './incidents.labels';
import { localDateTime } from './countdown';
import { IncidentsApi } from './data-access/incidents.api';
import { LimitTagComponent } from './limit-tag.component';
import { tickingClock } from './ticking-clock';
import { DateFieldComponent } from '../../core/forms/date-field.component';
import { FormErrors } from '../../core/forms/form-errors';
import { FormFieldComponent } from '../../core/forms/form-field.component';
import { FormErrorsComponent } from '../../core/forms/form-errors.component';
import { incidentReportErrors, REPORT_FIELDS, type ReportForm } from './incident-forms';

/** The reports that may follow what is already on file (电话 and 初报 once; 续报 and 终报 after the 初报). */
export function nextReportKinds(d: Pick<IncidentDetail, 'reports' | 'closed'>): IncidentReportKind[] {
  if (d.closed) return [];
  const has = (k: IncidentReportKind): boolean => d.reports.some((r) => r.kind === k);
  const kinds: IncidentReportKind[] = [];
  if (!has('PHONE')) kinds.push('PHONE');
  if (!has('INITIAL')) kinds.push('INITIAL');
  else kinds.push('FOLLOW_UP', 'FINAL');
  return kinds;
}

/** 突发事件详情: what happened, both limits live, the report chain, and the next report. */
@Component({
  selector: 'app-incident-detail-page',
  imports: [
    ActionErrorComponent,
    DateFieldComponent,
    FormErrorsComponent,
    FormsModule,
    NzFormModule,
    FormFieldComponent,
    RouterLink,
    DatePipe,
    NzCardModule,
    NzTagModule,
    NzTimelineModule,
    NzSelectModule,
    NzInputModule,
    NzButtonModule,
    NzAlertModule,
    NzCheckboxModule,
    LimitTagComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './incident-detail.page.html',
  styles: [
    'dl { display: grid; grid-template-columns: 6em 1fr; gap: 4px 8px; margin: 0 0 12px; } dt { color: rgba(0,0,0,.55); } dd { margin: 0; white-space: pre-wrap; }',
    'nz-card { margin-bottom: 12px; } app-form-field ::ng-deep nz-form-item { margin-bottom: 16px; } nz-select, app-date-field { width: 100%; }',
    '.hint { color: rgba(0,0,0,.45); font-size: 12px; } nz-alert { display: block; margin-bottom: 12px; } .report { white-space: pre-wrap; }',
  ],
})
export class IncidentDetailPage implements OnInit {
  readonly id = input.required<string>();
  private readonly api = inject(IncidentsApi);
  protected readonly labels = INCIDENTS_LABELS.incidents;
  protected readonly levelLabels = INCIDENT_LEVEL_LABELS;
  protected readonly natureLabels = INCIDENT_NATURE_LABELS;
  protected readonly sourceLabels = INCIDENT_SOURCE_LABELS;
  protected readonly verdictLabels = REPORT_VERDICT_LABELS;
  protected readonly kindLabels = INCIDENT_REPORT_KIND_LABELS;
  protected readonly recipients = INCIDENT_RECIPIENTS;
  protected readonly clock = tickingClock();
  protected readonly incident = signal<IncidentDetail | null>(null);
  protected readonly kinds = computed(() => {
    const d = this.incident();
    return d ? nextReportKinds(d) : [];
  });
  /** Loading (error at the top). */
  protected readonly loading = new ActionState();
  protected readonly notice = signal<string | null>(null);
  protected report: ReportForm = { kind: 'INITIAL', backfill: false, reportedAt: localDateTime(new Date()), timeReason: '', reportedTo: [], content: '' };
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  /** 保存 of a report: each problem under its control (the API's too), a refusal of the whole under the button. */
  protected readonly f = new FormErrors({
    fields: REPORT_FIELDS,
    check: () => {
      const d = this.incident();
      return incidentReportErrors(this.report, new Date(), d ? new Date(d.discoveredAt) : null);
    },
    host: () => this.host,
    injector: inject(Injector),
  });
  private key = crypto.randomUUID();

  ngOnInit(): void {
    void this.load();
  }

  private async load(): Promise<void> {
    await this.loading.run(async () => this.show(await this.api.get(this.id())));
  }

  private show(d: IncidentDetail): void {
    this.clock.sync(d.serverNow);
    this.incident.set(d);
    const kinds = nextReportKinds(d);
    this.report = {
      kind: kinds.includes('INITIAL') && d.reports.some((r) => r.kind === 'PHONE') ? 'INITIAL' : (kinds[0] ?? 'FOLLOW_UP'),
      backfill: false,
      reportedAt: localDateTime(new Date()),
      timeReason: '',
      reportedTo: [...d.reportedTo],
      content: '',
    };
    this.f.reset();
  }

  protected async save(): Promise<void> {
    this.notice.set(null);
    await this.f.submit(async () => {
      // Filed now, a report carries the system's time; an earlier time is a 补录 with its reason.
      const r = this.report;
      const time = r.backfill ? { reportedAt: new Date(r.reportedAt).toISOString(), timeReason: r.timeReason.trim() } : {};
      const body = { kind: r.kind, ...time, reportedTo: r.reportedTo, content: r.content };
      this.show(await this.api.addReport(this.id(), body, this.key));
      this.key = crypto.randomUUID();
      this.notice.set(this.labels.saved);
    });
  }
}
