import type { ExampleSpec } from './buildExample';

/** A day-in-the-life map of an office worker in Ho Chi Minh City, brand involved or not. */
export const DAY_OFFICE_WORKER: ExampleSpec = {
  kind: 'day-in-the-life',
  language: 'vi',
  title: 'Một ngày của nhân viên văn phòng ở TP.HCM',
  scenario: 'Anh Tuấn sắp xếp ăn uống, di chuyển và mua sắm trong một ngày làm việc',
  persona: {
    name: 'Anh Tuấn, 29 tuổi, kế toán',
    description: 'Ngày nào cũng vội, cái gì tiện thì dùng.',
    goals: ['Đi làm đúng giờ', 'Ăn trưa nhanh mà vẫn ngon', 'Có thời gian cho gia đình buổi tối'],
  },
  stages: ['Sáng', 'Di chuyển', 'Làm việc', 'Trưa', 'Chiều', 'Tối', 'Đêm'],
  lanes: [
    // Hoạt động
    [
      ['Dậy, xem tin nhắn'],
      ['Đặt xe máy công nghệ đến công ty'],
      ['Họp, làm báo cáo'],
      ['Đặt cơm văn phòng'],
      ['Mua quà sinh nhật cho mẹ'],
      ['Ăn tối cùng gia đình'],
      ['Lướt TikTok, xem phim'],
    ],
    // Bối cảnh / địa điểm
    [
      ['Căn hộ ở Thủ Đức'],
      ['Kẹt xe trên cầu Sài Gòn'],
      ['Văn phòng Quận 1'],
      ['Bàn làm việc, 30 phút nghỉ'],
      ['Giữa hai cuộc họp'],
      ['Nhà'],
      ['Phòng ngủ'],
    ],
    // Suy nghĩ
    [
      ['“Hôm nay có mưa không?”'],
      ['“Giá xe giờ cao điểm lại tăng.”'],
      ['“Báo cáo phải xong trước 5 giờ.”'],
      ['“Ăn gì cho nhanh?”'],
      ['“Quà phải giao kịp tối nay.”'],
      ['“Cuối cùng cũng được nghỉ.”'],
      ['“Mai lại dậy sớm.”'],
    ],
    // Nhà cung cấp khác
    [
      [{ text: 'Ứng dụng thời tiết', channel: 'app', provider: 'other' }],
      [{ text: 'Ứng dụng gọi xe', channel: 'app', provider: 'other' }],
      [],
      [{ text: 'Ứng dụng giao đồ ăn', channel: 'app', provider: 'other' }],
      [
        { text: 'Shopee giao hỏa tốc', channel: 'shopee', provider: 'other' },
        { text: 'Zalo OA của cửa hàng chúng ta', channel: 'zalo-oa', provider: 'ours' },
      ],
      [],
      [{ text: 'TikTok Shop', channel: 'tiktok-shop', provider: 'other' }],
    ],
    // Nhu cầu chưa được đáp ứng
    [
      [],
      [{ text: 'Biết trước giá xe trước khi ra khỏi nhà', evidence: 'assumed' }],
      [],
      [{ text: 'Bữa trưa lành mạnh giao trong 15 phút', evidence: 'observed' }],
      [{ text: 'Gói quà và giao trong ngày', evidence: 'observed' }],
      [],
      [],
    ],
  ],
  emotions: [
    [0, 'Uể oải'],
    [-2, 'Căng thẳng'],
    [-1, 'Áp lực'],
    [1, 'Dễ chịu'],
    [-1, 'Vội vã'],
    [3, 'Hạnh phúc'],
    [1, 'Thư giãn'],
  ],
};
