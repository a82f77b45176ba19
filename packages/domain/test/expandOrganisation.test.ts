import { describe, expect, it } from 'vitest';
import { expandOrganisation, type Organisation } from '@kunren/domain';

const org: Organisation = {
  name: { en: 'Ministry' },
  domain: 'mofa.go.example',
  netbios: 'MOFA',
  timezone: 'Asia/Jakarta',
  utcOffset: '+07:00',
  publicIp: '203.0.113.1',
  segments: [{ id: 'lan', name: 'LAN', cidr: '10.0.0.0/16', zone: 'internal' }],
  hosts: [
    {
      name: 'dc01',
      os: 'windows-server-2019',
      role: 'domain-controller',
      ip: '10.0.1.10',
      segment: 'lan',
      criticality: 'critical',
    },
  ],
  hostPools: [
    {
      prefix: 'ws-fin',
      count: 3,
      os: 'windows-10',
      role: 'workstation',
      segment: 'lan',
      firstIp: '10.0.0.254',
      criticality: 'low',
      department: 'Finance',
    },
  ],
  users: [
    {
      username: 'rhartono',
      name: 'Rudi Hartono',
      department: 'IT',
      title: 'Admin',
      privileges: 'domain-admin',
      workstation: 'ws-fin01',
    },
  ],
  userPools: [
    {
      department: 'Finance',
      count: 4,
      title: 'Officer',
      privileges: 'standard',
      workstations: 'ws-fin',
    },
  ],
  names: { given: ['Rina', 'Nguyễn'], family: ['Hartono'] },
  services: [],
  external: { popularDomains: ['www.google.com'], partners: [], vendors: [] },
};

describe('expandOrganisation', () => {
  const x = expandOrganisation(org);

  it('writes pools out as <prefix><nn> with consecutive addresses (crossing an octet)', () => {
    expect(x.hosts.map((h) => [h.name, h.ip])).toEqual([
      ['dc01', '10.0.1.10'],
      ['ws-fin01', '10.0.0.254'],
      ['ws-fin02', '10.0.0.255'],
      ['ws-fin03', '10.0.1.0'],
    ]);
  });

  it('names pool users initial+family in ASCII, never reusing a username, at the next free workstation', () => {
    const pool = x.users.slice(1);
    expect(pool).toHaveLength(4);
    for (const u of pool) expect(u.username).toMatch(/^[a-z][a-z0-9._-]{1,19}$/);
    expect(new Set(x.users.map((u) => u.username)).size).toBe(5);
    expect(x.users.map((u) => u.username)).not.toContain('');
    // Free stations first, then shared round-robin over the whole pool.
    expect(pool.map((u) => u.workstation)).toEqual([
      'ws-fin02',
      'ws-fin03',
      'ws-fin01',
      'ws-fin02',
    ]);
    expect(pool.every((u) => u.email === `${u.username}@mofa.go.example`)).toBe(true);
  });

  it('sets each pool host’s owner to its first user', () => {
    expect(x.hosts.find((h) => h.name === 'ws-fin01')?.owner).toBe('rhartono');
    expect(x.hosts.find((h) => h.name === 'ws-fin02')?.owner).toBe(x.users[1]!.username);
  });

  it('is deterministic', () => {
    expect(expandOrganisation(org)).toEqual(x);
  });
});
