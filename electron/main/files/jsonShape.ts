import { TokenParser, Tokenizer, TokenType } from '@streamparser/json';
import { FILE_SHAPE_LIMITS, type FileShapeLimit } from '../../../shared/model/limits';

/** The limit a file's JSON broke, found before it was parsed, and where. */
export interface ShapeProblem {
  limit: FileShapeLimit;
  max: number;
  place: string;
}

interface Frame {
  array: boolean;
  items: number;
  expectingItem: boolean;
  key: string;
}

class Stop extends Error {
  constructor(readonly problem: ShapeProblem) {
    super('stop');
  }
}

const VALUE_STARTS = new Set<TokenType>([
  TokenType.LEFT_BRACE,
  TokenType.LEFT_BRACKET,
  TokenType.STRING,
  TokenType.NUMBER,
  TokenType.TRUE,
  TokenType.FALSE,
  TokenType.NULL,
]);

const positionIn = (err: Error) => {
  const n = Number(/absolute position "(\d+)"/.exec(err.message)?.[1]);
  return Number.isFinite(n) ? n : null;
};

/**
 * Where text stops being JSON: the offset of the first token the grammar refuses. Used only
 * after JSON.parse has failed, whose messages do not always say where.
 */
export function syntaxErrorOffset(text: string): number | null {
  const tokenizer = new Tokenizer();
  const parser = new TokenParser();
  let last: number | null = null;
  let found: number | null = null;
  parser.onValue = () => {};
  parser.onError = () => (found ??= last);
  tokenizer.onToken = (token) => {
    last = token.offset;
    if (found === null) parser.write(token);
  };
  tokenizer.onError = (err) => (found ??= positionIn(err));
  tokenizer.write(text);
  if (found === null) tokenizer.end();
  return found ?? text.length;
}

function placeOf(stack: readonly Frame[]): string {
  const parts = stack.map((f) => (f.array ? `[${Math.max(0, f.items - 1)}]` : `.${f.key}`));
  return parts.join('').replace(/^\./, '') || '(top level)';
}

/**
 * Checks the shape of JSON as it streams in, without building any value: nesting depth, items
 * per array, keys per object, string length and the number of values. A file that would make
 * `JSON.parse` build millions of objects is refused after reading only as far as the first
 * broken limit, so memory stays proportional to the file, never to what it describes.
 */
export class JsonShapeCheck {
  private readonly tokenizer = new Tokenizer();
  private readonly stack: Frame[] = [];
  private values = 0;
  private problem: ShapeProblem | null = null;
  private stopped = false;

  constructor(private readonly limits: typeof FILE_SHAPE_LIMITS = FILE_SHAPE_LIMITS) {
    this.tokenizer.onToken = ({ token, value }) => this.token(token, value);
    // A syntax error stops the scan quietly: JSON.parse reports it, with its place, afterwards.
    this.tokenizer.onError = (err) => {
      this.stopped = true;
      if (err instanceof Stop) this.problem = err.problem;
    };
  }

  /** Feeds the next bytes; returns the limit they broke, if any. */
  write(chunk: Uint8Array): ShapeProblem | null {
    if (!this.stopped) this.tokenizer.write(chunk);
    return this.problem;
  }

  /** The place named is the container whose limit broke, not the item that broke it. */
  private fail(limit: FileShapeLimit, container = false): never {
    const stack = container ? this.stack.slice(0, -1) : this.stack;
    throw new Stop({ limit, max: this.limits[limit], place: placeOf(stack) });
  }

  private token(token: TokenType, value: unknown): void {
    const top = this.stack.at(-1);
    if (VALUE_STARTS.has(token)) {
      if (++this.values > this.limits.values) this.fail('values');
      if (typeof value === 'string' && value.length > this.limits.stringChars) this.fail('stringChars');
      if (top?.expectingItem) {
        top.items += 1;
        top.expectingItem = false;
        if (!top.array) top.key = String(value);
        if (top.items > (top.array ? this.limits.itemsPerArray : this.limits.keysPerObject))
          this.fail(top.array ? 'itemsPerArray' : 'keysPerObject', true);
      }
    }
    if (token === TokenType.LEFT_BRACE || token === TokenType.LEFT_BRACKET) {
      this.stack.push({ array: token === TokenType.LEFT_BRACKET, items: 0, expectingItem: true, key: '' });
      if (this.stack.length > this.limits.depth) this.fail('depth');
    } else if (token === TokenType.RIGHT_BRACE || token === TokenType.RIGHT_BRACKET) {
      this.stack.pop();
    } else if (token === TokenType.COMMA && top) {
      top.expectingItem = true;
    }
  }
}
