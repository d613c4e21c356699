import { registerLocaleData } from '@angular/common';
import { provideHttpClient, withInterceptors } from '@angular/common/http';
import zh from '@angular/common/locales/zh';
import { DOCUMENT, type ApplicationConfig, LOCALE_ID, inject, provideAppInitializer, provideBrowserGlobalErrorListeners, provideZonelessChangeDetection } from '@angular/core';
import { TitleStrategy, provideRouter, withComponentInputBinding } from '@angular/router';
import { zh_CN, provideNzI18n } from 'ng-zorro-antd/i18n';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { APP_ROUTES } from './app.routes';
import { watchZorroAria } from './core/a11y/zorro-aria';
import { authInterceptor } from './core/auth/auth.interceptor';
import { DeploymentNames } from './core/deployment/deployment-names';
import { APP_ICONS } from './core/icons';
import { AppTitleStrategy } from './core/routing/app-title.strategy';

registerLocaleData(zh);

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideRouter(APP_ROUTES, withComponentInputBinding()),
    provideHttpClient(withInterceptors([authInterceptor])),
    { provide: TitleStrategy, useClass: AppTitleStrategy },
    // The county's and bureau's names, before the first page is titled.
    provideAppInitializer(() => inject(DeploymentNames).load()),
    provideNzI18n(zh_CN),
    // ng-zorro's English for screen readers (icon names, "Close") made Chinese, whatever it renders.
    provideAppInitializer(() => void watchZorroAria(inject(DOCUMENT))),
    provideNzIcons(APP_ICONS),
    { provide: LOCALE_ID, useValue: 'zh-CN' },
  ],
};
