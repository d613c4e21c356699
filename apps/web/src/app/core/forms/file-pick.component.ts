import { ChangeDetectionStrategy, Component, input, output, signal } from '@angular/core';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { type NzUploadFile, NzUploadModule } from 'ng-zorro-antd/upload';

/**
 * Choosing files through nz-upload without its own upload: the page sends them with its typed API
 * (idempotency, errors) as before. `picked` carries the chosen files; `label` is the button text,
 * which also names the control.
 */
@Component({
  selector: 'app-file-pick',
  imports: [NzUploadModule, NzButtonModule, NzIconModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-upload [nzAccept]="accept()" [nzMultiple]="multiple()" [nzBeforeUpload]="beforeUpload" [nzShowUploadList]="false" [nzDisabled]="disabled() || busy()">
      <button nz-button type="button" [nzType]="primary() ? 'primary' : 'default'" [nzLoading]="busy()" [disabled]="disabled()" [attr.data-testid]="buttonTestId()">
        <span nz-icon nzType="upload"></span>{{ label() }}
      </button>
    </nz-upload>
    @if (showNames() && names().length > 0) {
      <span class="names">{{ names().join('、') }}</span>
    }
  `,
  styles: [':host { display: inline-flex; align-items: center; gap: 8px; } .names { color: rgba(0, 0, 0, 0.65); }'],
})
export class FilePickComponent {
  readonly accept = input('');
  readonly multiple = input(false);
  readonly label = input.required<string>();
  readonly busy = input(false);
  readonly disabled = input(false);
  readonly primary = input(false);
  /** Lists the chosen files' names beside the button (for files sent later with a form). */
  readonly showNames = input(false);
  readonly buttonTestId = input<string | null>(null);
  readonly picked = output<File[]>();
  protected readonly names = signal<string[]>([]);

  /** nz-upload calls this once per chosen file with the whole selection; false keeps it from uploading. */
  protected readonly beforeUpload = (file: NzUploadFile, selection: NzUploadFile[]): boolean => {
    const files = (this.multiple() ? selection : [file]) as unknown as File[];
    if (file === selection[selection.length - 1] || !this.multiple()) {
      this.names.set(files.map((f) => f.name));
      this.picked.emit(files);
    }
    return false;
  };
}
