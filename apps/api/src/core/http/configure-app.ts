import type { NestExpressApplication } from '@nestjs/platform-express';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { type AppConfig, trustProxySetting } from '../config/app-config';
import { AllExceptionsFilter } from './all-exceptions.filter';
import { bodyParserErrorHandler, bodyParsers } from './body-parsing';
import { noStoreForApi } from './no-store';
import { setupOpenApi } from './openapi';
import { requestIdMiddleware } from './request-id';
import { createValidationPipe } from './validation';
import { webAppHandlers } from './web-app';

/** Everything the HTTP app needs before `listen`, shared by main.ts and the tests. */
export function configureApp(app: NestExpressApplication, config: AppConfig): void {
  app.useLogger(app.get(Logger));
  // req.ip (rate limits, audit rows) is the client's address, not the reverse proxy's.
  app.set('trust proxy', trustProxySetting(config.TRUST_PROXY));
  app.use(requestIdMiddleware);
  app.use(noStoreForApi);
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          // ng-zorro and ECharts set inline styles; scripts stay same-origin only.
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:', 'blob:'],
          'upgrade-insecure-requests': null,
        },
      },
      hsts: false,
    }),
  );
  app.use(...bodyParsers(config.BODY_LIMIT));
  app.use(bodyParserErrorHandler);
  if (config.WEB_DIST_DIR) app.use(...webAppHandlers(config.WEB_DIST_DIR));
  app.setGlobalPrefix('api');
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new AllExceptionsFilter());
  app.enableShutdownHooks();
  setupOpenApi(app);
}
