import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/paths.js';
import { joinChunkedMessages } from '../../src/neo4j/boltMessages.js';

const require = createRequire(import.meta.url);
const { Dechunker } = require('neo4j-driver-bolt-connection/lib/channel/chunking.js') as { Dechunker: new () => { onmessage: (m: unknown) => void; write(buf: unknown): void } };
const ChannelBuffer = (require('neo4j-driver-bolt-connection/lib/channel/channel-buf.js') as { default: new (b: Buffer) => unknown }).default;
const version = (name: string) => (JSON.parse(fs.readFileSync(path.join(projectRoot(), 'node_modules', name, 'package.json'), 'utf8')) as { version: string; dependencies?: Record<string, string> });

/** One Bolt message as Neo4j frames it: chunks of `size` bytes, each after its two-byte length, then a zero-length end marker. */
function framed(payload: Buffer, size: number): Buffer {
  const parts: Buffer[] = [];
  for (let i = 0; i < payload.length; i += size) {
    const chunk = payload.subarray(i, i + size);
    parts.push(Buffer.from([chunk.length >> 8, chunk.length & 0xff]), chunk);
  }
  return Buffer.concat([...parts, Buffer.from([0, 0])]);
}

function dechunk(wire: Buffer, reads: number): { _buffer?: Buffer; length: number } {
  const dechunker = new Dechunker();
  let message: unknown;
  dechunker.onmessage = (m) => (message = m);
  // The socket may cut the bytes anywhere, also inside a chunk or its header.
  const step = Math.ceil(wire.length / reads);
  for (let i = 0; i < wire.length; i += step) dechunker.write(new ChannelBuffer(wire.subarray(i, i + step)));
  return message as { _buffer?: Buffer; length: number };
}

describe('large Bolt messages', () => {
  it('is written for the driver the project installs (its internals are not an API)', () => {
    expect(version('neo4j-driver-bolt-connection').version).toBe('6.3.0');
    expect(version('neo4j-driver').dependencies?.['neo4j-driver-bolt-connection']).toBe('6.3.0');
    expect(joinChunkedMessages()).toBe(true);
  });

  it('hands a message of many chunks to the unpacker as one contiguous buffer holding the same bytes', () => {
    joinChunkedMessages();
    const payload = Buffer.from(Array.from({ length: 50_000 }, (_, i) => i % 251));
    const message = dechunk(framed(payload, 8_190), 7);
    expect(Buffer.isBuffer(message._buffer)).toBe(true);
    expect(message.length).toBe(payload.length);
    expect(message._buffer!.equals(payload)).toBe(true);
  });

  it('leaves a message of one chunk as the driver reads it', () => {
    joinChunkedMessages();
    const payload = Buffer.from('a small record');
    const message = dechunk(framed(payload, 8_190), 1);
    expect(message._buffer!.equals(payload)).toBe(true);
  });
});
