import type { ExampleSpec } from './buildExample';

/** A Vietnamese retail journey across Shopee, TikTok Shop and a brand's Zalo OA. */
export const SHOPEE_RETAIL: ExampleSpec = {
  kind: 'current-state',
  language: 'vi',
  title: 'Mua mỹ phẩm trên Shopee và Zalo OA',
  scenario: 'Chị Lan mua kem chống nắng chính hãng lần đầu qua sàn thương mại điện tử',
  persona: {
    name: 'Chị Lan, 27 tuổi, nhân viên văn phòng',
    description: 'Mình chỉ mua khi chắc chắn hàng chính hãng và giao nhanh.',
    goals: ['Mua đúng hàng chính hãng', 'Được tư vấn loại da phù hợp', 'Giao hàng trong 2 ngày'],
  },
  stages: ['Nhận biết', 'Cân nhắc', 'Quyết định', 'Mua hàng', 'Trung thành'],
  lanes: [
    // Hành động
    [
      ['Xem video review trên TikTok'],
      ['So sánh giá giữa Shopee Mall và Lazada', 'Đọc đánh giá có ảnh thật'],
      ['Nhắn Zalo OA hỏi loại da phù hợp'],
      ['Đặt hàng, dùng mã giảm giá, thanh toán ví điện tử'],
      ['Nhận tin nhắn chăm sóc sau mua', 'Mua lại khi có flash sale'],
    ],
    // Điểm chạm & kênh
    [
      [{ text: 'Video của KOC', channel: 'tiktok-shop' }],
      [
        { text: 'Gian hàng Shopee Mall', channel: 'shopee' },
        { text: 'Gian hàng Lazada', channel: 'lazada' },
      ],
      [{ text: 'Tư vấn viên trên Zalo OA', channel: 'zalo-oa' }],
      [{ text: 'Thanh toán trên Shopee', channel: 'shopee' }],
      [
        { text: 'Tin nhắn Zalo OA sau 14 ngày', channel: 'zalo-oa' },
        { text: 'Nhóm Facebook khách hàng thân thiết', channel: 'facebook' },
      ],
    ],
    // Suy nghĩ
    [
      ['“Da mình dầu, dùng có bị bết không?”'],
      ['“Sao giá chênh nhau nhiều vậy, có phải hàng giả?”'],
      ['“Được tư vấn tận tình thì mình yên tâm.”'],
      ['“Mã giảm giá áp dụng được không?”'],
      ['“Lần sau mua tiếp ở shop này.”'],
    ],
    // Điểm đau
    [
      [],
      [{ text: 'Khó phân biệt hàng chính hãng', evidence: 'observed' }],
      [{ text: 'Zalo OA trả lời chậm ngoài giờ hành chính', evidence: 'observed' }],
      [{ text: 'Mã giảm giá báo lỗi khi thanh toán', evidence: 'observed' }],
      [{ text: 'Tin nhắn quảng cáo quá dày', evidence: 'assumed' }],
    ],
    // Cơ hội
    [
      [{ text: 'Hợp tác KOC theo loại da', evidence: 'proposed' }],
      [{ text: 'Tem chống giả quét bằng Zalo', evidence: 'proposed' }],
      [{ text: 'Chatbot tư vấn 24/7 trên Zalo OA', evidence: 'proposed' }],
      [{ text: 'Kiểm tra mã giảm giá ngay trong giỏ hàng', evidence: 'proposed' }],
      [{ text: 'Nhắc mua lại đúng lúc sắp hết kem', evidence: 'proposed' }],
    ],
  ],
  emotions: [
    [1, 'Tò mò'],
    [-2, 'Nghi ngờ'],
    [2, 'Yên tâm'],
    [-1, 'Bực mình'],
    [2, 'Hài lòng'],
  ],
};
