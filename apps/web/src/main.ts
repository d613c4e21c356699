import { bootstrapApplication } from '@angular/platform-browser';
import { App } from './app/app';
import { appConfig } from './app/app.config';

bootstrapApplication(App, appConfig).catch((error: unknown) => {
  // Nothing else can show a message if bootstrapping itself fails.
  // eslint-disable-next-line no-console
  console.error(error);
});
