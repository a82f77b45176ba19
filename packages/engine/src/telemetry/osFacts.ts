import type { OperatingSystem } from '@kunren/domain';
import type { OsFacts } from './facts.js';

const table: { readonly [os: string]: OsFacts } = {
  'windows-10': {
    type: 'windows',
    family: 'windows',
    platform: 'windows',
    name: 'Windows 10 Enterprise',
    version: '10.0',
    build: '19045.4529',
    kernel: '10.0.19041.4522 (WinBuild.160101.0800)',
  },
  'windows-11': {
    type: 'windows',
    family: 'windows',
    platform: 'windows',
    name: 'Windows 11 Enterprise',
    version: '10.0',
    build: '22631.3737',
    kernel: '10.0.22621.3733 (WinBuild.160101.0800)',
  },
  'windows-server-2016': {
    type: 'windows',
    family: 'windows',
    platform: 'windows',
    name: 'Windows Server 2016 Standard',
    version: '10.0',
    build: '14393.7070',
    kernel: '10.0.14393.7070 (rs1_release.240607-1700)',
  },
  'windows-server-2019': {
    type: 'windows',
    family: 'windows',
    platform: 'windows',
    name: 'Windows Server 2019 Standard',
    version: '10.0',
    build: '17763.5936',
    kernel: '10.0.17763.5936 (WinBuild.160101.0800)',
  },
  'windows-server-2022': {
    type: 'windows',
    family: 'windows',
    platform: 'windows',
    name: 'Windows Server 2022 Standard',
    version: '10.0',
    build: '20348.2527',
    kernel: '10.0.20348.2520 (WinBuild.160101.0800)',
  },
  'ubuntu-22.04': {
    type: 'linux',
    family: 'debian',
    platform: 'ubuntu',
    name: 'Ubuntu',
    version: '22.04.4 LTS (Jammy Jellyfish)',
    kernel: '5.15.0-112-generic',
  },
  'rhel-9': {
    type: 'linux',
    family: 'redhat',
    platform: 'rhel',
    name: 'Red Hat Enterprise Linux',
    version: '9.4 (Plow)',
    kernel: '5.14.0-427.20.1.el9_4.x86_64',
  },
  fortios: {
    type: 'unix',
    family: 'fortios',
    platform: 'fortios',
    name: 'FortiOS',
    version: '7.4.4',
  },
};

/**
 * ECS `host.os` facts for one of the scenario format's operating systems. The scenario
 * validator only lets through known names, so an unknown one is a programming error.
 */
export function osFacts(os: OperatingSystem): OsFacts {
  const facts = table[os];
  if (facts === undefined) {
    throw new Error(
      `telemetry.unknown-os: no host.os facts for "${os}"; known: ${Object.keys(table).join(', ')}`,
    );
  }
  return facts;
}
