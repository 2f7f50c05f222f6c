import type { Database } from 'better-sqlite3';
import { newId } from '../../../shared/model/ids';
import { type LibraryPersona, type PersonaFields, embeddedPersona } from '../../../shared/model/persona';
import { pictureRefusal, sniffImageType } from '../../../shared/model/pictures';
import { LibraryError, pictureError } from './errors';
import { writeTransaction } from './transaction';
import type { MapRepository } from './mapRepository';

interface PersonaRow {
  id: string;
  name: string;
  quote: string;
  goals: string;
  needs: string;
  frustrations: string;
  photo: Buffer | null;
  photo_type: string | null;
  updated_at: string;
  map_count: number;
}

const SELECT = `SELECT p.*, (SELECT COUNT(*) FROM maps m WHERE m.persona_id = p.id AND m.deleted_at IS NULL) AS map_count
  FROM personas p`;

const toPersona = (r: PersonaRow): LibraryPersona => ({
  id: r.id,
  name: r.name,
  quote: r.quote,
  goals: r.goals,
  needs: r.needs,
  frustrations: r.frustrations,
  photo: r.photo && r.photo_type ? `data:${r.photo_type};base64,${r.photo.toString('base64')}` : null,
  mapCount: r.map_count,
  updatedAt: r.updated_at,
});

/**
 * Personas shared by maps. A map points at a persona by id, so editing a persona here changes
 * every map that uses it without rewriting those maps.
 */
export class PersonaRepository {
  constructor(
    private readonly db: Database,
    private readonly maps: MapRepository,
    private readonly now: () => Date = () => new Date(),
  ) {}

  list(): LibraryPersona[] {
    return (this.db.prepare(`${SELECT} ORDER BY p.name COLLATE NOCASE, p.rowid`).all() as PersonaRow[]).map(toPersona);
  }

  get(id: string): LibraryPersona {
    const row = this.db.prepare(`${SELECT} WHERE p.id = ?`).get(id) as PersonaRow | undefined;
    if (!row)
      throw new LibraryError('NOT_FOUND', 'That persona is no longer in the library.', { key: 'errors.personaGone' });
    return toPersona(row);
  }

  create(fields: PersonaFields): LibraryPersona {
    const id = newId();
    const stamp = this.now().toISOString();
    this.db
      .prepare(
        `INSERT INTO personas (id, name, quote, goals, needs, frustrations, created_at, updated_at)
         VALUES (@id, @name, @quote, @goals, @needs, @frustrations, @stamp, @stamp)`,
      )
      .run({ id, ...fields, stamp });
    return this.get(id);
  }

  update(id: string, fields: PersonaFields): LibraryPersona {
    this.get(id);
    this.db
      .prepare(
        `UPDATE personas SET name = @name, quote = @quote, goals = @goals, needs = @needs,
         frustrations = @frustrations, updated_at = @stamp WHERE id = @id`,
      )
      .run({ id, ...fields, stamp: this.now().toISOString() });
    return this.get(id);
  }

  /**
   * Stores a photo already downscaled by the renderer. The bytes are checked again here: the
   * library never stores something that is not a PNG, JPEG, WebP or GIF, or that is too big.
   */
  setPhoto(id: string, base64: string | null): LibraryPersona {
    this.get(id);
    if (base64 === null) {
      this.db.prepare('UPDATE personas SET photo = NULL, photo_type = NULL WHERE id = ?').run(id);
      return this.get(id);
    }
    const bytes = Buffer.from(base64, 'base64');
    const type = sniffImageType(bytes);
    const refusal = pictureRefusal('photo', bytes, null);
    if (refusal || !type) throw pictureError(refusal);
    this.db
      .prepare('UPDATE personas SET photo = ?, photo_type = ?, updated_at = ? WHERE id = ?')
      .run(bytes, type, this.now().toISOString(), id);
    return this.get(id);
  }

  /**
   * Deletes a persona. Maps that used it (in the trash too) keep a copy as their own persona, so
   * no map is left pointing at nothing. Returns the ids of the maps that were changed.
   */
  delete(id: string): { changedMapIds: string[] } {
    return writeTransaction(this.db, () => {
      const persona = this.get(id);
      // The main persona is a column; a persona compared beside it is only in the document, so
      // the documents that name the id are read (deleting a persona is rare).
      const users = this.db
        .prepare('SELECT id FROM maps WHERE persona_id = @id OR instr(document, @quoted) > 0')
        .all({ id, quoted: JSON.stringify(id) }) as { id: string }[];
      const changed: string[] = [];
      for (const { id: mapId } of users) {
        const row = this.maps.row(mapId);
        const doc = this.maps.parse(row);
        const extra = doc.personas.some((p) => p.personaId === id);
        if (doc.personaId !== id && !extra) continue;
        this.maps.write(
          {
            ...doc,
            ...(doc.personaId === id ? { personaId: null, persona: embeddedPersona(persona) } : {}),
            personas: doc.personas.map((p) =>
              p.personaId === id ? { ...p, personaId: null, persona: embeddedPersona(persona) } : p,
            ),
            updatedAt: this.now().toISOString(),
          },
          row.revision + 1,
        );
        changed.push(mapId);
      }
      this.db.prepare('DELETE FROM personas WHERE id = ?').run(id);
      return { changedMapIds: changed };
    })();
  }
}
