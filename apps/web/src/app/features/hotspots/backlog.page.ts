import { ChangeDetectionStrategy, Component, ElementRef, inject, Injector, type OnInit, signal, viewChild } from '@angular/core';
import { FormsModule } from '@angular/forms';
import {
  BACKLOG_ORIGIN_LABELS,
  BACKLOG_ORIGINS,
  BACKLOG_STATUS_LABELS,
  BACKLOG_STATUSES,
  type BacklogCaseView,
  type CreateBacklogCaseRequest,
  LEADER_ACTIVITY_KIND_LABELS,
  LEADER_ACTIVITY_KINDS,
  type LeaderActivityRequest,
  type OrgUnitDetail,
  RESOLUTION_TYPE_LABELS,
  RESOLUTION_TYPES,
  SUPERVISION_LEVEL_LABELS,
  SUPERVISION_LEVELS,
} from '@julu/contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzDescriptionsModule } from 'ng-zorro-antd/descriptions';
import { NzDrawerModule } from 'ng-zorro-antd/drawer';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { ActionErrorComponent } from '../../core/actions/action-error.component';
import { ActionState } from '../../core/actions/action-state';
import { AuthService } from '../../core/auth/auth.service';
import { saveFile } from '../../core/download';
import { HOTSPOTS_LABELS } from './hotspots.labels';
import { KeysetList } from '../../core/list/keyset-list';
import { LoadMoreComponent } from '../../core/list/load-more.component';
import { HotspotsApi } from './data-access/hotspots.api';
import { DateFieldComponent } from '../../core/forms/date-field.component';
import { FormErrors } from '../../core/forms/form-errors';
import { FormFieldComponent } from '../../core/forms/form-field.component';
import { FormErrorsComponent } from '../../core/forms/form-errors.component';
import { chinaDate } from '@julu/domain';
import { ACTIVITY_FIELDS, BACKLOG_FIELDS, backlogCaseErrors, leaderActivityErrors, RESOLUTION_FIELDS, type ResolutionDraft, resolutionErrors } from './backlog-form';

/** 信访积案与领导包案: the list, 五定 registration, leader activities and the resolution. */
@Component({
  selector: 'app-backlog-page',
  imports: [
    ActionErrorComponent,
    DateFieldComponent,
    FormErrorsComponent,
    FormsModule,
    NzFormModule,
    FormFieldComponent,
    NzCardModule,
    NzButtonModule,
    NzInputModule,
    NzSelectModule,
    NzTagModule,
    NzModalModule,
    NzDrawerModule,
    NzDescriptionsModule,
    LoadMoreComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './backlog.page.html',
  styles: [
    '.actions { display: inline-flex; gap: 8px; } .hint { color: rgba(0,0,0,.45); } .item { border: 1px solid #f0f0f0; border-radius: 6px; padding: 10px 12px; margin-bottom: 10px; cursor: pointer; } .item:hover { border-color: #1677ff; }',
    '.head { display: flex; justify-content: space-between; gap: 8px; font-weight: 600; } .meta { color: rgba(0,0,0,.55); font-size: 13px; margin: 4px 0; }',
    'nz-select, app-date-field { width: 100%; } app-form-field ::ng-deep nz-form-item { margin-bottom: 12px; } h4 { margin-top: 16px; }',
  ],
})
export class BacklogPage implements OnInit {
  private readonly api = inject(HotspotsApi);
  private readonly message = inject(NzMessageService);
  private readonly user = inject(AuthService).user();
  protected readonly labels = HOTSPOTS_LABELS.backlog;
  protected readonly origins = BACKLOG_ORIGINS;
  protected readonly originLabels = BACKLOG_ORIGIN_LABELS;
  protected readonly statuses = BACKLOG_STATUSES;
  protected readonly statusLabels = BACKLOG_STATUS_LABELS;
  protected readonly resolutionTypes = RESOLUTION_TYPES;
  protected readonly resolutionLabels = RESOLUTION_TYPE_LABELS;
  protected readonly kinds = LEADER_ACTIVITY_KINDS;
  protected readonly kindLabels = LEADER_ACTIVITY_KIND_LABELS;
  protected readonly supervisionLevels = SUPERVISION_LEVELS;
  protected readonly supervisionLabels = SUPERVISION_LEVEL_LABELS;
  protected readonly townshipFixed = this.user?.role === 'TOWNSHIP_OFFICER';
  protected readonly list = new KeysetList<BacklogCaseView>((after) => this.api.backlog(after));
  protected readonly items = this.list.items;
  protected readonly townships = signal<OrgUnitDetail[]>([]);
  protected readonly selected = signal<BacklogCaseView | null>(null);
  protected readonly creating = signal(false);
  /** Each action's error beside its button: the list's load on the page; the forms' problems under their controls. */
  protected readonly loading = new ActionState();
  protected readonly loadingMore = new ActionState();
  protected readonly exporting = new ActionState();
  protected draft: CreateBacklogCaseRequest = this.emptyDraft();
  protected activity: LeaderActivityRequest = this.emptyActivity();
  protected resolution: ResolutionDraft = { status: 'RESOLVING', resolutionType: null, settledOn: '', note: '' };
  // The dialog and the drawer render in the overlay, outside this page's element: each form is its own host.
  private readonly createForm = viewChild<ElementRef<HTMLElement>>('createForm');
  private readonly activityForm = viewChild<ElementRef<HTMLElement>>('activityForm');
  private readonly resolutionForm = viewChild<ElementRef<HTMLElement>>('resolutionForm');
  private readonly injector = inject(Injector);
  private readonly page = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  protected readonly createErrors = new FormErrors({
    fields: BACKLOG_FIELDS,
    check: () => backlogCaseErrors(this.draft),
    host: () => this.createForm()?.nativeElement ?? this.page,
    injector: this.injector,
  });
  protected readonly activityErrors = new FormErrors({
    fields: ACTIVITY_FIELDS,
    check: () => leaderActivityErrors(this.activity, chinaDate(new Date())),
    host: () => this.activityForm()?.nativeElement ?? this.page,
    injector: this.injector,
  });
  protected readonly resolutionErrors = new FormErrors({
    fields: RESOLUTION_FIELDS,
    check: () => resolutionErrors(this.resolution, chinaDate(new Date())),
    host: () => this.resolutionForm()?.nativeElement ?? this.page,
    injector: this.injector,
  });
  private key = crypto.randomUUID();

  ngOnInit(): void {
    void this.load();
    void this.api.townships().then((t) => this.townships.set(t));
  }

  private emptyDraft(): CreateBacklogCaseRequest {
    return {
      title: '',
      origin: 'LOCAL_SCREENING',
      townshipId: this.townshipFixed ? (this.user?.orgUnitId ?? '') : '',
      linkedCaseIds: [],
      leader: '',
      responsibleOrg: '',
      team: '',
      task: '',
      responsibility: '',
      plan: '',
      deadline: '',
      supervisionLevel: null,
    };
  }

  private emptyActivity(): LeaderActivityRequest {
    return { kind: 'RECEPTION', heldOn: chinaDate(new Date()), place: '', leader: '', peopleMet: '', result: '' };
  }

  protected async load(more = false): Promise<void> {
    await (more ? this.loadingMore.run(() => this.list.more()) : this.loading.run(() => this.list.reload()));
  }

  protected async open(b: BacklogCaseView): Promise<void> {
    this.activity = this.emptyActivity();
    this.activityErrors.reset();
    this.resolutionErrors.reset();
    this.resolution = { status: b.status, resolutionType: b.resolutionType, settledOn: b.settledOn ?? '', note: '' };
    this.selected.set(await this.api.backlogCase(b.id));
  }

  protected async export(): Promise<void> {
    await this.exporting.run(async () => saveFile(await this.api.exportBacklog(), '信访积案台账.xlsx'));
  }

  protected startCreate(): void {
    this.draft = this.emptyDraft();
    this.key = crypto.randomUUID();
    this.createErrors.reset();
    this.creating.set(true);
  }

  protected async create(): Promise<void> {
    let created: BacklogCaseView | null = null;
    await this.createErrors.submit(async () => {
      created = await this.api.createBacklog(this.draft, this.key);
      this.creating.set(false);
      this.message.success(this.labels.saved);
    });
    if (created) {
      await this.load();
      await this.open(created);
    }
  }

  protected async addActivity(): Promise<void> {
    const b = this.selected();
    if (!b) return;
    const added = await this.activityErrors.submit(async () => this.selected.set(await this.api.addActivity(b.id, this.activity, crypto.randomUUID())));
    if (added) {
      this.activity = this.emptyActivity();
      this.activityErrors.reset();
    }
  }

  protected async resolve(): Promise<void> {
    const b = this.selected();
    if (!b) return;
    await this.resolutionErrors.submit(async () => {
      const r = this.resolution;
      const updated = await this.api.resolve(b.id, {
        expectedVersion: b.version,
        status: r.status,
        ...(r.resolutionType ? { resolutionType: r.resolutionType } : {}),
        ...(r.settledOn ? { settledOn: r.settledOn } : {}),
        note: r.note.trim(),
      });
      this.selected.set(updated);
      this.message.success(this.labels.saved);
      await this.load();
    });
  }
}
