import { describe, expect, it } from 'vitest';
import { createLibraryServices } from '../../../electron/main/library/services';
import { addCard, deleteCards } from '../../../shared/model/operations';
import { useTempDirs } from '../../helpers/tempDir';

const tempDir = useTempDirs();
const PNG_1x1 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==';

/** A PNG whose header claims `w`×`h` pixels (the rest of the file does not matter to the check). */
function pngClaiming(w: number, h: number): string {
  const bytes = Buffer.from(PNG_1x1, 'base64');
  bytes.writeUInt32BE(w, 16);
  bytes.writeUInt32BE(h, 20);
  return bytes.toString('base64');
}

describe('pictures on cards in the library', () => {
  it('stores a picture once by its content and gives it back as a data URL', () => {
    const lib = createLibraryServices(tempDir());
    const a = lib.pictures.put(PNG_1x1);
    expect(a).toEqual({ hash: expect.stringMatching(/^[0-9a-f]{64}$/), width: 1, height: 1 });
    expect(lib.pictures.put(PNG_1x1)).toEqual(a);
    expect(lib.pictures.get(a.hash)).toBe(`data:image/png;base64,${PNG_1x1}`);
    expect(lib.pictures.get('0'.repeat(64))).toBeNull();
    lib.close();
  });

  it.each([
    ['text pretending to be a picture', Buffer.from('<svg onload=alert(1)>').toString('base64'), 'errors.notImage'],
    [
      'a PNG signature with nothing after it',
      Buffer.from(PNG_1x1, 'base64').subarray(0, 12).toString('base64'),
      'errors.notImage',
    ],
    [
      'a GIF (the page stores JPEG or PNG only)',
      Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;').toString('base64'),
      'errors.notImage',
    ],
    ['a header claiming 5000×5000 pixels', pngClaiming(5000, 5000), 'errors.pictureTooLarge'],
    [
      'more bytes than a stored picture may have',
      Buffer.alloc(4 * 1024 * 1024, 1).toString('base64'),
      'errors.pictureTooBig',
    ],
  ])('refuses %s and stores nothing', (_what, data, key) => {
    const lib = createLibraryServices(tempDir());
    expect(() => lib.pictures.put(data)).toThrow(expect.objectContaining({ i18n: expect.objectContaining({ key }) }));
    expect(lib.pictures.collect()).toBe(0);
    lib.close();
  });

  it('frees a picture when no map and no version names it any more', () => {
    const dir = tempDir();
    const lib = createLibraryServices(dir);
    const ref = lib.pictures.put(PNG_1x1);
    const created = lib.maps.create({ kind: 'current-state', language: 'vi' });
    const doc = created.document;
    const withPicture = addCard(doc, { laneId: doc.lanes[0]!.id, stageId: doc.stages[0]!.id, id: 'p1', text: 'Ảnh' });
    const pictured = {
      ...withPicture,
      cards: withPicture.cards.map((c) => (c.id === 'p1' ? { ...c, picture: ref } : c)),
    };
    lib.maps.save(pictured, created.revision);
    lib.snapshots.create(doc.id, 'with the picture');
    expect(lib.pictures.collect()).toBe(0);
    // The card goes, but a version still shows it: the picture stays.
    lib.maps.save(deleteCards(pictured, ['p1']), created.revision + 1);
    expect(lib.pictures.collect()).toBe(0);
    expect(lib.pictures.get(ref.hash)).not.toBeNull();
    // The map and its versions go: so does the picture.
    lib.maps.delete(doc.id);
    lib.maps.emptyTrash();
    expect(lib.pictures.collect()).toBe(1);
    expect(lib.pictures.get(ref.hash)).toBeNull();
    lib.close();
  });
});
