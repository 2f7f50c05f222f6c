import type { MapKind } from '../model/constants';
import type { Localized } from './labels';

/** The five stages of the seed articles, in the funnel's Vietnamese words (Nhận biết → Trung thành). */
export const DEFAULT_STAGES: readonly Localized[] = [
  { en: 'Awareness', vi: 'Nhận biết' },
  { en: 'Consideration', vi: 'Cân nhắc' },
  { en: 'Decision', vi: 'Quyết định' },
  { en: 'Action (Purchase)', vi: 'Mua hàng' },
  { en: 'Loyalty', vi: 'Trung thành' },
];

/** A day-in-the-life map's columns are times of day, not funnel stages (PRODUCT.md). */
export const DAY_STAGES: readonly Localized[] = [
  { en: 'Morning', vi: 'Sáng' },
  { en: 'Commute', vi: 'Di chuyển' },
  { en: 'Work', vi: 'Làm việc' },
  { en: 'Lunch', vi: 'Trưa' },
  { en: 'Afternoon', vi: 'Chiều' },
  { en: 'Evening', vi: 'Tối' },
  { en: 'Night', vi: 'Đêm' },
];

/** A service blueprint follows the steps of the service itself, not the marketing funnel. */
export const SERVICE_STAGES: readonly Localized[] = [
  { en: 'Before the visit', vi: 'Trước khi đến' },
  { en: 'Arrival', vi: 'Đến nơi' },
  { en: 'Service', vi: 'Phục vụ' },
  { en: 'Payment', vi: 'Thanh toán' },
  { en: 'After the visit', vi: 'Sau khi về' },
];

/** The stages a new map of each kind starts with. */
export const STAGE_TEMPLATES: Readonly<Record<MapKind, readonly Localized[]>> = {
  'current-state': DEFAULT_STAGES,
  'future-state': DEFAULT_STAGES,
  'day-in-the-life': DAY_STAGES,
  'service-blueprint': SERVICE_STAGES,
};
