import { addCard, addConnector, setEmotion, updateCards } from '../../shared/model/operations';
import type { JourneyMap } from '../../shared/model/types';
import { createMapFromTemplate } from '../../shared/templates/createMap';

const TEXTS = [
  'Thấy quảng cáo trên TikTok về máy lọc không khí',
  'Được bạn bè giới thiệu qua Zalo',
  'Đọc đánh giá trên Shopee, so sánh giá với Lazada',
  'Xem video review trên YouTube',
  'Hỏi nhân viên tư vấn qua Messenger',
  'Lo lắng về chính sách bảo hành',
  'Mã giảm giá gửi qua email khiến khách đặt hàng ngay',
  'Thanh toán bằng ví điện tử',
  'Giao hàng chậm hơn dự kiến hai ngày',
  'Nhận cuộc gọi chăm sóc sau bán hàng',
  'Tham gia chương trình khách hàng thân thiết',
  'Chia sẻ trải nghiệm tốt trên Facebook',
  'Không biết sản phẩm nào phù hợp với phòng 20 m²',
  'Phí giao hàng cao ở tỉnh',
  'Tư vấn viên trả lời nhanh, thân thiện',
  'Gửi hướng dẫn sử dụng bằng video ngắn',
];

/** A realistic busy map: 5 stages × 6 lanes, about 40 Vietnamese cards, emotions and connectors. */
export function busyMap(cardCount = 40): JourneyMap {
  let doc = createMapFromTemplate({ kind: 'current-state', language: 'vi', title: 'Mua máy lọc không khí online' });
  const lanes = doc.lanes.filter((l) => l.type === 'cards');
  const ids: string[] = [];
  for (let i = 0; i < cardCount; i++) {
    const lane = lanes[i % lanes.length]!;
    const stage = doc.stages[Math.floor(i / lanes.length) % doc.stages.length]!;
    const id = `busy-${i}`;
    doc = addCard(doc, { laneId: lane.id, stageId: stage.id, id, text: TEXTS[i % TEXTS.length]! });
    const evidence = (['observed', 'assumed', 'proposed'] as const)[i % 3]!;
    doc = updateCards(doc, [id], {
      evidence,
      owner: i % 4 === 0 ? 'Team CSKH' : '',
      ...(lane.cardType === 'touchpoint'
        ? { channel: (['zalo-oa', 'shopee', 'facebook', 'website'] as const)[i % 4]! }
        : {}),
    });
    ids.push(id);
  }
  [1, -1, 2, -2, 3].forEach(
    (score, i) =>
      (doc = setEmotion(doc, doc.stages[i]!.id, score, ['Tò mò', 'Phân vân', 'Hào hứng', 'Bực mình', 'Hài lòng'][i])),
  );
  if (ids.length > 1) doc = addConnector(doc, ids[0]!, ids[1]!);
  if (ids.length > 9) doc = addConnector(doc, ids[6]!, ids[9]!);
  return doc;
}
