import { METRICS } from '../../../../shared/layout/metrics';
import { PICTURE_GAP } from '../../../../shared/layout/text';
import { pictureHeight, type PictureRef } from '../../../../shared/model/pictures';
import { usePicture } from './usePicture';

/**
 * A card's picture at the top of the card, as tall as the layout reserved for it (a blank of that
 * height while it loads, so nothing moves when it arrives). Loaded only for cards on screen.
 */
export function CardPicture({ picture, width }: { picture: PictureRef; width: number }) {
  const url = usePicture(picture.hash);
  const inner = width - 2 * METRICS.cardPaddingX;
  const height = pictureHeight(picture, inner);
  const box = { width: inner, height, marginBottom: PICTURE_GAP };
  return url ? (
    <img className="card-picture" src={url} alt="" draggable={false} decoding="async" style={box} />
  ) : (
    <div className="card-picture is-loading" style={box} aria-hidden="true" />
  );
}
