import { describe, expect, it } from 'vitest';
import { ROOM_COLOURS, RoomColours } from '../../../shared/collab/roomPresence';

describe('room colours', () => {
  it('gives twelve people in a room twelve different colours, whatever their ids', () => {
    const colours = new RoomColours();
    // Ids chosen to collide under any hash of twelve buckets: all differ in one letter.
    const people = Array.from({ length: 12 }, (_, i) => `person-${'a'.repeat(i)}`);
    const given = people.map((id, i) => colours.colourOf(id, people.slice(0, i + 1)));
    expect(new Set(given).size).toBe(12);
    // Asked again with everyone present, nobody's colour changes.
    expect(people.map((id) => colours.colourOf(id, people))).toEqual(given);
  });

  it('keeps a person’s colour when they come back, unless someone else has it now', () => {
    const colours = new RoomColours();
    const a = colours.colourOf('a', ['a']);
    const b = colours.colourOf('b', ['a', 'b']);
    expect(b).not.toBe(a);
    // a leaves; c arrives and takes the first free colour (a's); a comes back to another.
    const c = colours.colourOf('c', ['b', 'c']);
    expect(c).toBe(a);
    const back = colours.colourOf('a', ['a', 'b', 'c']);
    expect(new Set([back, b, c]).size).toBe(3);
    expect(ROOM_COLOURS).toContain(back);
  });
});
