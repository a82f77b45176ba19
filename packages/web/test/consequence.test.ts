import { describe, expect, it } from 'vitest';
import type { ResponseActionView } from '../src/api/types.js';
import { consequenceOf } from '../src/screens/assets/consequence.js';
import { countUsers, readAssets, serviceState } from '../src/screens/assets/observedAssets.js';

const action = (kind: string, cost = 5): ResponseActionView => ({
  id: kind,
  kind,
  name: { en: kind },
  description: { en: '' },
  target: kind.includes('account') || kind.includes('password') ? 'user' : 'host',
  executionTime: '5m',
  cost,
});

const assets = readAssets({
  hosts: [{ name: 'app01', ip: '10.20.0.21' }, { name: 'ws-fin01' }, { bogus: true }],
  users: [{ username: 'r.hidayat' }],
  services: [
    {
      id: 'payroll',
      name: { en: 'Payroll', ja: '給与' },
      hosts: ['app01', 'db01'],
      criticality: 'critical',
      users: 208,
    },
    { id: 'mail', name: { en: 'Mail' }, hosts: ['mail01'], users: 208 },
  ],
});

describe('the consequence stated before a response action', () => {
  it('isolating the host that runs payroll stops payroll for its people', () => {
    const c = consequenceOf(action('isolate-host', 20), 'APP01', assets);
    expect(c.stops.map((s) => s.id)).toEqual(['payroll']);
    expect(c.people).toBe(208);
    expect(c.disruptsHost).toBe(true);
    expect(c.cost).toBe(20);
  });

  it('isolating a workstation stops no service but takes the host off the network', () => {
    const c = consequenceOf(action('isolate-host'), 'ws-fin01', assets);
    expect(c.stops).toEqual([]);
    expect(c.disruptsHost).toBe(true);
  });

  it('disabling an account locks its owner out and stops no service', () => {
    const c = consequenceOf(action('disable-account'), 'r.hidayat', assets);
    expect(c).toMatchObject({ stops: [], locksOut: true, disruptsHost: false });
  });

  it('blocking a domain disrupts nothing the team owns', () => {
    expect(consequenceOf(action('block-domain'), 'app01', assets)).toMatchObject({
      stops: [],
      locksOut: false,
      disruptsHost: false,
    });
  });

  it('reads what it can of the observation and skips the rest', () => {
    expect(assets.hosts.map((h) => h.name)).toEqual(['app01', 'ws-fin01']);
    expect(readAssets(null)).toEqual({
      hosts: [],
      users: [],
      services: [],
      userCounts: { total: 0, disabled: 0, byDepartment: [] },
    });
    expect(readAssets({ hosts: 'x', services: [{ id: 's' }] }).services[0]?.hosts).toEqual([]);
  });
});

describe('services already down and user counts', () => {
  it('a service already down is not stated as stopping again', () => {
    const down = readAssets({
      services: [
        { id: 'payroll', hosts: ['app01'], state: 'down', users: 40 },
        { id: 'intranet', hosts: ['app01'], state: 'degraded', users: 200 },
      ],
    });
    const c = consequenceOf(action('isolate-host'), 'app01', down);
    expect(c.stops.map((s) => s.id)).toEqual(['intranet']);
    expect(c.people).toBe(200);
  });

  it('the state is the server’s, else derived from up, else unknown', () => {
    expect(serviceState({ id: 's', hosts: [], state: 'degraded', up: true })).toBe('degraded');
    expect(serviceState({ id: 's', hosts: [], up: false })).toBe('down');
    expect(serviceState({ id: 's', hosts: [] })).toBeUndefined();
  });

  it('counts per department, busiest first, when the server gave no counts', () => {
    const users = [
      { username: 'a', department: 'Finance' },
      { username: 'b', department: 'IT', disabled: true },
      { username: 'c', department: 'Finance', disabled: true },
      { username: 'd', department: 'Finance' },
    ];
    expect(countUsers(users)).toEqual({
      total: 4,
      disabled: 2,
      byDepartment: [
        { department: 'Finance', users: 3, disabled: 1 },
        { department: 'IT', users: 1, disabled: 1 },
      ],
    });
    const given = {
      total: 9,
      disabled: 0,
      byDepartment: [{ department: 'X', users: 9, disabled: 0 }],
    };
    expect(readAssets({ users, userCounts: given }).userCounts).toEqual(given);
  });
});

describe('service names', () => {
  it('in the user language when the server names it, else the id made readable', async () => {
    const { serviceName } = await import('../src/screens/assets/observedAssets.js');
    expect(
      serviceName({ id: 'payroll', name: { en: 'Payroll', ja: '給与' }, hosts: [] }, 'ja'),
    ).toBe('給与');
    expect(serviceName({ id: 'file-shares', hosts: [] }, 'en')).toBe('file shares');
  });
});
