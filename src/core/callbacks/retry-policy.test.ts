import { describe, expect, it } from 'vitest';
import type { CallbackRow } from '../../db/queries/callbacks.js';
import { afterCall } from './retry-policy.js';

const now = new Date('2026-03-02T10:00:00Z');
const policy = { maxAttempts: 3, retryMinutes: 10, slotMinutes: 15 };
const booked = (tries: number): CallbackRow => ({
  id: 'b',
  workspace_id: 'w',
  contact_id: 'c',
  phone: '+14155550132',
  name: null,
  email: null,
  note: null,
  time_zone: null,
  kind: 'slot',
  slot_start: new Date('2026-03-02T09:45:00Z'),
  slot_minutes: 15,
  due_at: new Date('2026-03-02T09:45:00Z'),
  status: 'queued',
  outcome: null,
  tries,
  conversation_id: 'conv',
  reminder_sent_at: new Date('2026-03-02T09:15:00Z'),
  created_at: now,
  updated_at: now,
});

describe('the retry policy', () => {
  it('closes a reached call as completed', () => {
    expect(afterCall(booked(0), 'reached', policy, now)).toMatchObject({
      status: 'completed',
      outcome: 'reached',
      tries: 1,
      notice: null,
    });
  });

  it('calls again after the retry time while attempts are left, then gives up', () => {
    const first = afterCall(booked(0), 'no_answer', policy, now);
    expect(first).toMatchObject({ status: 'scheduled', tries: 1 });
    expect(first.due_at).toEqual(new Date('2026-03-02T10:10:00Z'));
    expect(first.notice).toMatch(/try again in about 10 minutes/);
    expect(afterCall(booked(1), 'no_answer', policy, now).status).toBe('scheduled');
    const last = afterCall(booked(2), 'no_answer', policy, now);
    expect(last).toMatchObject({ status: 'failed', tries: 3 });
    expect(last.notice).toMatch(/called 3 times/);
  });

  it('closes a wrong number and asks the customer for the right one', () => {
    const next = afterCall(booked(0), 'wrong_number', policy, now);
    expect(next.status).toBe('failed');
    expect(next.notice).toMatch(/seems to be wrong/);
  });

  it('books a rescheduled call anew: new slot, tries from zero, a new reminder owed', () => {
    const slot = new Date('2026-03-03T14:00:00Z');
    expect(afterCall(booked(2), 'rescheduled', policy, now, slot)).toMatchObject({
      status: 'scheduled',
      kind: 'slot',
      slot_start: slot,
      due_at: slot,
      tries: 0,
      reminder_sent_at: null,
    });
  });
});
