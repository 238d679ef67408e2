/**
 * Characters per message when a large text goes to a worker. Copying a string into a message takes
 * the sending task ~3.5 ms a megabyte here (a 20 MB token was one task of 65-115 ms; ×4 on a slow
 * phone): in pieces, each posted in a task of its own, no task grows with the token.
 */
export const PIECE_CHARS = 2 * 1024 * 1024;

/** `text` cut into consecutive pieces of at most `size` characters; one empty piece for an empty text. */
export function piecesOf(text: string, size = PIECE_CHARS): string[] {
  const pieces: string[] = [];
  for (let at = 0; at < text.length || pieces.length === 0; at += size) pieces.push(text.slice(at, at + size));
  return pieces;
}

/** One piece of request `id`'s text, whose whole length is `total`; pieces of one request arrive in order. */
export interface TextPiece {
  id: number;
  piece: string;
  total: number;
}

/** Request `id` is no longer wanted: its pieces so far are dropped and no more follow. */
export interface DroppedText {
  id: number;
  dropped: true;
}

/**
 * Puts the pieces of each request back together as they arrive (in order, requests interleaved):
 * returns the whole text with its last piece, null before (and for a dropped request).
 */
export function createTextAssembler(): (message: TextPiece | DroppedText) => string | null {
  const arriving = new Map<number, { pieces: string[]; received: number }>();
  return (message) => {
    if ('dropped' in message) {
      arriving.delete(message.id);
      return null;
    }
    const { id, piece, total } = message;
    const entry = arriving.get(id) ?? { pieces: [], received: 0 };
    entry.pieces.push(piece);
    entry.received += piece.length;
    if (entry.received < total) {
      arriving.set(id, entry);
      return null;
    }
    arriving.delete(id);
    return entry.pieces.join('');
  };
}
