import { Module, RequestMethod } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig } from '../config/app-config';
import { pinoOptions } from './pino-options';

/**
 * Structured JSON logs (pino). Every line logged while handling a request carries its `reqId`,
 * the same id the client sees in X-Request-Id and in error bodies. Personal numbers are redacted
 * (pino-options.ts).
 */
@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        // Named wildcard: path-to-regexp 8 (Express 5) rejects the bare `*` nestjs-pino uses by default.
        forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
        pinoHttp: pinoOptions(config.LOG_LEVEL),
      }),
    }),
  ],
})
export class LoggingModule {}
