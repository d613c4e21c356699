import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { describeValidatedProperties } from './openapi-from-validation';

/** The OpenAPI document of every route the app serves, each DTO described by its validation rules. */
export function createOpenApiDocument(app: INestApplication): OpenAPIObject {
  describeValidatedProperties();
  return SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('信访事项办理系统 API')
      .setDescription('Petition case-handling system for county petition bureaus (巨鹿县信访局).')
      .setVersion('0.1.0')
      .addBearerAuth()
      .build(),
  );
}

export function setupOpenApi(app: INestApplication): void {
  SwaggerModule.setup('api/docs', app, createOpenApiDocument(app), { jsonDocumentUrl: 'api/docs-json' });
}
