import { BadRequestException, ConflictException, ForbiddenException, NotFoundException } from '@nestjs/common';
import { API_ERROR_CODES } from '@julu/contracts';

/** 400 with a message a person can act on. */
export const invalid = (message: string): BadRequestException => new BadRequestException({ code: API_ERROR_CODES.VALIDATION_FAILED, message });

/** 400 naming the request field at fault (the web form highlights it). */
export const invalidField = (field: string, message: string): BadRequestException =>
  new BadRequestException({ code: API_ERROR_CODES.VALIDATION_FAILED, message, details: [{ field, message }] });

export const conflict = (message: string): ConflictException => new ConflictException({ code: API_ERROR_CODES.CONFLICT, message });

export const notFound = (message: string): NotFoundException => new NotFoundException({ code: API_ERROR_CODES.NOT_FOUND, message });

export const forbidden = (message: string): ForbiddenException => new ForbiddenException({ code: API_ERROR_CODES.FORBIDDEN, message });
