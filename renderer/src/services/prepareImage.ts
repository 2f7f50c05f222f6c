/** Why a picked file cannot become a stored picture. */
export type ImageProblem = 'tooBig' | 'notImage' | 'noCanvas' | 'stillTooBig';

export class ImagePrepError extends Error {
  constructor(readonly problem: ImageProblem) {
    super(problem);
    this.name = 'ImagePrepError';
  }
}

export interface ImageLimits {
  /** Largest file accepted before decoding. */
  pickBytes: number;
  /** Longest edge after downscaling, in pixels. */
  edge: number;
  /** Largest encoded result. */
  storeBytes: number;
  /** Keep PNG (transparency, sharp screenshots) for PNG and GIF sources instead of JPEG. */
  keepPng?: boolean;
}

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * Turns a picked, pasted or dropped image into what the library stores: refused when it is too
 * large to read or the browser cannot decode it, downscaled to `edge` on its longest side and
 * re-encoded (which drops metadata such as GPS positions) as JPEG, or PNG for PNG/GIF sources
 * when asked. The main process checks the result again before storing it.
 */
export async function prepareImage(
  file: Blob,
  limits: ImageLimits,
): Promise<{ base64: string; width: number; height: number }> {
  if (file.size > limits.pickBytes) throw new ImagePrepError('tooBig');
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    throw new ImagePrepError('notImage');
  }
  const scale = Math.min(1, limits.edge / Math.max(bitmap.width, bitmap.height));
  const width = Math.max(1, Math.round(bitmap.width * scale));
  const height = Math.max(1, Math.round(bitmap.height * scale));
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new ImagePrepError('noCanvas');
  const png = limits.keepPng === true && (file.type === 'image/png' || file.type === 'image/gif');
  if (!png) {
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, width, height);
  }
  ctx.drawImage(bitmap, 0, 0, width, height);
  bitmap.close();
  const blob = await new Promise<Blob | null>((resolve) =>
    canvas.toBlob(resolve, png ? 'image/png' : 'image/jpeg', 0.86),
  );
  if (!blob) throw new ImagePrepError('noCanvas');
  if (blob.size > limits.storeBytes) throw new ImagePrepError('stillTooBig');
  return { base64: base64(new Uint8Array(await blob.arrayBuffer())), width, height };
}
