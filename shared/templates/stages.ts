import type { Localized } from './labels';

/** The five stages of the seed articles (Nhận thức → Trung thành). */
export const DEFAULT_STAGES: readonly Localized[] = [
  { en: 'Awareness', vi: 'Nhận thức' },
  { en: 'Consideration', vi: 'Tìm hiểu' },
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
