import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { dataSourceOptions } from './data-source-options';
import { installRowSecurity } from './row-security';
import { Transactions } from './transactions';

@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        ...dataSourceOptions(config.DATABASE_URL),
        retryAttempts: 3,
        retryDelay: 1000,
      }),
      // Every connection is scoped to the work in flight before use (row-level security).
      dataSourceFactory: async (options) => {
        if (!options) throw new Error('TypeORM options missing');
        return installRowSecurity(await new DataSource(options).initialize());
      },
    }),
  ],
  providers: [Transactions],
  exports: [Transactions],
})
export class DatabaseModule {}
