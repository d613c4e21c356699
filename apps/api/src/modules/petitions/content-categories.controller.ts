import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { type ContentCategory, ROLES } from '@julu/contracts';
import { Allow } from '../../core/http/access.decorator';
import { ContentCategoriesService } from './content-categories.service';

/** 内容分类 dictionary, for the intake forms and list filters. */
@ApiTags('cases')
@ApiBearerAuth()
@Allow(...ROLES)
@Controller('content-categories')
export class ContentCategoriesController {
  constructor(private readonly categories: ContentCategoriesService) {}

  @Get()
  list(): Promise<ContentCategory[]> {
    return this.categories.list();
  }
}
