import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { type ContentCategory } from '@julu/contracts';
import { Allow } from '../../core/http/access.decorator';
import { ContentCategoriesService } from './content-categories.service';
import { CreateContentCategoryDto, UpdateContentCategoryDto } from './dto/content-category.dto';

/** 内容分类 dictionary: read by every form and filter, maintained by administrators. */
@ApiTags('cases')
@ApiBearerAuth()
@Controller('content-categories')
export class ContentCategoriesController {
  constructor(private readonly categories: ContentCategoriesService) {}

  @Get()
  @Allow('signedIn')
  list(): Promise<ContentCategory[]> {
    return this.categories.list();
  }

  @Post()
  @Allow('administration')
  create(@Body() dto: CreateContentCategoryDto): Promise<ContentCategory> {
    return this.categories.create(dto);
  }

  @Patch(':code')
  @Allow('administration')
  update(@Param('code') code: string, @Body() dto: UpdateContentCategoryDto): Promise<ContentCategory> {
    return this.categories.update(code, dto);
  }
}
