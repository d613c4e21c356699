import { ChangeDetectionStrategy, Component, inject, type OnInit, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { type OrgUnitDetail, PUBLICITY_FORM_LABELS, PUBLICITY_FORMS, type PublicityForm } from '@julu/contracts';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { ActionErrorComponent } from '../../core/actions/action-error.component';
import { ActionState } from '../../core/actions/action-state';
import { AuthService } from '../../core/auth/auth.service';
import { LABELS } from '../../core/labels';
import { PublicityApi } from './data-access/publicity.api';
import { DateFieldComponent } from '../../core/forms/date-field.component';
import { FilePickComponent } from '../../core/forms/file-pick.component';

const today = (): string => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** 登记宣传活动: date, villages reached (from the officer's township), form, topic, participants and photos. */
@Component({
  selector: 'app-publicity-event-form-page',
  imports: [
    ActionErrorComponent,
    FilePickComponent,
    DateFieldComponent,
    FormsModule,
    RouterLink,
    NzCardModule,
    NzInputModule,
    NzInputNumberModule,
    NzSelectModule,
    NzButtonModule,
    NzAlertModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './publicity-event-form.page.html',
  styles: [
    '.field { display: block; margin-bottom: 12px; } .field > span { display: block; margin-bottom: 4px; } .req::after { content: " *"; color: #cf1322; }',
    'nz-select, nz-input-number, input[type=date] { width: 100%; } .hint { color: rgba(0,0,0,.45); font-size: 12px; } nz-alert { display: block; margin-bottom: 12px; }',
    '.actions { display: flex; gap: 12px; } .actions > * { flex: 1; height: 44px; }',
  ],
})
export class PublicityEventFormPage implements OnInit {
  private readonly api = inject(PublicityApi);
  private readonly router = inject(Router);
  private readonly user = inject(AuthService).user();
  protected readonly labels = LABELS.publicity;
  protected readonly forms = PUBLICITY_FORMS;
  protected readonly formLabels = PUBLICITY_FORM_LABELS;
  protected readonly townshipFixed = this.user?.role === 'TOWNSHIP_OFFICER';
  protected readonly townships = signal<OrgUnitDetail[]>([]);
  protected readonly villages = signal<OrgUnitDetail[]>([]);
  /** Loading the townships (error at the top); 提交 (a missing field or the API's refusal, under the button). */
  protected readonly loading = new ActionState();
  protected readonly saving = new ActionState();
  protected form = {
    heldOn: today(),
    townshipId: this.townshipFixed ? (this.user?.orgUnitId ?? '') : '',
    villageIds: [] as string[],
    form: 'MEETING' as PublicityForm,
    topic: '',
    participants: 0,
    note: '',
  };
  private photos: File[] = [];
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
    this.form.villageIds = [];
    this.villages.set(id ? (await this.api.villages(id)).filter((v) => !v.retired) : []);
  }

  protected photosChosen(files: File[]): void {
    this.photos = files;
  }

  protected async submit(): Promise<void> {
    const f = this.form;
    if (!f.heldOn || !f.townshipId || f.villageIds.length === 0 || !f.topic.trim()) {
      this.saving.fail(this.labels.required);
      return;
    }
    await this.saving.run(async () => {
      const event = await this.api.create({ ...f, topic: f.topic.trim(), note: f.note.trim() }, this.key);
      for (const photo of this.photos) await this.api.uploadPhoto(event.id, photo);
      await this.router.navigate(['/publicity'], { queryParams: { saved: event.id } });
    });
  }
}
