import { describe, expect, it } from 'vitest';
import { ClientFrame, MAX_MESSAGE_CHARS, parseClientFrame } from './realtime.js';

const id = '0b7a4c2e-9d1f-4e6a-8b3c-5f2d1e0a9c7b';
const send = (extra: Record<string, unknown>) => ({
  t: 'send',
  conversationId: id,
  clientId: 'client-1',
  body: 'Where is my order?',
  ...extra,
});

const frames: [string, unknown][] = [
  ['a plain send', send({})],
  ['a private note', send({ private: true })],
  ['a body with spaces around it', send({ body: '  hi there \n' })],
  ['unknown fields', send({ stamp: 12, extra: { a: 1 } })],
  ['an upper-case conversation id', send({ conversationId: id.toUpperCase() })],
  ['the shortest client id', send({ clientId: 'x'.repeat(8) })],
  ['the longest client id', send({ clientId: 'x'.repeat(64) })],
  ['the longest body', send({ body: 'b'.repeat(MAX_MESSAGE_CHARS) })],
  ['an empty body', send({ body: '' })],
  ['a body of spaces', send({ body: '   ' })],
  ['a body one character too long', send({ body: 'b'.repeat(MAX_MESSAGE_CHARS + 1) })],
  ['a body that is not text', send({ body: 42 })],
  ['a missing body', { t: 'send', conversationId: id, clientId: 'client-1' }],
  ['a short client id', send({ clientId: 'short' })],
  ['a long client id', send({ clientId: 'x'.repeat(65) })],
  ['a conversation id that is no uuid', send({ conversationId: 'not-a-uuid' })],
  ['private given as text', send({ private: 'yes' })],
  ['private given as null', send({ private: null })],
  ['a resume', { t: 'resume', conversationId: id, afterSeq: 3 }],
  ['a ping', { t: 'ping' }],
  ['an unknown type', { t: 'shout' }],
  ['an array', [send({})]],
  ['null', null],
  ['a number', 7],
];

describe('parsing client frames', () => {
  it.each(frames)('answers exactly as the schema does for %s', (_, frame) => {
    expect(parseClientFrame(frame)).toEqual(ClientFrame.safeParse(frame));
  });
});
