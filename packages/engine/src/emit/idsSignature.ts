import { hashString } from '../rng/hashString.js';

/** Suricata-style facts for a signature name: a stable sid in the ET range and a category. */
export function idsSignature(name: string): {
  signatureId: number;
  category: string;
  severity: 1 | 2 | 3;
} {
  const n = name.toUpperCase();
  const category =
    n.includes('TROJAN') || n.includes('MALWARE') || n.includes('C2') || n.includes('CNC')
      ? 'A Network Trojan was detected'
      : n.includes('POLICY')
        ? 'Potential Corporate Privacy Violation'
        : n.includes('SCAN')
          ? 'Attempted Information Leak'
          : n.includes('EXPLOIT') || n.includes('WEB_SERVER') || n.includes('ATTACK')
            ? 'Web Application Attack'
            : 'Potentially Bad Traffic';
  const severity: 1 | 2 | 3 =
    category === 'A Network Trojan was detected' || category === 'Web Application Attack' ? 1 : 2;
  return { signatureId: 2_030_000 + (hashString(name) % 60_000), category, severity };
}
