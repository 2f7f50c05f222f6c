import { AppError } from '../../../shared/ipc/errors';
import { XLSX_LIMITS } from '../../../shared/model/limits';

/** What is counted in which parts: a sheet's rows and cells, the shared strings and their rich-text runs. */
const COUNTED = [
  { part: /^xl\/worksheets\/[^/]+\.xml$/, tags: { rows: ['<row ', '<row>'], cells: ['<c ', '<c>'] } },
  { part: /^xl\/sharedStrings\.xml$/, tags: { strings: ['<si>', '<si '], runs: ['<r>', '<r '] } },
] as const;

type Counted = 'rows' | 'cells' | 'strings' | 'runs';

const tooMany = (what: 'Rows' | 'Cells', max: number) =>
  new AppError(
    'INVALID_DOCUMENT',
    what === 'Rows'
      ? `A sheet of the workbook has more than ${max} rows, more than Waymark reads. Nothing was imported.`
      : `The workbook has more than ${max} cells, more than Waymark reads. Nothing was imported.`,
    { key: `errors.xlsx.tooMany${what}`, params: { max } },
  );

/**
 * Counts elements in a workbook's XML as its parts unpack, chunk by chunk, and refuses the book
 * the moment a sheet passes the row limit or the book passes the cell limit (shared strings and
 * their runs count as cells): an oversized book is refused while it unpacks, in about a second,
 * before any parser builds it. Tags are ASCII, so bytes are read as Latin-1 (one char a byte);
 * a tag cut between two chunks is found in the carried tail and counted once.
 */
export class WorkbookScan {
  private book = 0;

  /** A counter for one part, or null when nothing in it is counted. */
  part(name: string): ((chunk: Buffer) => void) | null {
    const counted = COUNTED.find((c) => c.part.test(name));
    if (!counted) return null;
    const tags = Object.entries(counted.tags) as [Counted, readonly string[]][];
    const carry = Math.max(...tags.flatMap(([, list]) => list.map((t) => t.length))) - 1;
    let tail = '';
    let rows = 0;
    return (chunk) => {
      const text = tail + chunk.toString('latin1');
      for (const [what, list] of tags)
        for (const tag of list) {
          // Only occurrences that end past the tail: those inside it were counted with the last chunk.
          let n = 0;
          for (let at = text.indexOf(tag); at !== -1; at = text.indexOf(tag, at + 1))
            if (at + tag.length > tail.length) n += 1;
          if (what === 'rows') rows += n;
          else this.book += n;
        }
      tail = text.slice(-carry);
      if (rows > XLSX_LIMITS.rowsPerSheet) throw tooMany('Rows', XLSX_LIMITS.rowsPerSheet);
      if (this.book > XLSX_LIMITS.cells) throw tooMany('Cells', XLSX_LIMITS.cells);
    };
  }

  /** A book whose sheets' grids (rows × columns, empty cells too) hold more than the limit. */
  static checkGrids(grids: readonly { rows: number; columns: number }[]): void {
    const cells = grids.reduce((sum, g) => sum + g.rows * g.columns, 0);
    if (cells > XLSX_LIMITS.cells) throw tooMany('Cells', XLSX_LIMITS.cells);
  }
}
