import { createRequire } from 'node:module';

/**
 * Large records read in one piece.
 *
 * Neo4j sends a Bolt message in chunks of a few KB. neo4j-driver 6 hands a message that came in
 * several chunks to its unpacker as a CombinedBuffer over the chunks, which finds every byte it
 * reads by walking the list of chunks from the first, and decodes every string with a new
 * StringDecoder fed from all of them: reading a record costs its size times its number of
 * chunks. A compiled read returns a page as one record (the whole answer of a question, 100 KB
 * and more), so that cost was most of the time spent decoding it. Here the chunks of a complete
 * message are joined into one buffer (one copy of the bytes) before the unpacker sees them, and
 * the record is read as fast as a small one.
 *
 * The driver's modules are internal: if they are not as this expects (another driver version),
 * nothing is changed and `joinChunkedMessages` says so; test/neo4j/boltMessages.unit.test.ts
 * pins both the join and the driver's version it was written for.
 */
type Chunk = { readonly _buffer: Buffer };
type BufferClass = new (...args: never[]) => unknown;

const require = createRequire(import.meta.url);

let applied: boolean | undefined;

/** Replaces the driver's CombinedBuffer with one contiguous buffer; true when it is in place. */
export function joinChunkedMessages(): boolean {
  if (applied !== undefined) return applied;
  applied = false;
  try {
    const combined = require('neo4j-driver-bolt-connection/lib/channel/combined-buf.js') as { default?: BufferClass };
    const channel = require('neo4j-driver-bolt-connection/lib/channel/channel-buf.js') as { default?: new (buffer: Buffer) => unknown };
    const ChannelBuffer = channel.default;
    const Combined = combined.default;
    if (typeof Combined !== 'function' || typeof ChannelBuffer !== 'function') return false;
    // The dechunker calls `new combined_buf_1.default(chunks)`: a constructor that returns an
    // object makes `new` give that object, here a ChannelBuffer over the joined bytes (or the
    // driver's own CombinedBuffer, should a chunk not be the buffer this expects).
    function JoinedBuffer(chunks: readonly Chunk[]): unknown {
      if (!chunks.every((c) => Buffer.isBuffer(c._buffer))) return new (Combined as unknown as new (c: readonly Chunk[]) => unknown)(chunks);
      return new ChannelBuffer!(Buffer.concat(chunks.map((c) => c._buffer)));
    }
    combined.default = JoinedBuffer as unknown as BufferClass;
    applied = true;
  } catch {
    applied = false;
  }
  return applied;
}
