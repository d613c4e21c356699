import { DELIVERY_METHODS, type DeliveryMethod, type RecordDeliveryRequest } from '@julu/contracts';
import { IsIn, IsISO8601 } from 'class-validator';

export class RecordDeliveryDto implements RecordDeliveryRequest {
  @IsIn(DELIVERY_METHODS, { message: '送达方式无效' })
  method!: DeliveryMethod;

  @IsISO8601({ strict: true }, { message: '送达时间应为日期时间（ISO 8601）' })
  deliveredAt!: string;
}
