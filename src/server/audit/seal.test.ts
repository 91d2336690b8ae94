import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  auditKeyId,
  canonicalJson,
  GENESIS_HASH,
  makeKeyring,
  normaliseText,
  normaliseValue,
  sealCheckpoint,
  sealEvent,
} from './seal.ts';

const key = Buffer.alloc(32, 7);
const event = {
  sequence: 12,
  occurredAt: new Date('2026-11-20T02:03:04.005Z'),
  actorKind: 'staff',
  actorId: 'a1',
  actorLabel: 'police-530102',
  action: 'sub_case.complete',
  objectType: 'sub_case',
  objectId: 's1',
  outcome: 'success',
  details: { to: 'completed', from: 'in_progress' },
  stream: 3,
  streamSequence: 5,
  previousHash: GENESIS_HASH,
};

describe('normalising text before it is sealed and stored', () => {
  it('turns lone surrogates and NUL into U+FFFD and keeps paired surrogates', () => {
    expect(normaliseText('a\ud800b')).toBe('a\uFFFDb');
    expect(normaliseText('\udfff')).toBe('\uFFFD');
    expect(normaliseText('x\u0000y')).toBe('x\uFFFDy');
    expect(normaliseText('😀')).toBe('😀');
  });

  it('composes to NFC, so the same name typed two ways is the same text', () => {
    expect(normaliseText('e\u0301')).toBe('é');
  });

  it('bounds very long text', () => {
    expect(normaliseText('长'.repeat(5000))).toHaveLength(2001);
  });

  it('normalises keys and values at every level and drops what JSON cannot hold', () => {
    expect(
      normaliseValue({
        '\u0000k': ['\ud800', 1, Number.POSITIVE_INFINITY],
        when: new Date('2026-01-02T03:04:05.000Z'),
        big: 12n,
        gone: undefined,
      }),
    ).toEqual({ '\uFFFDk': ['\uFFFD', 1, null], when: '2026-01-02T03:04:05.000Z', big: '12' });
  });
});

describe('canonical JSON', () => {
  it('sorts keys at every level, so a jsonb round trip hashes the same', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[2,{"y":2,"z":1}]},"b":1}',
    );
  });
});

describe('sealing an event', () => {
  it('is HMAC-SM3 under the key: another key, or none, gives another seal', () => {
    const seal = sealEvent(key, event);
    expect(seal).toMatch(/^[0-9a-f]{64}$/);
    expect(sealEvent(Buffer.alloc(32, 8), event)).not.toBe(seal);
    expect(createHmac('sm3', Buffer.alloc(0)).update('x').digest('hex')).not.toBe(seal);
  });

  it('covers the place and order as well as the content', () => {
    const seal = sealEvent(key, event);
    expect(sealEvent(key, { ...event, streamSequence: 6 })).not.toBe(seal);
    expect(sealEvent(key, { ...event, stream: 4 })).not.toBe(seal);
    expect(sealEvent(key, { ...event, sequence: 13 })).not.toBe(seal);
    expect(sealEvent(key, { ...event, previousHash: '1'.repeat(64) })).not.toBe(seal);
    expect(sealEvent(key, { ...event, details: { to: 'completed', from: 'claimed' } })).not.toBe(seal);
  });

  it('does not depend on the order of keys in the details', () => {
    expect(sealEvent(key, { ...event, details: { from: 'in_progress', to: 'completed' } })).toBe(
      sealEvent(key, event),
    );
  });
});

describe('the keyring', () => {
  it('names keys without revealing them and finds retired ones by name', () => {
    const retired = Buffer.alloc(32, 1);
    const ring = makeKeyring(key, [retired]);
    expect(ring.current.id).toBe(auditKeyId(key));
    expect(ring.current.id).not.toContain(key.toString('hex').slice(0, 8));
    expect(ring.byId.get(auditKeyId(retired))).toEqual(retired);
  });

  it('seals checkpoints so that a changed head shows', () => {
    const checkpoint = {
      number: 1,
      createdAt: new Date('2026-11-20T00:00:00.000Z'),
      heads: [{ stream: 0, sequence: 4, hash: 'a'.repeat(64) }],
      events: 4,
      previousMac: GENESIS_HASH,
    };
    const mac = sealCheckpoint(key, checkpoint);
    expect(
      sealCheckpoint(key, { ...checkpoint, heads: [{ stream: 0, sequence: 3, hash: 'a'.repeat(64) }] }),
    ).not.toBe(mac);
  });
});
