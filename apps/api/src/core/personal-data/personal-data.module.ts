import { Global, Module } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { PersonalDataCipher } from './personal-data-cipher';

/** The one cipher for personal data, built from the validated config. */
@Global()
@Module({
  providers: [
    {
      provide: PersonalDataCipher,
      inject: [AppConfig],
      useFactory: (config: AppConfig) =>
        new PersonalDataCipher(PersonalDataCipher.parseKeys(config.PII_KEYS), config.PII_ACTIVE_KEY_ID, Buffer.from(config.PII_BLIND_INDEX_KEY, 'base64')),
    },
  ],
  exports: [PersonalDataCipher],
})
export class PersonalDataModule {}
