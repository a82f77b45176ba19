import { describe, expect, it } from 'vitest';
import { Presence } from '../src/live/Presence.js';

describe('presence', () => {
  it('a user is online while any of their sockets is open; closing twice counts once', () => {
    const p = new Presence();
    expect(p.isOnline('u')).toBe(false);
    const first = p.connect('u');
    const second = p.connect('u');
    first();
    first();
    expect(p.isOnline('u')).toBe(true);
    second();
    expect(p.isOnline('u')).toBe(false);
    expect(p.isOnline('v')).toBe(false);
  });
});
